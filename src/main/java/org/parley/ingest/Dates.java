package org.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates: ISO 8601 dates and date-times (the date as written, whatever the offset), and
 * the common written forms {@code 5/15/2025} (month first unless the first number is above 12),
 * {@code 15.05.2025}, {@code 2025/05/15}, {@code May 15, 2025}, {@code 15 May 2025}.
 */
final class Dates {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");

    /** Words that may come before the date on a date line, and a weekday. */
    private static final Pattern LINE_PREFIX = Pattern.compile(
            "^(?:(?:first\\s+)?(?:published|updated|posted|last\\s+updated|date)(?:\\s+on)?\\s*[:\\-\u2013\u2014|]?\\s*)?"
                    + "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** A time after the date on a date line. */
    private static final Pattern LINE_TIME = Pattern.compile(
            "\\s*(?:,|at|-|\u2013|\u2014|\\|)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
                    + "\\s*(?:[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?$",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** An ISO 8601 date or date-time (whole string), or {@code null}. */
    static LocalDate parseIso(String s) {
        if (s == null)
            return null;
        Matcher m = ISO.matcher(s.strip());
        if (!m.matches())
            return null;
        return date(m.group(1), m.group(2), m.group(3));
    }

    /** Any supported form (whole string), or {@code null}. */
    static LocalDate parse(String s) {
        if (s == null)
            return null;
        String t = s.strip();
        LocalDate d = parseIso(t);
        if (d != null)
            return d;
        Matcher m;
        if ((m = MONTH_DAY_YEAR.matcher(t)).matches())
            return date(m.group(3), month(m.group(1)), m.group(2));
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches())
            return date(m.group(3), month(m.group(2)), m.group(1));
        if ((m = SLASHED.matcher(t)).matches()) {
            int a = Integer.parseInt(m.group(1));
            String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            return a > 12 ? date(year, m.group(2), m.group(1)) : date(year, m.group(1), m.group(2));
        }
        if ((m = DOTTED.matcher(t)).matches())
            return date(m.group(3), m.group(2), m.group(1));
        if ((m = YEAR_FIRST.matcher(t)).matches())
            return date(m.group(1), m.group(2), m.group(3));
        return null;
    }

    /**
     * A line that holds nothing but a date, maybe with "Published:"/"Updated" before it, a weekday, and a
     * time after it; {@code null} for any other line.
     */
    static LocalDate parseDateLine(String line) {
        String t = line.strip();
        if (t.length() > 80)
            return null;
        Matcher p = LINE_PREFIX.matcher(t);
        if (p.lookingAt())
            t = t.substring(p.end());
        LocalDate d = parse(t);
        if (d == null) {
            Matcher time = LINE_TIME.matcher(t);
            if (time.find() && time.start() > 0)
                d = parse(t.substring(0, time.start()));
        }
        return d;
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++)
            if (n.startsWith(prefixes[i]))
                return Integer.toString(i + 1);
        throw new IllegalArgumentException(name);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
