package uk.scorecard.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;

/**
 * Collects findings as values: applies the rules file's severity changes and switches, orders them
 * by place, and lists at most {@link #CAP}, errors first, with one finding counting the rest. It
 * also keeps the cells an error finding is about, so that no figure in error is rated.
 */
public final class Findings {

  /** The most findings listed for one workbook. */
  static final int CAP = 1000;

  private final Map<String, String> overrides;
  private final List<Finding> found = new ArrayList<>();
  private final Set<CellRef> inError = new HashSet<>();

  /**
   * Errors that leave the figures fit to rate: about the layout (an id or period twice), or a
   * target beyond the unit's range (a band of 86% to 102%), which a figure can still be held
   * against. Limits that contradict each other (a band that runs backwards) do block a rating.
   */
  private static final Set<String> NOT_ABOUT_A_FIGURE =
      Set.of(Rule.DUPLICATE_ID.code(), Rule.DUPLICATE_PERIOD.code(), Rule.TARGET_RANGE.code());

  /** Findings under a rules file's switches ({@code "value-jump": "off"}). */
  public Findings(Map<String, String> overrides) {
    this.overrides = overrides;
  }

  /** True unless the rules file switches the rule off. */
  boolean on(Rule rule) {
    return !"off".equalsIgnoreCase(overrides.getOrDefault(rule.code(), "").strip());
  }

  /**
   * True when a check made only for publication is to run: with {@code --publish}, or when the
   * rules file gives it a severity of its own; never when the rules file switches it off.
   */
  boolean publishing(Rule rule, boolean publish) {
    String o = overrides.getOrDefault(rule.code(), "").strip();
    return on(rule) && (publish || !o.isEmpty());
  }

  /**
   * Adds a finding of a rule at a cell, with its default severity; {@code alsoAbout} are the other
   * cells it names, which are in error with it when it is an error.
   */
  void add(Rule rule, CellRef at, String message, CellRef... alsoAbout) {
    Finding f = added(Finding.at(at, rule.severity(), rule.code(), message));
    if (f != null && f.severity() == Severity.ERROR) {
      Collections.addAll(inError, alsoAbout);
    }
  }

  /** Adds a finding, at the severity the rules file gives its code, unless it is switched off. */
  public void add(Finding f) {
    added(f);
  }

  private @Nullable Finding added(Finding f) {
    Finding adjusted = adjusted(f);
    if (adjusted != null) {
      found.add(adjusted);
      if (adjusted.severity() == Severity.ERROR
          && !adjusted.cell().isEmpty()
          && !NOT_ABOUT_A_FIGURE.contains(adjusted.code())) {
        inError.add(adjusted.cellRef());
      }
    }
    return adjusted;
  }

  /**
   * The cells of every error finding kept (and the other cells a cross-cell error names), listed or
   * not: a figure, target or level among them is not fit to rate.
   */
  public Set<CellRef> cellsInError() {
    return Collections.unmodifiableSet(inError);
  }

  /** Every finding kept, in sheet order then by row and column, capped with errors first. */
  public List<Finding> list(List<String> sheetNames) {
    Comparator<Finding> byPlace =
        Comparator.comparingInt((Finding f) -> sheetNames.indexOf(f.sheet()))
            .thenComparingInt(f -> f.cell().isEmpty() ? -1 : f.cellRef().row())
            .thenComparingInt(f -> f.cell().isEmpty() ? -1 : f.cellRef().col())
            .thenComparing(Finding::severity)
            .thenComparing(Finding::code);
    if (found.size() <= CAP) {
      return found.stream().sorted(byPlace).toList();
    }
    List<Finding> kept =
        new ArrayList<>(
            found.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(byPlace))
                .limit(CAP)
                .sorted(byPlace)
                .toList());
    Finding note = adjusted(capNote(found.size() - CAP));
    if (note != null) {
      kept.add(0, note);
    }
    return kept;
  }

  /** The finding that says how many more were found than listed. */
  private static Finding capNote(int more) {
    String message =
        Messages.format(
            "findings-capped",
            "listed",
            String.format(Locale.UK, "%,d", CAP),
            "more",
            String.format(Locale.UK, "%,d", more));
    Rule cap = Rule.FINDINGS_CAPPED;
    return Finding.workbook(cap.severity(), cap.code(), message);
  }

  /** The finding at the severity the rules file gives its code, or null when it is off. */
  private @Nullable Finding adjusted(Finding f) {
    String o = overrides.getOrDefault(f.code(), "").strip().toLowerCase(Locale.ROOT);
    Severity s =
        switch (o) {
          case "off" -> null;
          case "error" -> Severity.ERROR;
          case "warning" -> Severity.WARNING;
          case "info" -> Severity.INFO;
          default -> f.severity();
        };
    if (s == null) {
      return null;
    }
    return s == f.severity() ? f : new Finding(f.sheet(), f.cell(), s, f.code(), f.message());
  }
}
