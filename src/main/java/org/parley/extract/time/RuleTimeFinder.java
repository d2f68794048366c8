package org.parley.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.extract.TimeFinder;
import org.parley.extract.quantity.Numbers;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.TimeExpression;
import org.parley.model.TimeGranularity;
import org.parley.model.Token;

/**
 * Finds time expressions with rules over tokens and their part-of-speech tags, and normalises them.
 *
 * <ul>
 *   <li>Absolute: "May 17, 2025", "16 May 2025", "2025-05-17" (day); "February 2025" (month); a year
 *       "2019" (1800..2100, four digits, tagged NUM, in a year-like context: after "in", "since", "from",
 *       "by", "until", "of", "to", "during", ..., after a year in "between 2005 and 2007", or as a modifier
 *       after a determiner "the 2002 elections").</li>
 *   <li>Relative to the publication date (skipped when the article has none): "May 16", "16 May" (year of
 *       publication); "in May"; "today", "yesterday", "tomorrow", "tonight"; "last/this/next month",
 *       "earlier/later this month" (and year); "last/this/next week" (a week is given as the month that
 *       holds all of its days, else the year, since there is no week granularity); "three days ago",
 *       "a week ago" (day), "a month ago", "a year ago"; weekdays "on Thursday", "last Friday".</li>
 *   <li>A weekday's direction comes from its clause: the nearest verb group ("will", "'ll", "shall",
 *       "going to", "expected/scheduled/planned/set/due to", "next" look ahead; a past-tense verb looks
 *       back; a present-tense verb looks ahead, except a verb of reporting ("officials say", "reports
 *       quote"), which news puts in the present for what already happened; nothing found looks back, as news mostly reports the past).
 *       Looking back gives the most recent such day on or before publication, looking ahead the next one on
 *       or after it; "last Friday" is strictly before, "next Friday" strictly after.</li>
 *   <li>Left out on purpose, because no day (or month) can be computed without inventing one: vague spans
 *       ("a few days ago", "just days earlier", "days later", "recently"), and counts "N days earlier/later"
 *       (relative to a narrated event, not to publication).</li>
 * </ul>
 * Spans cover exactly the expression; weekdays include a preceding "on", "last", "next" or "this".
 * Thread-safe and stateless.
 */
