package uk.scorecard.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The pages' jte templates (src/main/jte), compiled to classes when the server is built: HTML mode,
 * so every value a template prints is escaped for where it stands, and nothing is compiled while
 * the service runs.
 */
final class Templates {
  private Templates() {}

  /** The package the build's jte plugin compiles the templates into. */
  private static final String PACKAGE = "uk.scorecard.server.templates";

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);

  /** Renders {@code name} ("upload.jte") with its parameters given as name, value, name, value. */
  static String render(String name, @Nullable Object... params) {
    Map<String, @Nullable Object> map = new HashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      map.put((String) params[i], params[i + 1]);
    }
    StringOutput out = new StringOutput();
    ENGINE.render(name, map, out);
    return out.toString();
  }
}
