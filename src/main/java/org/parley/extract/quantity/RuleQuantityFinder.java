package org.parley.extract.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.extract.QuantityFinder;
import org.parley.extract.TimeFinder;
import org.parley.extract.time.RuleTimeFinder;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Quantity;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.TimeExpression;

/**
 * Finds counted amounts with rules over tokens, part-of-speech tags and lemmas.
 *
 * <ul>
 *   <li>The number: digits with thousands separators and decimals ("1,000", "2.5"), number words ("nine",
 *       "twenty-five", "two hundred"), "a dozen", "a hundred", and scale words ("2.5 million"). Only whole
 *       values are kept (the record holds a whole number): "4.6" alone is skipped, "2.5 million" is not.</li>
 *   <li>The unit: the lower-case lemma of the counted noun, after any adjectives or names that modify it
 *       ("1,000 Ukrainian prisoners" is {@code prisoner}); "people" stays {@code people} (its lemma);
 *       "N of the NOUN" counts the noun (the span is the number alone, since the noun phrase may hold
 *       a quantity of its own); a hyphenated measure ("30-day") gives its noun ({@code day});
 *       "$" gives {@code dollar}, "€" {@code euro}, "£" {@code pound}; a number with no noun ("killed nine
 *       and injured seven", "nine were killed") is counted as {@code count}.</li>
 *   <li>The distribution or rate: "each", "apiece", "N-for-N", "N by N" give {@code side}; "each/per NOUN",
 *       "from/on each NOUN" give the noun ("from each side" is {@code side}); "weekly", "daily", "monthly",
 *       "yearly", "annually", "a week", "per day", "every month" give the period. The span takes the phrase
 *       in when it follows the counted noun directly; across a verb or "of NOUN" ("5,000 soldiers dying
 *       weekly", "barrels of oil per day") the rate is kept but the span ends at the noun.</li>
 *   <li>Skipped: tokens inside a time expression of the {@link TimeFinder} (years, days of the month),
 *       numbers next to a month name, four-digit numbers 1800..2100 that count nothing (years in no
 *       year-like context), ordinals ("17th", "first"), percentages ("4.6 percent", "50%"), identifiers
 *       after a name ("Resolution 1441"), vague amounts ("dozens", "hundreds of"), and "one" unless a noun
 *       follows directly.</li>
 * </ul>
 * Thread-safe and stateless.
 */
public final class RuleQuantityFinder implements QuantityFinder {
    private static final Logger LOG = LoggerFactory.getLogger(RuleQuantityFinder.class);

    /** Name and version of these rules, for evidence. */
    public static final String EXTRACTOR = "rule:quantity/1";

    private static final Map<String, String> CURRENCY = Map.of("$", "dollar", "us$", "dollar", "€", "euro",
            "£", "pound");
    private static final Map<String, String> RATE_ADVERBS = Map.of("weekly", "week", "daily", "day", "monthly",
            "month", "yearly", "year", "annually", "year", "hourly", "hour", "nightly", "night");
    private static final Set<String> PERIODS = Set.of("second", "minute", "hour", "day", "night", "week", "month",
            "year", "side", "person", "country", "team", "party", "delegation");
    private static final Set<String> EXCHANGE_NOUNS = Set.of("exchange", "swap", "trade", "deal", "basis");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Pattern GLUED_MEASURE = Pattern.compile("(\\d[\\d,.]*|[a-zA-Z]+)-([a-z]+)");
    private static final Pattern EXCHANGE = Pattern.compile(
            "\\s*-?\\s*(?:by|for|to)\\s*-?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+|[a-z]+(?:-[a-z]+)?)");

    private final TimeFinder times;

    /** Quantities that leave out what the {@link RuleTimeFinder} reads as time. */
    public RuleQuantityFinder() {
        this(new RuleTimeFinder());
    }

    /** Quantities that leave out what {@code times} reads as time. */
    public RuleQuantityFinder(TimeFinder times) {
        this.times = Objects.requireNonNull(times, "times");
    }

