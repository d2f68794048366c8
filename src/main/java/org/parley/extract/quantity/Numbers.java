package org.parley.extract.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads English cardinal numbers as written in news text: digits ("7", "1,000", "2.5"), number words
 * ("nine", "twenty-five", "two hundred"), "a dozen", and scale words after a number ("2.5 million").
 * Ordinals ("17th", "first") and fractions are not numbers here. Pure functions, thread-safe.
 */
public final class Numbers {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    private Numbers() {
    }

    /** The value of a digit string with optional thousands separators and decimals, or null if it is not one. */
    public static BigDecimal digits(String token) {
        if (token == null || !DIGITS.matcher(token).matches()) return null;
        return new BigDecimal(token.replace(",", ""));
    }

    /** The value of one number word ("nine", "twenty", "twenty-five"), or -1; scale words are not included. */
    public static long word(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        Integer u = UNITS.get(w);
        if (u != null) return u;
        Integer t = TENS.get(w);
        if (t != null) return t;
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(w.substring(0, dash));
            Integer unit = UNITS.get(w.substring(dash + 1));
            if (tens != null && unit != null && unit > 0 && unit < 10) return tens + unit;
        }
        return -1;
    }

    /** The multiplier of a scale word ("hundred" 100, "million" 1,000,000), or -1. */
    public static long scale(String token) {
        Long s = SCALES.get(token.toLowerCase(Locale.ROOT));
        return s == null ? -1 : s;
    }

    /** A number read from consecutive words, and how many words it took. */
    public record Reading(BigDecimal value, int length) {
        /** The value as a whole number, if it is one. */
        public OptionalLong whole() {
            try {
                return OptionalLong.of(value.longValueExact());
            } catch (ArithmeticException e) {
                return OptionalLong.empty();
            }
        }
    }

    /**
     * Reads the longest number starting at {@code from} in {@code words}: digits or number words, then
     * scale words ("two hundred", "2.5 million", "three thousand five hundred"), or "a dozen", "a hundred",
     * "a million". Returns null if no number starts there.
     */
    public static Reading read(List<String> words, int from) {
        if (from >= words.size()) return null;
        String first = words.get(from);
        int i = from;
        BigDecimal total;
        if (first.equalsIgnoreCase("a") || first.equalsIgnoreCase("an")) {
            if (from + 1 >= words.size()) return null;
            String next = words.get(from + 1).toLowerCase(Locale.ROOT);
            if (next.equals("dozen")) return new Reading(BigDecimal.valueOf(12), 2);
            long s = scale(next);
            if (s <= 0) return null;
            total = BigDecimal.valueOf(s);
            i = from + 2;
            return new Reading(total, i - from);
        }
        BigDecimal d = digits(first);
        if (d != null) {
            total = d;
            i++;
            long s;
            while (i < words.size() && (s = scale(words.get(i))) > 0) {
                total = total.multiply(BigDecimal.valueOf(s));
                i++;
            }
            if (i < words.size() && words.get(i).equalsIgnoreCase("dozen")) {
                total = total.multiply(BigDecimal.valueOf(12));
                i++;
            }
            return new Reading(total, i - from);
        }
        // number words: groups like "three thousand five hundred twenty-one"
        long sum = 0, group = 0;
        boolean any = false;
        while (i < words.size()) {
            String w = words.get(i);
            long v = word(w);
            long s = scale(w);
            if (v >= 0) {
                if (any && group % 100 != 0 && group != 0 && v < 100 && group % 10 != 0) break;
                group += v;
                any = true;
            } else if (s > 0 && any) {
                if (s == 100) group = (group == 0 ? 1 : group) * 100;
                else {
                    sum += (group == 0 ? 1 : group) * s;
                    group = 0;
                }
            } else if (w.equalsIgnoreCase("dozen") && any) {
                group = group * 12;
            } else if (w.equalsIgnoreCase("and") && any && i + 1 < words.size() && word(words.get(i + 1)) >= 0
                    && (sum > 0 || group >= 100)) {
                // "two hundred and fifty"
            } else break;
            i++;
        }
        if (!any) return null;
        // do not end on "and"
        if (words.get(i - 1).equalsIgnoreCase("and")) i--;
        return new Reading(BigDecimal.valueOf(sum + group), i - from);
    }
}
