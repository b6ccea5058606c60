package uk.scorecard.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import uk.scorecard.model.Finding;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * The JSON that {@code check --format json} prints, for {@code /api/check}. Stands in for the
 * library's {@code uk.scorecard.report.JsonReport.write(List<Report>, OutputStream)}: once that
 * lands, {@link #write} calls it and this class goes.
 */
public final class JsonReport {
  private JsonReport() {}

  private static final JsonFactory JSON = new JsonFactory();

  /** Writes {@code {"files":[{"path","findings":[…],"indicators":[…]}]}}. */
  public static void write(List<Report> reports, OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (Report r : reports) {
        g.writeStartObject();
        g.writeStringField("path", r.path());
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
          g.writeStartObject();
          g.writeStringField("sheet", f.sheet());
          g.writeStringField("cell", f.cell());
          g.writeStringField("severity", f.severity().word());
          g.writeStringField("code", f.code());
          g.writeStringField("message", f.message());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("indicators");
        for (IndicatorResult i : r.indicators()) {
          g.writeStartObject();
          g.writeStringField("sheet", i.sheet());
          g.writeNumberField("row", i.row());
          g.writeStringField("id", i.id());
          g.writeStringField("change", i.change());
          g.writeStringField("rating", i.rating() == null ? null : i.rating().word().toLowerCase(java.util.Locale.ROOT));
          g.writeStringField("caveat", i.caveat());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
