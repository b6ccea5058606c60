package uk.scorecard.server;

import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;

/**
 * The page frame and small HTML pieces. Every value from a workbook or a request goes through
 * {@link #esc}; the rest is our own constant markup. No inline script or style: the CSP forbids it.
 */
public final class Html {
  private Html() {}

  /** The service's name, in our own header (not GOV.UK's: no crown, no logo, no Transport font). */
  public static final String SERVICE = "Scorecard checker";

  /** Escapes text for use in an element or a double-quoted attribute. */
  public static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A whole page: {@code title} is plain text, {@code main} is markup built here. */
  public static String page(String title, String main) {
    return """
        <!DOCTYPE html>
        <html lang="en" class="govuk-template">
        <head>
        <meta charset="utf-8">
        <title>%s – %s</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
        <meta name="theme-color" content="#1d2f3f">
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="/assets/govuk-frontend.css">
        <link rel="stylesheet" href="/assets/app.css">
        </head>
        <body class="govuk-template__body">
        <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
        <header class="app-header">
          <div class="govuk-width-container app-header__container">
            <a href="/" class="app-header__name">%s</a>
            <span class="app-header__strapline">Check and RAG-rate children’s services performance scorecards</span>
          </div>
        </header>
        <div class="govuk-width-container">
          <div class="govuk-phase-banner">
            <p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
            <span class="govuk-phase-banner__text">This is a new service. Check its ratings before you publish them.</span></p>
          </div>
          <main class="govuk-main-wrapper" id="main-content">
        %s
          </main>
        </div>
        <footer class="govuk-footer">
          <div class="govuk-width-container">
            <div class="govuk-footer__meta">
              <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <h2 class="govuk-visually-hidden">About this service</h2>
                <p class="govuk-body-s">Workbooks are checked in memory and never saved to disk or kept:
                the rated copy comes back to your browser with the results.</p>
                <p class="govuk-body-s">Scorecard is open-source software. <a class="govuk-footer__link" href="/openapi.json">API description (OpenAPI)</a></p>
              </div>
            </div>
          </div>
        </footer>
        <script type="module" src="/assets/app.js"></script>
        </body>
        </html>
        """.formatted(esc(title), SERVICE, SERVICE, main);
  }

  /** A rating as a tag that says its word, so colour never carries it alone. */
  public static String tag(Rating rating) {
    if (rating == null) {
      return "<strong class=\"govuk-tag govuk-tag--grey app-tag\">Not rated</strong>";
    }
    String colour = switch (rating) {
      case RED -> "red";
      case AMBER_RED -> "orange";
      case AMBER -> "yellow";
      case AMBER_GREEN -> "turquoise";
      case GREEN -> "green";
      case BLUE -> "blue";
      case GREY -> "grey";
    };
    return "<strong class=\"govuk-tag govuk-tag--" + colour + " app-tag\">" + esc(rating.word())
        + "</strong>";
  }

  /** A severity as a tag with its word: Error, Warning or Information. */
  public static String tag(Severity severity) {
    String[] t = switch (severity) {
      case ERROR -> new String[] {"red", "Error"};
      case WARNING -> new String[] {"orange", "Warning"};
      case INFO -> new String[] {"blue", "Information"};
    };
    return "<strong class=\"govuk-tag govuk-tag--" + t[0] + " app-tag\">" + t[1] + "</strong>";
  }

  /** "1 indicator", "3 indicators". */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Where a finding is, in words: "‘Scorecard’ sheet, cell F3", or "The whole workbook". */
  public static String where(String sheet, String cell) {
    boolean noSheet = sheet == null || sheet.isEmpty();
    boolean noCell = cell == null || cell.isEmpty();
    if (noSheet && noCell) {
      return "The whole workbook";
    }
    if (noCell) {
      return "‘" + sheet + "’ sheet";
    }
    return noSheet ? "Cell " + cell : "‘" + sheet + "’ sheet, cell " + cell;
  }
}
