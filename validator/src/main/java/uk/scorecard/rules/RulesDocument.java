package uk.scorecard.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * A rules file as written, validated with Bean Validation before it is turned into {@link Rules}.
 */
record RulesDocument(
    @Valid Defaults defaults,
    Map<@NotBlank(message = "an indicator id must not be blank") String, @Valid IndicatorEntry>
        indicators,
    Map<
            String,
            @Pattern(
                regexp = "off|error|warning|info",
                message = "must be off, error, warning or info")
            String>
        checks,
    @Pattern(regexp = "(?i)column|rag|none", message = "must be column, rag or none")
        String direction,
    @Pattern(regexp = "(?i)rag|brag|five-point", message = "must be rag, brag or five-point")
        String scale,
    @Pattern(
            regexp = "[^\\s].{0,79}",
            message = "must be one line of text, up to 80 characters, such as OFFICIAL-SENSITIVE")
        String marking) {

  /** Workbook-wide defaults. */
  record Defaults(@ToleranceText String tolerance, @BlueText String blue) {}

  /** The rules for one indicator, keyed by its id. */
  record IndicatorEntry(
      @Pattern(
              regexp = "(?i)higher|lower|range|none",
              message = "must be higher, lower, range or none")
          String polarity,
      @TargetText String target,
      @ToleranceText String tolerance,
      @BlueText String blue) {}
}
