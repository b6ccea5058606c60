package uk.scorecard.read;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.scorecard.model.Period;
import uk.scorecard.model.Period.Kind;

/** Reads the reporting period a column header names, so period columns can be ordered by date. */
public final class PeriodParser {
  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  // Excel text often carries non-breaking spaces and Alt+Enter line breaks between the parts.
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern DASH = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  // Footnote, provisional and revised marks that officers append; the header still names a period.
  private static final Pattern MARK =
      Pattern.compile("(?i)\\s*(?:\\*|†|‡|\\((?:p|provisional|r)\\)|\\[(?:p|r)\\])$");
  // A bare "r" (revised) only after a digit, so that a month such as "Mar" keeps its last letter.
  private static final Pattern REVISED = Pattern.compile("(?<=\\d)\\s*r$");

  private static final String MON =
      "(?<m%s>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String QTR = "(?:q|qtr\\.?|quarter)\\s*(?<q>[1-4])";
  private static final String PAIR =
      "(?:fy\\s*)?(?<a>\\d{4}|\\d{2})\\s*[/-]\\s*(?<b>\\d{4}|\\d{2})";
  private static final String SEASON = "(?<t>autumn|spring|summer)(?:\\s+term)?";
  private static final String SEP = "[\\s,:\\-]+";
  private static final String YEAR = "(?<y>\\d{4})";
  private static final String TO = "\\s*(?:-|to)\\s*";

  // Tried in order; the first form whose whole text matches and whose dates are possible wins.
  // Financial years come before numeric months so that "2011-12" reads as 2011/12, not Dec 2011.
  private static final List<Form> FORMS =
      List.of(
          form(
              Kind.YEAR,
              "(?:fy\\s*)?(?<a>\\d{4})\\s*[/-]\\s*(?<b>\\d{4}|\\d{2})",
              PeriodParser::fy),
          // Two-digit pairs only with a slash or "FY": "16-17" is as likely an age band.
          form(Kind.YEAR, "(?:fy\\s*)?(?<a>\\d{2})\\s*/\\s*(?<b>\\d{2})", PeriodParser::fy),
          form(Kind.YEAR, "fy\\s*(?<a>\\d{2})\\s*-\\s*(?<b>\\d{2})", PeriodParser::fy),
          form(Kind.YEAR, YEAR, m -> Optional.of(calendarYear(m))),
          form(Kind.MONTH, monthYear("1"), m -> Optional.of(months(namedMonth(m, "1"), 1))),
          form(Kind.MONTH, YEAR + "[/-](?<n>\\d{2})", PeriodParser::numericMonth),
          form(Kind.MONTH, "(?<n>\\d{1,2})[/-]" + YEAR, PeriodParser::numericMonth),
          form(Kind.QUARTER, QTR + SEP + PAIR, PeriodParser::financialQuarter),
          form(Kind.QUARTER, PAIR + SEP + QTR, PeriodParser::financialQuarter),
          form(Kind.QUARTER, QTR + SEP + YEAR, m -> Optional.of(calendarQuarter(m))),
          form(Kind.QUARTER, YEAR + SEP + QTR, m -> Optional.of(calendarQuarter(m))),
          form(Kind.TERM, SEASON + SEP + PAIR, m -> firstYear(m).map(y -> term(m, y))),
          form(Kind.TERM, SEASON + SEP + YEAR, m -> Optional.of(calendarTerm(m))),
          form(Kind.ROLLING_YEAR, monthYear("1") + TO + monthYear("2"), PeriodParser::rolling),
          form(
              Kind.ROLLING_YEAR,
              "(?:rolling\\s+)?12\\s+months\\s+(?:to|ending)\\s+" + monthYear("2"),
              m -> Optional.of(twelveMonthsTo(m))));

  private PeriodParser() {}

