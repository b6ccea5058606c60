package uk.scorecard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The OASIS SARIF 2.1.0 JSON schema (test resource {@code sarif/}), as a validator. */
public final class SarifSchema {

  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** What the schema finds wrong with a SARIF log, as messages; empty when it is valid. */
  public static List<String> problems(JsonNode log) {
    return SCHEMA.validate(log).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("sarif/sarif-schema-2.1.0.json is not on the class path");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