    @Override
    public List<Quantity> find(AnnotatedArticle article) {
        Objects.requireNonNull(article, "article");
        List<TimeExpression> timeExpressions = times.find(article);
        String text = article.article().text();
        List<Quantity> out = new ArrayList<>();
        Map<Integer, List<TimeExpression>> bySentence = new HashMap<>();
        for (TimeExpression t : timeExpressions) bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
        for (Sentence s : article.sentences())
            new Scan(s, text, RuleTimeFinder.covered(s, bySentence.getOrDefault(s.index(), List.of())), out).run();
        LOG.debug("{} quantities in {}", out.size(), article.article().key());
        return List.copyOf(out);
    }

    private static final class Scan extends org.parley.extract.SentenceScan {
        final String text;
        final boolean[] time;
        final List<Quantity> out;

        Scan(Sentence s, String text, boolean[] time, List<Quantity> out) {
            super(s);
            this.text = text;
            this.time = time;
            this.out = out;
        }

        String lemma(int i) {
            return tk.get(i).lemma().toLowerCase(Locale.ROOT);
        }

        boolean glued(int a, int b) {
            return a >= 0 && b < tk.size() && tk.get(a).span().end() == tk.get(b).span().begin();
        }

        boolean noun(int i) {
            return pos(i).equals("NOUN");
        }

        /** A plural noun the tagger took for a verb right after a number: "40 trucks a day". */
        boolean plural(int i) {
            return pos(i).equals("VERB") && (lw(i).equals(lemma(i) + "s") || lw(i).equals(lemma(i)) && lw(i).endsWith("s")
                    && !lw(i).endsWith("ss")) && pos(i - 1).equals("NUM")
                    && !lw(i - 1).equals("one");
        }

        void run() {
            int i = 0;
            while (i < tk.size()) {
                int n = quantity(i);
                i = n > i ? n : i + 1;
            }
        }

