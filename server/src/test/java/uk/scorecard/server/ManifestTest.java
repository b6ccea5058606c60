package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The add-in's manifest as Office reads it: well-formed, the schema's children in the schema's
 * order, the required elements, a UUID id that does not change, every URL https on the origin the
 * service was reached at, and the icons it names served as PNGs.
 */
class ManifestTest {

  private static final String NS = "http://schemas.microsoft.com/office/appforoffice/1.1";

  /** The children of OfficeApp in the XSD's order ([MS-OWEMXML]); each may be absent. */
  private static final List<String> ORDER =
      List.of(
          "Id",
          "AlternateId",
          "Version",
          "ProviderName",
          "DefaultLocale",
          "DisplayName",
          "Description",
          "IconUrl",
          "HighResolutionIconUrl",
          "SupportUrl",
          "AppDomains",
          "Hosts",
          "Requirements",
          "DefaultSettings",
          "Permissions",
          "VersionOverrides");

  private static final String PUBLIC = "https://scorecard.example.gov.uk";

  @Test
  void theManifestIsATaskPaneForWorkbooksOnTheAddressItWasReachedAt() throws Exception {
    Served.withLibrary(
        (http, app) -> {
          String origin = "http://localhost:" + app.port();
          HttpResponse<byte[]> r = forwarded(origin);
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(Http.header(r, "Content-Type")).startsWith("application/xml");
          Document doc = parse(r.body());
          Element root = doc.getDocumentElement();
          assertThat(root.getNamespaceURI()).isEqualTo(NS);
          assertThat(root.getLocalName()).isEqualTo("OfficeApp");
          assertThat(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"))
              .isEqualTo("TaskPaneApp");

          List<String> children = new ArrayList<>();
          for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
              children.add(e.getLocalName());
            }
          }
          assertThat(ORDER).containsAll(children);
          assertThat(children)
              .as("in the schema's order")
              .isSortedAccordingTo((a, b) -> ORDER.indexOf(a) - ORDER.indexOf(b));
          assertThat(children)
              .contains(
                  "Id",
                  "Version",
                  "ProviderName",
                  "DefaultLocale",
                  "DisplayName",
                  "Description",
                  "IconUrl",
                  "DefaultSettings",
                  "Permissions");

          String id = text(root, "Id");
          assertThat(UUID.fromString(id).toString()).isEqualTo(id.toLowerCase());
          assertThat(text(parse(forwarded(origin).body()).getDocumentElement(), "Id"))
              .as("the same id on every request")
              .isEqualTo(id);
          assertThat(text(root, "Version")).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
          assertThat(text(root, "Permissions")).isEqualTo("ReadWriteDocument");
          Element host = (Element) root.getElementsByTagNameNS(NS, "Host").item(0);
          assertThat(host.getAttribute("Name")).isEqualTo("Workbook");
          Element set = (Element) root.getElementsByTagNameNS(NS, "Set").item(0);
          assertThat(set.getAttribute("Name")).isEqualTo("ExcelApi");
          assertThat(attribute(root, "DisplayName").length()).isLessThanOrEqualTo(125);
          assertThat(attribute(root, "Description").length()).isLessThanOrEqualTo(250);

          Set<String> urls = urls(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
          assertThat(urls).isNotEmpty();
          assertThat(urls).allSatisfy(u -> assertThat(u).startsWith(PUBLIC + "/"));
          assertThat(attribute(root, "SourceLocation")).isEqualTo(PUBLIC + "/addin/taskpane.html");

          for (String icon : List.of("IconUrl", "HighResolutionIconUrl")) {
            String path = attribute(root, icon).substring(PUBLIC.length());
            HttpResponse<byte[]> png = http.get(path);
            assertThat(png.statusCode()).as(path).isEqualTo(200);
            assertThat(Http.header(png, "Content-Type")).isEqualTo("image/png");
            int side = icon.equals("IconUrl") ? 32 : 64;
            var image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(image.getWidth()).as(icon).isEqualTo(side);
            assertThat(image.getHeight()).as(icon).isEqualTo(side);
          }
        });
  }

  @Test
  void withoutAProxyTheManifestNamesTheRequestsOwnAddress() {
    Served.withLibrary(
        (http, app) -> {
          String manifest = Http.text(http.get("/addin/manifest.xml"));
          assertThat(urls(manifest))
              .allSatisfy(
                  u ->
                      assertThat(u)
                          .matches("http://(127\\.0\\.0\\.1|localhost):" + app.port() + "/.*"));
        });
  }

  @Test
  void thePaneMayBeFramedByOfficeAndLoadsOnlyOfficeJsFromElsewhere() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> page = http.get("/addin/taskpane.html");
          assertThat(page.statusCode()).isEqualTo(200);
          assertThat(Http.header(page, "X-Frame-Options")).isNull();
          assertThat(Http.header(page, "Content-Security-Policy"))
              .contains("frame-ancestors 'self' https://*.office.com")
              .contains("script-src 'self' https://appsforoffice.microsoft.com;");
          Set<String> hosts = new TreeSet<>();
          Matcher m = Pattern.compile("(?:src|href)=\"(https?://[^/\"]+)").matcher(Http.text(page));
          while (m.find()) {
            hosts.add(m.group(1));
          }
          assertThat(hosts).containsExactly("https://appsforoffice.microsoft.com");
          assertThat(Http.header(http.get("/"), "X-Frame-Options"))
              .as("the upload page is still never framed")
              .isEqualTo("DENY");
        });
  }

  private static HttpResponse<byte[]> forwarded(String origin) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(origin + "/addin/manifest.xml"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "scorecard.example.gov.uk")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static String text(Element root, String name) {
    return root.getElementsByTagNameNS(NS, name).item(0).getTextContent().strip();
  }

  private static String attribute(Element root, String name) {
    return ((Element) root.getElementsByTagNameNS(NS, name).item(0)).getAttribute("DefaultValue");
  }

  /** Every URL in the manifest, in attributes and in text (AppDomain). */
  static Set<String> urls(String manifest) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("(?:DefaultValue=\"|>)(\\w+://[^\"<]*)").matcher(manifest);
    while (m.find()) {
      out.add(m.group(1).endsWith("/") ? m.group(1) : m.group(1) + "/");
    }
    return out;
  }
}
