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

/**
 * The fictional demo figures: 13 months, Mar-24 to Mar-25. Expected ratings are in the comments;
 * LAC 15 holds the one deliberate impossible value (112% in Aug-24).
 */
final class SampleIndicators {
  private SampleIndicators() {}

  /** The sample's sections and indicators, top to bottom. */
  static List<SheetLine> lines() {
    return List.of(
        new Section("FRONT DOOR"),
        // Grey: not rated.
        Indicator.of("FD 1", "Number of contacts received", NOT_RATED, COUNT, null, null)
            .values(1184, 1240, 1302, 1198, 1105, 1020, 1265, 1318, 1290, 1176, 1212, 1254, 1300),
        // Green: 97% beats 95%.
        Indicator.of(
                "FD 7",
                "% of contacts with a decision within 1 working day",
                HIGHER_IS_BETTER,
                PERCENT,
                0.95,
                "10% of target")
            .values(0.86, 0.88, 0.87, 0.90, 0.91, 0.89, 0.92, 0.93, 0.94, 0.93, 0.95, 0.96, 0.97)
            .counts(1261, 1300),
        // Amber: 25% is above 22% but within 5pp.
        Indicator.of(
                "CIN 4",
                "% of re-referrals within 12 months",
                LOWER_IS_BETTER,
                PERCENT,
                0.22,
                "5pp")
            .values(0.21, 0.23, 0.22, 0.24, 0.23, 0.22, 0.25, 0.24, 0.23, 0.26, 0.24, 0.25, 0.25)
            .counts(60, 240),
        new Section("ASSESSMENT"),
        // Amber: 87% misses 90% but is within the default 5% of target (85.5%).
        Indicator.of(
                "AMT 2",
                "% of assessments completed within 45 working days",
                HIGHER_IS_BETTER,
                PERCENT,
                0.90,
                null)
            .values(0.78, 0.80, 0.83, 0.81, 0.84, 0.86, 0.85, 0.88, 0.87, 0.90, 0.91, 0.88, 0.87)
            .counts(261, 300),
        // Grey: not rated.
        Indicator.of(
                "CP 3",
                "Number of children subject to a child protection plan",
                NOT_RATED,
                COUNT,
                null,
                null)
            .values(318, 322, 315, 309, 311, 304, 298, 301, 296, 292, 289, 295, 290),
        // Red: 26% is more than 5pp above 18%.
        Indicator.of(
                "CP 7",
                "% of children becoming subject to a plan for a second or " + "subsequent time",
                LOWER_IS_BETTER,
                PERCENT,
                0.18,
                "5pp")
            .values(0.17, 0.19, 0.18, 0.20, 0.21, 0.19, 0.22, 0.20, 0.23, 0.24, 0.22, 0.25, 0.26)
            .counts(13, 50),
        // Green on Feb-25 (92% against 90%): Mar-25 is TBC.
        Indicator.of(
                "CP 9",
                "% of child protection visits within 10 working days",
                HIGHER_IS_BETTER,
                PERCENT,
                0.90,
                "5pp")
            .values(0.84, 0.86, 0.88, 0.87, 0.89, 0.90, 0.91, 0.90, 0.92, 0.93, 0.91, 0.92, "TBC")
            .caveat("Data reported one month in arrears"),
        new Section("CHILDREN IN CARE"),
        // Grey: not rated.
        Indicator.of("LAC 1", "Number of children in care", NOT_RATED, COUNT, null, null)
            .values(561, 558, 563, 570, 566, 559, 554, 548, 552, 549, 555, 560, 557),
        // Amber: 13% is above the 8% to 12% band but within 2pp.
        Indicator.of(
                "LAC 6",
                "% of children in care with 3 or more placement moves in the year",
                WITHIN_RANGE,
                PERCENT,
                "8% to 12%",
                "2pp")
            .values(0.09, 0.10, 0.10, 0.11, 0.10, 0.11, 0.12, 0.11, 0.12, 0.12, 0.13, 0.12, 0.13),
        // Red: 78% is below 85.5% (10% of the 95% target).
        Indicator.of(
                "LAC 10",
                "% of care leavers with an up-to-date pathway plan",
                HIGHER_IS_BETTER,
                PERCENT,
                0.95,
                "10% of target")
            .values(0.85, 0.83, 0.84, 0.82, 0.80, 0.81, 0.79, 0.80, 0.78, 0.79, 0.77, 0.79, 0.78)
            .counts(156, 200),
        // Green: 93% beats 90%. Aug-24 holds the deliberate impossible 112%.
        Indicator.of(
                "LAC 15",
                "% of children in care with an up-to-date health assessment",
                HIGHER_IS_BETTER,
                PERCENT,
                0.90,
                "5pp")
            .values(0.88, 0.89, 0.90, 0.91, 0.90, 1.12, 0.92, 0.91, 0.93, 0.92, 0.94, 0.93, 0.93)
            .counts(465, 500),
        // Red: 64% is below 72% (10% of the 80% target).
        Indicator.of(
                "LAC 20",
                "% of return home interviews within 72 hours for children " + "missing from care",
                HIGHER_IS_BETTER,
                PERCENT,
                0.80,
                "10% of target")
            .values(0.70, "c", 0.68, 0.72, 0.66, 0.70, 0.69, 0.71, 0.67, 0.65, 0.68, 0.66, 0.64)
            .counts(32, 50)
            .caveat("Apr-24 suppressed: fewer than 5 children went missing"),
        new Section("WORKFORCE"),
        // Amber: 17.1 is above 16 but within 2.
        Indicator.of(
                "W1 g", "Average caseload per social worker", LOWER_IS_BETTER, DECIMAL, 16.0, 2.0)
            .values(19.2, 18.8, 18.5, 18.9, 18.1, 17.6, 17.9, 17.4, 17.0, 16.8, 17.2, 16.9, 17.1),
        // Red: 21% is above 16.5% (10% of the 15% target).
        Indicator.of(
                "W2", "Social worker vacancy rate", LOWER_IS_BETTER, PERCENT, 0.15, "10% of target")
            .values(0.17, 0.18, 0.18, 0.19, 0.20, 0.19, 0.20, 0.21, 0.20, 0.22, 0.21, 0.20, 0.21)
            .counts(42, 200),
        // Green: 95% beats 90%. Measured from Jul-24, so earlier months are blank.
        Indicator.of(
                "W5",
                "% of social workers with supervision up to date",
                HIGHER_IS_BETTER,
                PERCENT,
                0.90,
                null)
            .values(null, null, null, null, 0.82, 0.85, 0.87, 0.88, 0.90, 0.91, 0.93, 0.94, 0.95)
            .counts(190, 200));
  }
}
