package org.parley.extract.event;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Quantity;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.TimeExpression;
import org.parley.model.TimeGranularity;
import org.parley.model.Token;

/**
 * Test inputs built from the real text while the real time and quantity finders are not merged: absolute
 * dates ("May 17, 2025", "16 May 2025", "March 2022", "2019") and "number + noun" amounts. Tests assert on
 * the events, never on these values.
 */
final class TextInputs {
    private TextInputs() {}

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern MDY = Pattern.compile("\\b(" + MONTHS + ") (\\d{1,2}), (\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ") (\\d{4})\\b");
    private static final Pattern MY = Pattern.compile("\\b(" + MONTHS + ") (\\d{4})\\b");
    private static final Pattern Y = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("dozens", 24L), Map.entry("hundreds", 200L));

    static List<TimeExpression> times(AnnotatedArticle a) {
        String text = a.article().text();
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            String st = s.span().cover(text);
            List<TextSpan> taken = new ArrayList<>();
            for (Pattern p : List.of(MDY, DMY, MY, Y)) {
                Matcher m = p.matcher(st);
                while (m.find()) {
                    TextSpan span = new TextSpan(s.span().begin() + m.start(), s.span().begin() + m.end());
                    if (taken.stream().anyMatch(t -> t.overlaps(span))) continue;
                    String value;
                    TimeGranularity g;
                    if (p == MDY) { value = String.format("%s-%02d-%02d", m.group(3), month(m.group(1)), Integer.parseInt(m.group(2))); g = TimeGranularity.DAY; }
                    else if (p == DMY) { value = String.format("%s-%02d-%02d", m.group(3), month(m.group(2)), Integer.parseInt(m.group(1))); g = TimeGranularity.DAY; }
                    else if (p == MY) { value = String.format("%s-%02d", m.group(2), month(m.group(1))); g = TimeGranularity.MONTH; }
                    else { value = m.group(1); g = TimeGranularity.YEAR; }
                    taken.add(span);
                    out.add(new TimeExpression(s.index(), span, m.group(), value, g, false));
                }
            }
        }
        return out;
    }

    private static int month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    static List<Quantity> quantities(AnnotatedArticle a) {
        String text = a.article().text();
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String w = t.get(i).text().toLowerCase(Locale.ROOT).replace(",", "");
                Long v = w.matches("\\d+") ? Long.valueOf(w) : WORDS.get(w);
                if (v == null || !(t.get(i).pos().equals("NUM") || WORDS.containsKey(w))) continue;
                if (i > 0 && t.get(i - 1).text().matches("(?i)" + MONTHS)) continue;
                if (w.matches("(19|20)\\d\\d")) continue;
                int j = i + 1;
                if (j < t.size() && t.get(j).text().equals("-")) j++;
                String unit = j < t.size() && t.get(j).pos().equals("NOUN") ? t.get(j).lemma().toLowerCase(Locale.ROOT) : null;
                int end = unit == null ? i : j;
                if (unit == null && i > 0 && (t.get(i - 1).lemma().equals("injure") || t.get(i - 1).lemma().equals("kill")))
                    unit = "people";
                if (unit == null) continue;
                String per = null;
                for (int k = end + 1; k < Math.min(t.size(), end + 5); k++) {
                    String x = t.get(k).text().toLowerCase(Locale.ROOT);
                    if (x.equals("side") && t.get(k - 1).text().equalsIgnoreCase("each")) per = "side";
                    if (x.equals("weekly")) per = "week";
                }
                TextSpan span = new TextSpan(t.get(i).span().begin(), t.get(end).span().end());
                out.add(new Quantity(s.index(), span, span.cover(text), v, unit, per));
                i = end;
            }
        }
        return out;
    }
}