        /** Reads a quantity starting at token i; returns the index after it, or i. */
        int quantity(int i) {
            if (time[i]) return i;
            int start = i;
            String currency = CURRENCY.get(lw(i));
            if (currency != null) i++;
            if (i >= tk.size() || time[i]) return start;
            // "30-day" as one token
            Matcher glued = GLUED_MEASURE.matcher(w(i));
            if (glued.matches() && currency == null && !glued.group(2).matches("\\w*ths?")) {
                long v = single(glued.group(1));
                if (v > 0) return emit(start, i + 1, v, singular(glued.group(2)), null, i + 1);
                return start;
            }
            Numbers.Reading r = Numbers.read(words, i);
            if (r == null) return start;
            int j = i + r.length();
            for (int k = i; k < j; k++) if (time[k]) return start;
            String first = lw(i);
            if ((first.equals("a") || first.equals("an")) && r.length() < 2) return start;
            if (first.equals("one") && !(noun(j) && j == i + 1)) return start;
            OptionalLong whole = r.whole();
            if (whole.isEmpty()) return start;
            long value = whole.getAsLong();
            // dates and years that the time finder did not take
            if (MONTHS.contains(lw(i - 1)) || MONTHS.contains(lw(j))) return start;
            boolean yearLike = w(i).matches("\\d{4}") && value >= 1800 && value <= 2100 && r.length() == 1;
            // percentages, identifiers, ranges glued to other words
            String after = lw(j);
            if (after.equals("percent") || after.equals("%") || after.equals("per") && lw(j + 1).equals("cent"))
                return j;
            if (currency == null && i > 0 && (pos(i - 1).equals("PROPN") && !lw(i - 1).equals("nine"))
                    && Character.isUpperCase(w(i - 1).charAt(0)) && r.length() == 1 && w(i).matches("\\d+"))
                return j;
            if (glued(j - 1, j) && after.matches("[a-z].*") && !after.equals("-")) return j;
            if (i > 0 && glued(i - 1, i) && !w(i - 1).matches("[(\"'$€£]")) {
                if (!(w(i - 1).equals("-") && w(i - 2).matches("(?i)by|for|to"))) return j;
            }

            // a hyphenated measure: "30 - day", "three - year"
            if (currency == null && w(j).equals("-") && glued(j - 1, j) && glued(j, j + 1) && lw(j + 1).matches("\\w*ths?"))
                return j + 2; // "three-tenths": a fraction
            if (currency == null && w(j).equals("-") && glued(j - 1, j) && glued(j, j + 1) && noun(j + 1)
                    && !yearLike)
                return emit(start, j + 2, value, lemma(j + 1), null, j + 2);

            // "1,000-by-1,000", "1,000 for 1,000": as many from each side
            String per = null;
            int end = j;
            Matcher ex = EXCHANGE.matcher(text);
            ex.region(tk.get(j - 1).span().end(), Math.min(text.length(), tk.get(j - 1).span().end() + 40));
            if (ex.lookingAt()) {
                long other = single(ex.group(1).startsWith("-") ? ex.group(1).substring(1) : ex.group(1));
                int stop = tokenEndingAt(ex.end());
                if (other == value && stop > j) {
                    per = "side";
                    end = stop;
                }
            }

            // the counted noun, after modifiers
            int k = end;
            int mods = 0;
            boolean more = Set.of("more", "fewer", "less", "others").contains(lw(end));
            while (!more && mods < 4 && (pos(k).equals("ADJ") || pos(k).equals("PROPN") && !noun(k - 1)
                    || w(k).equals("-") && glued(k - 1, k) && glued(k, k + 1)
                    || pos(k).equals("VERB") && lw(k).endsWith("ed") && noun(k + 1))) {
                k++;
                mods++;
            }
            String unit = null;
            int counted = -1;
            if (more) {
                // "11 others", "1,000 more troops", but "two dozen more north of Baghdad" counts nothing named
                if (lw(end).equals("others")) counted = end;
                else if (noun(end + 1) && !Character.isUpperCase(w(end + 1).charAt(0))
                        && !RATE_ADVERBS.containsKey(lw(end + 1)) && !lw(end + 1).matches("north|south|east|west"))
                    counted = end + 1;
                if (counted >= 0) unit = unit(counted);
            } else if ((noun(k) || plural(k)) && !EXCHANGE_NOUNS.contains(lemma(k))) {
                counted = k;
                // a compound: "car bombs" counts bombs, but "prisoner exchange" (a singular head) counts prisoners
                int h = k;
                while (noun(h + 1) && !glued(h, h + 1)) h++;
                if (h > k && (!w(h).equals(tk.get(h).lemma()) || value == 1)) counted = h;
                unit = unit(counted);
            } else if (lw(end).equals("of") && (pos(end + 1).equals("DET") || pos(end + 1).equals("PRON")
                    && !noun(end + 2) && lw(end + 1).equals("them"))) {
                int m = end + 2;
                if (lw(end + 1).equals("them")) unit = "count";
                else {
                    while (m - end < 6 && (pos(m).equals("ADJ") || pos(m).equals("NUM") || pos(m).equals("VERB")
                            || Numbers.scale(w(m)) > 0)) m++;
                    if (noun(m)) {
                        // the span stays on the number: "two hundred of the five hundred seats" holds two quantities
                        unit = unit(m);
                    }
                }
            }
            if (currency != null) unit = currency;
            if (unit == null) {
                String p = pos(end);
                boolean standsAlone = end >= tk.size() || p.equals("CCONJ") || p.equals("PUNCT") || p.equals("AUX")
                        || p.equals("VERB") || p.equals("ADP") || p.equals("ADV") || p.equals("SCONJ")
                        || noun(end) && EXCHANGE_NOUNS.contains(lemma(end)) || more;
                if (!standsAlone || yearLike) return j;
                unit = "count";
            } else if (yearLike && (counted < 0 || w(counted).equals(tk.get(counted).lemma()))) {
                return j; // "2019 elections": a year, not a count
            }
            if (counted >= 0 && currency == null) end = counted + 1;
            if (currency != null && counted >= 0 && end < counted + 1
                    && CURRENCY.containsValue(lemma(counted))) end = counted + 1;

            // distribution or rate
            int spanEnd = end;
            int[] rate = rate(end);
            if (rate == null && per == null) {
                // across one verb or "of NOUN": "soldiers dying weekly", "barrels of oil per day"
                if (pos(end).equals("VERB")) rate = rate(end + 1);
                else if (lw(end).equals("of") && noun(end + 1)) rate = rate(end + 2);
                if (rate != null) {
                    per = perWord(rate);
                    rate = null;
                }
            }
            if (rate != null) {
                if (per == null) per = perWord(rate);
                spanEnd = rate[1];
            }
            return emit(start, spanEnd, value, unit, per, spanEnd);
        }

