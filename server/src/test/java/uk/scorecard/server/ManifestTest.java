package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.w3c.dom.NodeList;

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
    Served.withForwarding(
        new Forwarding(true, null),
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
  void forwardedHeadersAreIgnoredUnlessTheProxyIsTrusted() {
    Served.withLibrary(
        (http, app) -> {
          String origin = "http://localhost:" + app.port();
          Set<String> urls = urls(new String(forwarded(origin).body(), StandardCharsets.UTF_8));
          assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(origin + "/"));
        });
  }

  @Test
  void aPublicUrlIsNamedWhateverTheRequestSays() {
    Served.withForwarding(
        new Forwarding(true, "https://Scorecard.Council.example/"),
        (http, app) -> {
          String origin = "http://localhost:" + app.port();
          for (HttpResponse<byte[]> r :
              List.of(forwarded(origin), http.get("/addin/manifest.xml"))) {
            assertThat(urls(new String(r.body(), StandardCharsets.UTF_8)))
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u).startsWith("https://scorecard.council.example/"));
          }
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

  @Test
  void theRibbonHasACheckAndRateButtonOnTheHomeTabThatOpensThePane() {
    Served.withLibrary(
        (http, app) -> {
          byte[] body = http.get("/addin/manifest.xml").body();
          Element root = parse(body).getDocumentElement();
          String origin = attribute(root, "SourceLocation").replace("/addin/taskpane.html", "");
          assertThat(origin).matches("http://(127\\.0\\.0\\.1|localhost):" + app.port());
          Element vo = last(root);
          assertThat(vo.getLocalName()).isEqualTo("VersionOverrides");
          assertThat(vo.getNamespaceURI()).isEqualTo(OV);
          assertThat(vo.getAttributeNS(XSI, "type")).isEqualTo("VersionOverridesV1_0");
          assertThat(names(vo))
              .as("VersionOverrides' children in the schema's order")
              .isSortedAccordingTo(order("Description", "Requirements", "Hosts", "Resources"))
              .contains("Hosts", "Resources");
          Element host = only(vo, "Host");
          assertThat(host.getAttributeNS(XSI, "type")).isEqualTo("Workbook");
          Element desktop = only(host, "DesktopFormFactor");
          assertThat(names(desktop))
              .isSortedAccordingTo(order("GetStarted", "FunctionFile", "ExtensionPoint"))
              .contains("ExtensionPoint");
          Element point = only(desktop, "ExtensionPoint");
          assertThat(point.getAttributeNS(XSI, "type")).isEqualTo("PrimaryCommandSurface");
          assertThat(only(point, "OfficeTab").getAttribute("id")).isEqualTo("TabHome");
          Element group = only(point, "Group");
          assertThat(names(group)).containsExactly("Label", "Icon", "Control");
          Element button = only(group, "Control");
          assertThat(button.getAttributeNS(XSI, "type")).isEqualTo("Button");
          assertThat(names(button)).containsExactly("Label", "Supertip", "Icon", "Action");
          Element action = only(button, "Action");
          assertThat(action.getAttributeNS(XSI, "type")).isEqualTo("ShowTaskpane");

          // Each resid names a resource of the right kind, and each resource is used.
          Map<String, String> kinds = new HashMap<>();
          Element resources = only(vo, "Resources");
          for (String kind : List.of("Images", "Urls", "ShortStrings", "LongStrings")) {
            NodeList list = resources.getElementsByTagNameNS(BT, kind);
            assertThat(list.getLength()).as(kind).isEqualTo(1);
            for (Node n = list.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
              if (n instanceof Element e) {
                String id = e.getAttribute("id");
                assertThat(id.length()).as(id).isBetween(1, 32);
                assertThat(kinds.put(id, kind)).as("defined once: " + id).isNull();
                int max =
                    kind.equals("ShortStrings") ? 125 : kind.equals("LongStrings") ? 250 : 2048;
                assertThat(e.getAttribute("DefaultValue"))
                    .as(id)
                    .isNotBlank()
                    .hasSizeLessThanOrEqualTo(max);
              }
            }
          }
          Set<String> used = new TreeSet<>();
          NodeList all = vo.getElementsByTagName("*");
          for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (!e.hasAttribute("resid")) {
              continue;
            }
            String id = e.getAttribute("resid");
            used.add(id);
            String parent = e.getParentNode().getLocalName();
            String want =
                switch (e.getLocalName()) {
                  case "Image" -> "Images";
                  case "SourceLocation", "FunctionFile", "LearnMoreUrl" -> "Urls";
                  case "Label" -> "ShortStrings";
                  case "Title" -> "ShortStrings";
                  case "Description" -> "LongStrings";
                  default -> throw new AssertionError("unexpected resid on " + e.getLocalName());
                };
            assertThat(kinds.get(id))
                .as(e.getLocalName() + " in " + parent + ": " + id)
                .isEqualTo(want);
          }
          assertThat(used).isEqualTo(kinds.keySet());

          assertThat(kinds).containsEntry("Scorecard.Button.Label", "ShortStrings");
          assertThat(resource(resources, "Scorecard.Button.Label")).isEqualTo("Check and rate");
          String pane = only(action, "SourceLocation").getAttribute("resid");
          assertThat(resource(resources, pane)).isEqualTo(origin + "/addin/taskpane.html");
          NodeList images = resources.getElementsByTagNameNS(BT, "Image");
          for (int i = 0; i < images.getLength(); i++) {
            String url = ((Element) images.item(i)).getAttribute("DefaultValue");
            HttpResponse<byte[]> png = http.get(url.substring(origin.length()));
            assertThat(png.statusCode()).as(url).isEqualTo(200);
            var image = ImageIO.read(new ByteArrayInputStream(png.body()));
            int side = Integer.parseInt(url.replaceAll(".*icon-(\\d+)\\.png$", "$1"));
            assertThat(image.getWidth()).as(url).isEqualTo(side);
          }
          NodeList sizes = button.getElementsByTagNameNS(BT, "Image");
          List<String> got = new ArrayList<>();
          for (int i = 0; i < sizes.getLength(); i++) {
            got.add(((Element) sizes.item(i)).getAttribute("size"));
          }
          assertThat(got).containsExactly("16", "32", "80");
        });
  }

  private static final String OV =
      "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
  private static final String BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private static java.util.Comparator<String> order(String... names) {
    List<String> list = List.of(names);
    return (a, b) -> list.indexOf(a) - list.indexOf(b);
  }

  private static Element last(Element parent) {
    Element out = null;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out = e;
      }
    }
    return out;
  }

  private static List<String> names(Element parent) {
    List<String> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e.getLocalName());
      }
    }
    return out;
  }

  private static Element only(Element parent, String name) {
    NodeList list = parent.getElementsByTagNameNS(OV, name);
    assertThat(list.getLength()).as(name).isEqualTo(1);
    return (Element) list.item(0);
  }

  private static String resource(Element resources, String id) {
    NodeList all = resources.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e.getAttribute("DefaultValue");
      }
    }
    throw new AssertionError("no resource " + id);
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
