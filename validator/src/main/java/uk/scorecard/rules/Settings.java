package uk.scorecard.rules;

/**
 * The rules file's workbook-wide settings as {@code docs/rules.md} describes them, kept beside the
 * code that reads them so the two change together.
 */
public final class Settings {

  private Settings() {}

  /** The settings section of {@code docs/rules.md}, in Markdown. */
  public static String markdown() {
    return """
        ## Rules file settings

        Besides `defaults`, `indicators` and `checks`, a rules file may say how the rated \
        workbook shows what it works out. Each setting is a top-level key.

        | Key | Values | What it does |
        |---|---|---|
        | `direction` | `column` (default), `rag`, `none` | Where the direction of travel goes: \
        a `Direction of travel` column beside Change, RAG and Caveat (added to a table with two \
        periods or more; a column of that name, or `DoT`, is used where the workbook has one), \
        after the rating in the RAG cell (`Amber ▲ improving`, still read as Amber on the next \
        run; live colouring (--live) matches a cell holding the rating word alone, so such cells \
        keep the fill we write), or nowhere in the workbook. The reports show it whatever this \
        says. |
        | `scale` | `rag` (default), `brag`, `five-point` | The rating scale. `rag` and `brag` \
        are the same: Red, Amber, Green, Grey, with Blue wherever a Blue column or a `blue` \
        margin says how. `five-point` splits the amber tolerance (from the target to the amber \
        limit: the tolerance, or the lower or upper tolerance level) into three equal thirds: \
        a miss of up to a third of it is `Amber/Green`, up to two thirds `Amber`, up to the \
        whole (the limit itself included) `Amber/Red`; a boundary goes to the band nearer the \
        target. With a 90% target and 6pp: 88% and 89% Amber/Green, 86% and 87% Amber, 84% and \
        85% Amber/Red, 83% Red. For a range, the miss is the distance from the nearer edge of \
        the band. Blue still applies. Where the scale is `rag`, an officer's Amber/Green or \
        Amber/Red is kept and agrees with our Amber. |
        | `marking` | one line of text, up to 80 characters | The protective marking the printed \
        Checks sheet carries (`OFFICIAL-SENSITIVE`, say): in the page header and footer of every \
        page and on a line under the title. None when the key is absent; the officer's own sheets \
        are never given one. |

        The direction of travel is `▲ improving`, `▼ worsening` or `► no change` through the \
        polarity (up is worse for lower is better; for a range, nearer the band is better), \
        from the previous figure of the indicator's own series; it is empty with no previous \
        figure, no polarity or a figure in error. A `Direction` column is read as the polarity, \
        as councils use it. A cell of the column holding anything but our words (or a formula) \
        is the officer's and kept.
        """;
  }
}