  /** The period a header cell's text names, or empty when the header is anything else. */
  public static Optional<Period> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String label = SPACE.matcher(header).replaceAll(" ").trim();
    String key = key(label);
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(key);
      if (m.matches()) {
        Optional<Span> span = form.read().apply(m).filter(PeriodParser::possible);
        if (span.isPresent()) {
          return Optional.of(new Period(label, span.get().start(), span.get().end(), form.kind()));
        }
      }
    }
    return Optional.empty();
  }

  /** The month containing a date read from an Excel date cell, labelled like {@code Jun-19}. */
  public static Period month(LocalDate date) {
    Objects.requireNonNull(date, "date");
    // Spelt out rather than through DateTimeFormatter (or YearMonth, which makes one), whose
    // month names load the JDK's locale data, a cost at start-up.
    int m = date.getMonthValue();
    int yy = date.getYear() % 100;
    String label =
        Character.toUpperCase(MONTHS.charAt(3 * m - 3))
            + MONTHS.substring(3 * m - 2, 3 * m)
            + (yy < 10 ? "-0" : "-")
            + yy;
    return new Period(
        label, date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()), Kind.MONTH);
  }

  /** The label reduced to what is parsed: one kind of dash, no trailing marks, lower case. */
  private static String key(String label) {
    String key = DASH.matcher(label).replaceAll("-");
    String before;
    do {
      before = key;
      key = REVISED.matcher(MARK.matcher(key).replaceFirst("")).replaceFirst("");
    } while (!key.equals(before));
    return key.trim().toLowerCase(Locale.ROOT);
  }

  private static String monthYear(String n) {
    // Replaced, not String.format: a Formatter is a class set-up a short run need not pay for.
    return MON.replace("%s", n) + "[\\s\\-/'.]*(?<y" + n + ">\\d{4}|\\d{2})";
  }

  private static Form form(Kind kind, String regex, Function<Matcher, Optional<Span>> read) {
    return new Form(kind, Pattern.compile(regex), read);
  }

  private static boolean possible(Span span) {
    return span.start().getYear() >= MIN_YEAR && span.end().getYear() <= MAX_YEAR;
  }

  /** A two-digit year: 90–99 are the 1990s, anything lower this century. */
  private static int year(String digits) {
    int value = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return value;
    }
    return value >= MIN_YEAR % 100 ? 1900 + value : 2000 + value;
  }

  /** The first calendar year of a pair such as 2018/19; empty unless the halves follow on. */
  private static Optional<Integer> firstYear(Matcher m) {
    String a = m.group("a");
    String b = m.group("b");
    if (a.length() < b.length()) {
      return Optional.empty();
    }
    int first = year(a);
    int second = Integer.parseInt(b);
    int expected = b.length() == 4 ? first + 1 : (first + 1) % 100;
    return second == expected ? Optional.of(first) : Optional.empty();
  }

  private static Optional<Span> fy(Matcher m) {
    return firstYear(m).map(y -> months(YearMonth.of(y, 4), 12));
  }

  private static Span calendarYear(Matcher m) {
    return months(YearMonth.of(Integer.parseInt(m.group("y")), 1), 12);
  }

  private static YearMonth namedMonth(Matcher m, String n) {
    int month = MONTHS.indexOf(m.group("m" + n).substring(0, 3)) / 3 + 1;
    return YearMonth.of(year(m.group("y" + n)), month);
  }

  private static Optional<Span> numericMonth(Matcher m) {
    int month = Integer.parseInt(m.group("n"));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    return Optional.of(months(YearMonth.of(Integer.parseInt(m.group("y")), month), 1));
  }

  private static Span months(YearMonth first, int count) {
    return new Span(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
  }

  private static Optional<Span> financialQuarter(Matcher m) {
    int q = Integer.parseInt(m.group("q"));
    return firstYear(m).map(y -> months(YearMonth.of(y, 4).plusMonths(3L * (q - 1)), 3));
  }

  /** A quarter written with a single year counts from January, as the calendar does. */
  private static Span calendarQuarter(Matcher m) {
    int q = Integer.parseInt(m.group("q"));
    return months(YearMonth.of(Integer.parseInt(m.group("y")), 1 + 3 * (q - 1)), 3);
  }

  /** A school term of the academic year that starts in September of {@code firstYear}. */
  private static Span term(Matcher m, int firstYear) {
    return switch (m.group("t")) {
      case "autumn" -> months(YearMonth.of(firstYear, 9), 4);
      case "spring" -> months(YearMonth.of(firstYear + 1, 1), 3);
      default -> months(YearMonth.of(firstYear + 1, 4), 5);
    };
  }

  /** A term with one year ("Spring 2018") names the calendar year it falls in. */
  private static Span calendarTerm(Matcher m) {
    int y = Integer.parseInt(m.group("y"));
    return term(m, "autumn".equals(m.group("t")) ? y : y - 1);
  }

  /** Two months a year apart; any other span is not a rolling year. */
  private static Optional<Span> rolling(Matcher m) {
    YearMonth first = namedMonth(m, "1");
    YearMonth last = namedMonth(m, "2");
    return first.plusMonths(11).equals(last) ? Optional.of(months(first, 12)) : Optional.empty();
  }

  private static Span twelveMonthsTo(Matcher m) {
    return months(namedMonth(m, "2").minusMonths(11), 12);
  }

  /** The dates a header covers, before it gets its label. */
  private record Span(LocalDate start, LocalDate end) {}

  /** One way of writing a period: the pattern of the whole header and how to read its dates. */
  private record Form(Kind kind, Pattern pattern, Function<Matcher, Optional<Span>> read) {}
}
