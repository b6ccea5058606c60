package uk.scorecard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON writer of the JSON and SARIF reports: besides the control characters JSON itself
 * escapes, every character {@link TerminalText#escaped} (DEL, C1 controls, bidirectional overrides,
 * line separators) and every surrogate is written as a {@code \\uXXXX} escape, so the report shown
 * raw in a terminal or a log commands nothing while a JSON reader still gets the text exactly.
 */
final class JsonText {

  private JsonText() {}

  /** An indenting mapper that leaves the writer open and escapes as described above. */
  static ObjectMapper mapper() {
    ObjectMapper m =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            // 85, never 8.5E+1: figures read back the same in any JSON reader.
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    m.getFactory().setCharacterEscapes(new Escapes());
    return m;
  }

  /** JSON's own escapes, plus DEL, and the characters above ASCII that a terminal obeys. */
  private static final class Escapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // Called for each UTF-16 unit above ASCII: a surrogate is escaped alone, so a lone one
      // (which UTF-8 cannot carry) becomes a valid escape and a pair reads back as the same pair.
      return TerminalText.escaped(ch) || Character.isSurrogate((char) ch)
          ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }
}
