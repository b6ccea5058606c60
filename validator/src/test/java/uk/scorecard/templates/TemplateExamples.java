package uk.scorecard.templates;

import static uk.scorecard.model.Polarity.HIGHER_IS_BETTER;
import static uk.scorecard.model.Polarity.LOWER_IS_BETTER;
import static uk.scorecard.model.Polarity.NOT_RATED;
import static uk.scorecard.model.Polarity.WITHIN_RANGE;
import static uk.scorecard.model.Unit.COUNT;
import static uk.scorecard.model.Unit.DECIMAL;
import static uk.scorecard.model.Unit.PERCENT;

import java.util.List;
import uk.scorecard.templates.SheetLine.Indicator;
import uk.scorecard.templates.SheetLine.Section;

/** The example indicators in the published templates: six periods each, oldest first. */
final class TemplateExamples {
  private TemplateExamples() {}

  /** The example lines with the last {@code periods} figures of each indicator (at most 6). */
  static List<SheetLine> lines(int periods) {
    return all().stream().map(l -> l instanceof Indicator i ? i.latest(periods) : l).toList();
  }

  private static List<SheetLine> all() {
    return List.of(
        new Section("FRONT DOOR"),
        Indicator.of(
                "FD 7",
                "% of contacts with a decision within 1 working day",
                HIGHER_IS_BETTER,
                PERCENT,
                0.95,
                "10% of target")
            .values(0.88, 0.91, 0.90, 0.93, 0.94, 0.96)
            .counts(1152, 1200),
        Indicator.of(
                "CIN 4",
                "% of re-referrals within 12 months",
                LOWER_IS_BETTER,
                PERCENT,
                0.22,
                "5pp")
            .values(0.24, 0.23, 0.25, 0.22, 0.21, 0.20)
            .counts(41, 205),
        new Section("ASSESSMENT"),
        Indicator.of(
                "AMT 2",
                "% of assessments completed within 45 working days",
                HIGHER_IS_BETTER,
                PERCENT,
                0.90,
                null)
            .values(0.82, 0.85, 0.84, 0.88, 0.87, 0.89)
            .counts(267, 300),
        Indicator.of(
                "CP 3",
                "Number of children subject to a child protection plan",
                NOT_RATED,
                COUNT,
                null,
                null)
            .values(312, 305, 298, 301, 296, 290),
        new Section("CHILDREN IN CARE"),
        Indicator.of("LAC 1", "Number of children in care", NOT_RATED, COUNT, null, null)
            .values(548, 552, 549, 555, 560, 557),
        Indicator.of(
                "LAC 6",
                "% of children in care with 3 or more placement moves in the year",
                WITHIN_RANGE,
                PERCENT,
                "8% to 12%",
                "2pp")
            .values(0.09, 0.10, 0.10, 0.11, 0.11, 0.12),
        Indicator.of(
                "LAC 10",
                "% of care leavers with an up-to-date pathway plan",
                HIGHER_IS_BETTER,
                PERCENT,
                0.95,
                "5pp")
            .values(0.90, 0.91, 0.93, 0.92, 0.94, "TBC")
            .caveat("Data reported one month in arrears"),
        new Section("WORKFORCE"),
        Indicator.of(
                "W1 g", "Average caseload per social worker", LOWER_IS_BETTER, DECIMAL, 16.0, 2.0)
            .values(18.4, 17.9, 17.2, 16.8, 16.5, 16.2),
        Indicator.of(
                "W2", "Social worker vacancy rate", LOWER_IS_BETTER, PERCENT, 0.15, "10% of target")
            .values(0.19, 0.18, 0.18, 0.17, 0.16, 0.16)
            .counts(24, 150));
  }
}