public final class RuleTimeFinder implements TimeFinder {
    private static final Logger LOG = LoggerFactory.getLogger(RuleTimeFinder.class);

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan.", 1), Map.entry("feb.", 2), Map.entry("aug.", 8), Map.entry("sept.", 9), Map.entry("sep.", 9),
            Map.entry("oct.", 10), Map.entry("nov.", 11), Map.entry("dec.", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "from", "by", "until", "till", "of", "to",
            "through", "during", "before", "after", "between", "early", "late", "mid", "around", "circa", "year",
            "spring", "summer", "autumn", "fall", "winter", "throughout");
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "from", "by", "until", "till", "during",
            "before", "after", "early", "late", "mid", "through", "throughout");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "next", "upcoming", "coming");
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("expected", "scheduled", "planned", "set", "due",
            "going", "slated", "poised", "plan", "plans", "aim", "aims", "intend", "intends", "hope", "hopes");
    private static final Set<String> REPORTING = Set.of("say", "quote", "report", "tell", "announce", "state",
            "claim", "add", "confirm", "deny", "write");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did", "'d");
    private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "'s", "'re", "'m", "does", "do", "has",
            "have");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** Name and version of these rules, for evidence. */
    public static final String EXTRACTOR = "rule:time/1";

    @Override
    public List<TimeExpression> find(AnnotatedArticle article) {
        Objects.requireNonNull(article, "article");
        LocalDate published = article.article().published();
        String text = article.article().text();
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : article.sentences()) new Scan(s, published, text, out).run();
        LOG.debug("{} time expressions in {}", out.size(), article.article().key());
        return List.copyOf(out);
    }

    /** The token indices of a sentence that lie in some time expression. */
    public static boolean[] covered(Sentence s, List<TimeExpression> times) {
        boolean[] c = new boolean[s.tokens().size()];
        for (TimeExpression t : times) {
            if (t.sentence() != s.index()) continue;
            for (int i = 0; i < c.length; i++) if (t.span().contains(s.tokens().get(i).span())) c[i] = true;
        }
        return c;
    }

    /** One pass over one sentence. */
    private static final class Scan extends org.parley.extract.SentenceScan {
        final LocalDate pub;
        final String text;
        final List<TimeExpression> out;

        /** Where "ago" would stand after a number of up to four words and its unit starting at i. */
        int u0(int i) {
            for (int k = i + 1; k < Math.min(tk.size(), i + 6); k++) if (lw(k).equals("ago")) return k;
            return -1;
        }

        Scan(Sentence s, LocalDate pub, String text, List<TimeExpression> out) {
            super(s);
            this.pub = pub;
            this.text = text;
            this.out = out;
        }

        int month(int i) {
            String t = w(i);
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) return 0;
            return MONTHS.getOrDefault(t.toLowerCase(Locale.ROOT), 0);
        }

        int day(int i) {
            Matcher m = DAY.matcher(w(i));
            if (!m.matches()) return 0;
            int d = Integer.parseInt(m.group(1));
            return d >= 1 && d <= 31 ? d : 0;
        }

        int year(int i) {
            String t = w(i);
            if (!YEAR.matcher(t).matches()) return 0;
            int y = Integer.parseInt(t);
            if (y < 1800 || y > 2100) return 0;
            // "2019-nCoV", "2000%": glued to what follows
            if (i + 1 < tk.size() && tk.get(i + 1).span().begin() == tk.get(i).span().end()) {
                String n = w(i + 1);
                if (!n.equals(",") && !n.equals(".") && !n.equals(";") && !n.equals(":") && !n.equals(")")
                        && !n.equals("'s") && !n.equals("’s")) return 0;
            }
            if (i > 0 && tk.get(i - 1).span().end() == tk.get(i).span().begin()
                    && (w(i - 1).equals("-") || w(i - 1).equals("$") || w(i - 1).equals("#"))) return 0;
            return y;
        }

        void add(int from, int to, String value, TimeGranularity g, boolean relative) {
            // ISO 8601 as TimeExpression takes it: years of four digits ("2,000 years ago" is no date to give)
            if (!value.matches("\\d{4}(-.*)?")) return;
            TextSpan span = s.spanOf(from, to);
            out.add(new TimeExpression(s.index(), span, span.cover(text), value, g, relative));
        }

        void run() {
            int i = 0;
            while (i < tk.size()) {
                int next = match(i);
                i = next > i ? next : i + 1;
            }
        }

        /** Tries every rule at token i; returns the index after the match, or i. */
        int match(int i) {
            int n;
            if ((n = iso(i)) > i) return n;
            if ((n = monthFirst(i)) > i) return n;
            if ((n = dayFirst(i)) > i) return n;
            if ((n = deictic(i)) > i) return n;
            if ((n = ago(i)) > i) return n;
            if ((n = weekday(i)) > i) return n;
            if ((n = bareYear(i)) > i) return n;
            return i;
        }

        int iso(int i) {
            Matcher m = ISO.matcher(w(i));
            if (!m.matches()) return i;
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                add(i, i + 1, d.toString(), TimeGranularity.DAY, false);
                return i + 1;
            } catch (java.time.DateTimeException e) {
                return i;
            }
        }

        /** "May 17, 2025", "May 17 2025", "February 2025", "May 16", "in May". */
        int monthFirst(int i) {
            int m = month(i);
            if (m == 0) return i;
            // "May" as a modal: only a month when a day or year follows, or a month cue precedes
            int d = day(i + 1);
            if (d > 0 && !(i + 2 < tk.size() && isUnitNoun(i + 2))) {
                int j = i + 2;
                if (w(j).equals(",")) j++;
                int y = year(j);
                if (y > 0) return date(i, j + 1, y, m, d, false);
                if (pub == null) return i + 2; // consumed, but no year to give it
                return date(i, i + 2, pub.getYear(), m, d, true);
            }
            int y = year(i + 1);
            if (y > 0) {
                add(i, i + 2, YearMonth.of(y, m).toString(), TimeGranularity.MONTH, false);
                return i + 2;
            }
            if (MONTH_CUES.contains(lw(i - 1)) && !w(i).equalsIgnoreCase("may") || lw(i - 1).equals("in")) {
                if (pub == null) return i;
                add(i, i + 1, YearMonth.of(pub.getYear(), m).toString(), TimeGranularity.MONTH, true);
                return i + 1;
            }
            return i;
        }

        /** "16 May 2025", "16 May". */
        int dayFirst(int i) {
            int d = day(i);
            if (d == 0 || !pos(i).equals("NUM") && !w(i).matches("\\d+(st|nd|rd|th)")) return i;
            int j = i + 1;
            if (lw(j).equals("of")) j++;
            int m = month(j);
            if (m == 0) return i;
            int y = year(j + 1);
            if (y > 0) return date(i, j + 2, y, m, d, false);
            if (pub == null) return j + 1;
            return date(i, j + 1, pub.getYear(), m, d, true);
        }

        int date(int from, int to, int y, int m, int d, boolean relative) {
            try {
                add(from, to, LocalDate.of(y, m, d).toString(), TimeGranularity.DAY, relative);
            } catch (java.time.DateTimeException e) {
                return from;
            }
            return to;
        }

        boolean isUnitNoun(int i) {
            return pos(i).equals("NOUN") && !tk.get(i).text().equals(tk.get(i).lemma());
        }

        /** today, yesterday, tomorrow, tonight; last/this/next week/month/year; earlier/later this ... */
        int deictic(int i) {
            String t = lw(i);
            if (pub == null) return i;
            switch (t) {
                case "today", "tonight" -> {
                    add(i, i + 1, pub.toString(), TimeGranularity.DAY, true);
                    return i + 1;
                }
                case "yesterday" -> {
                    add(i, i + 1, pub.minusDays(1).toString(), TimeGranularity.DAY, true);
                    return i + 1;
                }
                case "tomorrow" -> {
                    add(i, i + 1, pub.plusDays(1).toString(), TimeGranularity.DAY, true);
                    return i + 1;
                }
                default -> { }
            }
            int from = i, j = i;
            if (t.equals("earlier") || t.equals("later")) {
                if (!lw(i + 1).equals("this")) return i;
                j = i + 1;
            }
            String det = lw(j);
            int shift;
            switch (det) {
                case "last" -> shift = -1;
                case "this" -> shift = 0;
                case "next" -> shift = 1;
                default -> {
                    return i;
                }
            }
            if ((t.equals("earlier") || t.equals("later")) && shift != 0) return i;
            String unit = lw(j + 1);
            switch (unit) {
                case "week" -> {
                    LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                    LocalDate sunday = monday.plusDays(6);
                    if (YearMonth.from(monday).equals(YearMonth.from(sunday)))
                        add(from, j + 2, YearMonth.from(monday).toString(), TimeGranularity.MONTH, true);
                    else if (monday.getYear() == sunday.getYear())
                        add(from, j + 2, String.valueOf(monday.getYear()), TimeGranularity.YEAR, true);
                    else return i;
                    return j + 2;
                }
                case "month" -> {
                    add(from, j + 2, YearMonth.from(pub).plusMonths(shift).toString(), TimeGranularity.MONTH, true);
                    return j + 2;
                }
                case "year" -> {
                    add(from, j + 2, String.valueOf(pub.getYear() + shift), TimeGranularity.YEAR, true);
                    return j + 2;
                }
                default -> {
                    return i;
                }
            }
        }

        /** "three days ago", "a week ago", "a month ago", "two years ago". */
        int ago(int i) {
            if (pub == null) return i;
            long n;
            int u;
            if (lw(i).equals("a") || lw(i).equals("an")) {
                n = 1;
                u = i + 1;
            } else {
                if (!lw(u0(i)).equals("ago")) return i;
                Numbers.Reading r = Numbers.read(words, i);
                if (r == null || r.whole().isEmpty()) return i;
                u = i + r.length();
                n = r.whole().getAsLong();
            }
            if (u >= tk.size() || !lw(u + 1).equals("ago")) return i;
            if (n > 10_000) return i;
            String unit = tk.get(u).lemma().toLowerCase(Locale.ROOT);
            switch (unit) {
                case "day" -> add(i, u + 2, pub.minusDays(n).toString(), TimeGranularity.DAY, true);
                case "week" -> add(i, u + 2, pub.minusWeeks(n).toString(), TimeGranularity.DAY, true);
                case "month" -> add(i, u + 2, YearMonth.from(pub).minusMonths(n).toString(), TimeGranularity.MONTH, true);
                case "year" -> add(i, u + 2, String.valueOf(pub.getYear() - n), TimeGranularity.YEAR, true);
                default -> {
                    return i;
                }
            }
            return u + 2;
        }

        /** "on Thursday", "Friday", "last Friday", "next Monday". */
        int weekday(int i) {
            String t = w(i);
            DayOfWeek dow = t.isEmpty() || !Character.isUpperCase(t.charAt(0)) ? null
                    : WEEKDAYS.get(t.toLowerCase(Locale.ROOT));
            if (dow == null) return i;
            if (pub == null) return i + 1;
            int from = i;
            String before = lw(i - 1);
            LocalDate d;
            if (before.equals("last")) {
                from = i - 1;
                d = pub.minusDays(1).with(TemporalAdjusters.previousOrSame(dow));
            } else if (before.equals("next")) {
                from = i - 1;
                d = pub.plusDays(1).with(TemporalAdjusters.nextOrSame(dow));
            } else {
                if (before.equals("on") || before.equals("this")) from = i - 1;
                d = future(i) ? pub.with(TemporalAdjusters.nextOrSame(dow))
                        : pub.with(TemporalAdjusters.previousOrSame(dow));
            }
            // a following "last"/"next" ("Friday next") is not handled; overlap with a previous match is not possible
            if (from < i && !out.isEmpty() && out.get(out.size() - 1).sentence() == s.index()
                    && out.get(out.size() - 1).span().end() > tk.get(from).span().begin()) from = i;
            add(from, i + 1, d.toString(), TimeGranularity.DAY, true);
            return i + 1;
        }

        /** Whether the clause around token i speaks of the future (or the present), judged by its nearest verb group. */
        boolean future(int i) {
            for (int k = Math.max(0, i - 4); k < i; k++) if (lw(k).equals("next") || lw(k).equals("coming")) return true;
            Boolean tense = null;
            for (int k = i - 1; k >= 0 && tense == null; k--) {
                if (isClauseBreak(k)) break;
                tense = tenseOfGroup(k);
            }
            for (int k = i + 1; k < tk.size() && tense == null; k++) {
                if (isClauseBreak(k)) break;
                tense = tenseOfGroup(k);
            }
            return tense != null && tense;
        }

        boolean isClauseBreak(int k) {
            String t = w(k);
            return t.equals(";") || t.equals(":") || lw(k).equals("though") || lw(k).equals("but")
                    || lw(k).equals("while") || lw(k).equals("whereas");
        }

        /**
         * The tense of the verb group whose main verb or auxiliary is token k: TRUE future or present,
         * FALSE past, null if k is no finite verb (a bare participle or gerund, or no verb at all).
         */
        Boolean tenseOfGroup(int k) {
            String p = pos(k);
            if (!p.equals("VERB") && !p.equals("AUX")) return null;
            // look at the auxiliaries and markers before it
            for (int a = k; a >= Math.max(0, k - 4); a--) {
                String x = lw(a);
                if (a < k && !(pos(a).equals("AUX") || pos(a).equals("PART") || pos(a).equals("ADV")
                        || pos(a).equals("VERB") || x.equals("to"))) break;
                if (FUTURE_WORDS.contains(x)) return true;
                if (x.equals("to") && FUTURE_BEFORE_TO.contains(lw(a - 1))) return true;
            }
            // the first word of the group decides
            int first = k;
            while (first - 1 >= 0 && (pos(first - 1).equals("AUX") || pos(first - 1).equals("PART")
                    && !lw(first - 1).equals("to") || pos(first - 1).equals("ADV")) && k - first < 4) first--;
            while (first < k && pos(first).equals("ADV")) first++;
            String x = lw(first);
            if (PAST_AUX.contains(x)) return false;
            if (PRESENT_AUX.contains(x)) {
                // "has met", "have agreed": present perfect speaks of the past
                if ((x.equals("has") || x.equals("have")) && first < k) return false;
                return true;
            }
            if (x.equals("would") || x.equals("could") || x.equals("might")) return null;
            if (x.equals("can") || x.equals("may") || x.equals("must")) return true;
            Token v = tk.get(first);
            String lemma = v.lemma().toLowerCase(Locale.ROOT);
            if (x.endsWith("ing")) return null;
            // the lemmatizer does not know every verb: a regular past form is past whatever its lemma
            if (x.endsWith("ed") && !lemma.endsWith("ed")) return false;
            if (x.endsWith("ed") && x.equals(lemma) && !x.endsWith("eed")) return false;
            // news reports attributions in the present: "officials say", "reports Saturday quote" speak of the past
            if (REPORTING.contains(lemma)) return false;
            if (x.equals(lemma) || x.equals(lemma + "s") || x.equals(lemma + "es")
                    || lemma.endsWith("y") && x.equals(lemma.substring(0, lemma.length() - 1) + "ies")) {
                // "to meet" is no finite verb
                if (lw(first - 1).equals("to")) return null;
                return true;
            }
            return false;
        }

        /** A year standing alone, in a year-like context. */
        int bareYear(int i) {
            int y = year(i);
            if (y == 0 || !pos(i).equals("NUM") && !pos(i).equals("PROPN") && !pos(i).equals("NOUN")) return i;
            String prev = lw(i - 1);
            boolean cue = YEAR_CUES.contains(prev) || prev.equals("mid-");
            // "between 2005 and 2007", "2022-2023"
            if (!cue && (prev.equals("and") || prev.equals("-") || prev.equals("–")) && year(i - 2) > 0) cue = true;
            // "the 2002 elections", "its 2014 annexation": a year modifying a noun
            boolean modifier = (pos(i - 1).equals("DET") || pos(i - 1).equals("PRON") || prev.equals("'s"))
                    && (pos(i + 1).equals("NOUN") || pos(i + 1).equals("PROPN") || pos(i + 1).equals("ADJ"));
            // "In 2014, ..." is covered by the cue; a year alone at the start followed by a comma
            boolean alone = i == 0 && w(i + 1).equals(",") || i == 0 && tk.size() == 1;
            if (!cue && !modifier && !alone) return i;
            // "of 2000 people": a count, not a year
            if (cue && pos(i + 1).equals("NOUN") && !w(i + 1).equals(tk.get(i + 1).lemma())) return i;
            String nx = lw(i + 1);
            if (nx.equals("percent") || nx.equals("%") || nx.equals("per")) return i;
            add(i, i + 1, String.format(Locale.ROOT, "%04d", y), TimeGranularity.YEAR, false);
            return i + 1;
        }
    }
}