        /** The token range [1] (end) and the token of the period [0] of a rate phrase starting at i, or null. */
        int[] rate(int i) {
            String a = lw(i);
            if (RATE_ADVERBS.containsKey(a)) return new int[] {i, i + 1};
            if (a.equals("apiece")) return new int[] {-1, i + 1};
            int j = i;
            if (a.equals("from") || a.equals("on") || a.equals("for") || a.equals("to")) j++;
            String b = lw(j);
            if (b.equals("each") || b.equals("per") || b.equals("every") || (b.equals("a") || b.equals("an")) && j == i) {
                if (noun(j + 1) && PERIODS.contains(lemma(j + 1))) return new int[] {j + 1, j + 2};
                if (b.equals("each") && j == i && !noun(j + 1) && !lw(j + 1).equals("other")) return new int[] {-1, j + 1};
            }
            return null;
        }

        String perWord(int[] rate) {
            if (rate[0] < 0) return "side";
            String a = lw(rate[0]);
            return RATE_ADVERBS.getOrDefault(a, lemma(rate[0]));
        }

        /**
         * The lemma of a counted noun. Where the statistical lemmatizer gives back a plural unchanged
         * ("economies", "policemen"), the regular English plural endings -ies and -men are undone;
         * "people" stays {@code people}.
         */
        String unit(int i) {
            String l = lemma(i);
            if (l.equals(lw(i)) && l.length() > 3 && l.endsWith("s") && !l.matches(".*(ss|us|is|ws)")) {
                // a counted noun after a number above one is plural: undo a regular ending the lemmatizer kept
                if (l.endsWith("ies")) return l.substring(0, l.length() - 3) + "y";
                if (l.matches(".*(ches|shes|xes|sses)")) return l.substring(0, l.length() - 2);
                return l.substring(0, l.length() - 1);
            }
            if (plural(i)) return l.equals(lw(i)) ? l.substring(0, l.length() - 1) : l;
            if (!l.equals(lw(i))) return l;
            if (l.endsWith("ies") && l.length() > 4) return l.substring(0, l.length() - 3) + "y";
            if (l.endsWith("men") && l.length() > 4) return l.substring(0, l.length() - 3) + "man";
            return l;
        }

        int tokenEndingAt(int offset) {
            for (int k = 0; k < tk.size(); k++) if (tk.get(k).span().end() == offset) return k + 1;
            return -1;
        }

        int emit(int from, int to, long value, String unit, String per, int next) {
            TextSpan span = s.spanOf(from, to);
            out.add(new Quantity(s.index(), span, span.cover(text), value, unit, per));
            return next;
        }
    }

    /** The whole value of one word or digit string, or -1. */
    static long single(String word) {
        var d = Numbers.digits(word);
        if (d != null) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                return -1;
            }
        }
        return Numbers.word(word);
    }

    static String singular(String noun) {
        if (noun.endsWith("s") && noun.length() > 3 && !noun.endsWith("ss")) return noun.substring(0, noun.length() - 1);
        return noun;
    }
}
