package org.parley.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Cleans the GMB/VOA corpus and maps its types to Parley's.
 *
 * <ol>
 *   <li>The last sentence of the file is dropped when it does not end in sentence-final punctuation (the file is
 *       cut off at Excel's row limit in the middle of its last sentence).</li>
 *   <li>Sentences whose tokens exactly repeat an earlier sentence are dropped (the first one is kept).</li>
 *   <li>Person spans made only of title material ({@code Mr.} tagged B-per, the name tagged org or geo) are
 *       dropped, and the name right after them (an org/geo/gpe span or a run of proper nouns tagged O, at most
 *       three tokens) becomes the person.</li>
 *   <li>Titles are stripped from the start of person spans ({@link Titles#leadingTitleLength}).</li>
 *   <li>Country normalisation: a one-token org or gpe span whose token is, in the whole corpus, tagged as a
 *       one-token geo span at least twice as often as anything else is retyped geo. This is what makes
 *       {@code U.S.} (geo 3,169, org 847, gpe 95) one location; {@code U.S.} inside a longer org span
 *       ({@code U.S. Embassy}) stays part of the organisation.</li>
 *   <li>Mapping: geo → location, per → person, org → organization; gpe → location only when every token is
 *       a proper noun (POS NNP: {@code Nepal}, {@code Sri Lanka}); other gpe (demonyms and adjectives such as
 *       {@code Iraqi}, {@code Americans}) and tim/art/eve/nat become O.</li>
 *   <li>Span conventions ({@link NameRules}): spans are split at {@code , ; / ( )}, function words at their
 *       edges ({@code the Middle East}) are dropped, pieces without an upper-case letter or digit are dropped.</li>
 * </ol>
 */
final class GmbCleaner {

    /** Which of the optional cleaning steps run (dedupe, truncation and the type mapping always run). */
    record Options(boolean stripTitles, boolean normaliseCountries, boolean properNounGpeOnly,
            boolean spanConventions, boolean miscType) {
        static final Options ALL = new Options(true, true, true, true, true);
        static final Options NONE = new Options(false, false, false, false, false);
    }

    /** A cleaned sentence and the number it had in the file. */
    record Cleaned(int number, NerSentence sentence) {
    }

    /** Counts of what the cleaning changed, for the model card. */
    static final class Report {
        int sentencesIn;
        int truncatedDropped;
        int duplicatesDropped;
        int titleOnlySpansDropped;
        int namesAfterTitleRetyped;
        int titlesStripped;
        int countriesRetyped;
        int usRetyped;
        int demonymsDropped;
        int otherTypesDropped;
        int spanConventionFixes;
        final Map<String, Integer> namesOut = new LinkedHashMap<>();
        int sentencesOut;

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sentences read", sentencesIn);
            m.put("truncated last sentence dropped", truncatedDropped);
            m.put("duplicate sentences dropped", duplicatesDropped);
            m.put("title-only person spans dropped", titleOnlySpansDropped);
            m.put("names after a title retyped to person", namesAfterTitleRetyped);
            m.put("person spans with titles stripped", titlesStripped);
            m.put("one-token org/gpe country spans retyped to location", countriesRetyped);
            m.put("  of which U.S.", usRetyped);
            m.put("demonym/adjective gpe spans (to misc, or dropped)", demonymsDropped);
            m.put("tim spans dropped, art/eve/nat spans (to misc, or dropped)", otherTypesDropped);
            m.put("sentences with spans split at , ; / ( ) or trimmed of the/of/and", spanConventionFixes);
            m.put("sentences out", sentencesOut);
            namesOut.forEach((k, v) -> m.put(k + " names out", v));
            return m;
        }
    }

    /** A mutable span during cleaning. */
    private static final class S {
        String type;
        int start;
        int end;

        S(String type, int start, int end) {
            this.type = type;
            this.start = start;
            this.end = end;
        }
    }

    private GmbCleaner() {
    }

    /** Cleans the corpus as read from the file. */
    static List<Cleaned> clean(List<GmbCorpus.Sentence> raw, Options options, Report report) {
        Objects.requireNonNull(raw, "raw");
        report.sentencesIn = raw.size();
        List<GmbCorpus.Sentence> in = new ArrayList<>(raw);
        if (!in.isEmpty() && !endsSentence(in.get(in.size() - 1))) {
            in.remove(in.size() - 1);
            report.truncatedDropped++;
        }
        Set<List<String>> seen = new HashSet<>();
        List<GmbCorpus.Sentence> unique = new ArrayList<>();
        for (GmbCorpus.Sentence s : in) {
            if (seen.add(s.words())) {
                unique.add(s);
            } else {
                report.duplicatesDropped++;
            }
        }
        Set<String> countries = options.normaliseCountries() ? countryTokens(unique) : Set.of();
        List<Cleaned> out = new ArrayList<>(unique.size());
        for (GmbCorpus.Sentence s : unique) {
            out.add(new Cleaned(s.number(), cleanSentence(s, options, countries, report)));
        }
        report.sentencesOut = out.size();
        for (Cleaned c : out) {
            for (Span sp : c.sentence().names()) {
                report.namesOut.merge(sp.getType(), 1, Integer::sum);
            }
        }
        return out;
    }

    static boolean endsSentence(GmbCorpus.Sentence s) {
        String last = s.words().get(s.size() - 1);
        return last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"") || last.equals("'")
                || last.equals(")") || last.equals("...");
    }

    /** Decodes IOB2 tags (an I- tag whose type differs from the open span starts a new span). */
    static List<S> decode(List<String> tags) {
        List<S> spans = new ArrayList<>();
        S open = null;
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            if (t.equals("O") || t.length() < 3 || t.charAt(1) != '-') {
                open = null;
                continue;
            }
            String type = t.substring(2);
            if (t.charAt(0) == 'I' && open != null && open.type.equals(type) && open.end == i) {
                open.end = i + 1;
            } else {
                open = new S(type, i, i + 1);
                spans.add(open);
            }
        }
        return spans;
    }

    /** Tokens that are, as one-token spans, geo at least twice as often as any other type. */
    static Set<String> countryTokens(List<GmbCorpus.Sentence> sentences) {
        Map<String, int[]> counts = new HashMap<>(); // geo, other
        for (GmbCorpus.Sentence s : sentences) {
            for (S sp : decode(s.tags())) {
                if (sp.end - sp.start == 1) {
                    int[] c = counts.computeIfAbsent(s.words().get(sp.start), k -> new int[2]);
                    c[sp.type.equals("geo") ? 0 : 1]++;
                }
            }
        }
        Set<String> out = new HashSet<>();
        counts.forEach((w, c) -> {
            if (c[0] >= 5 && c[0] >= 2 * c[1]) {
                out.add(w);
            }
        });
        return out;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    static NerSentence cleanSentence(GmbCorpus.Sentence s, Options o, Set<String> countries, Report report) {
        List<String> w = s.words();
        List<String> pos = s.pos();
        List<S> spans = decode(s.tags());
        java.util.function.IntPredicate adjective = i -> pos.get(i).startsWith("JJ");

        if (o.stripTitles()) {
            List<S> kept = new ArrayList<>();
            for (int k = 0; k < spans.size(); k++) {
                S sp = spans.get(k);
                if (!sp.type.equals("per")) {
                    kept.add(sp);
                    continue;
                }
                int strip = Titles.leadingTitleLength(w, sp.start, sp.end, adjective);
                if (strip == sp.end - sp.start) {
                    report.titleOnlySpansDropped++;
                    S next = k + 1 < spans.size() ? spans.get(k + 1) : null;
                    int after = sp.end; // skip more title words tagged O ("Prime/B-per Minister/O")
                    while (after < w.size() && (next == null || after < next.start) && Titles.isTitle(w.get(after))) {
                        after++;
                    }
                    if (next != null && next.start == after
                            && (next.type.equals("org") || next.type.equals("geo") || next.type.equals("gpe"))
                            && next.end - next.start <= 3 && allCapitalised(w, next.start, next.end)) {
                        next.type = "per";
                        report.namesAfterTitleRetyped++;
                    } else if (next == null || next.start > after) {
                        int e = after;
                        while (e < w.size() && e - after < 3 && pos.get(e).equals("NNP") && capitalised(w.get(e))
                                && !Titles.isTitle(w.get(e)) && (next == null || e < next.start)) {
                            e++;
                        }
                        if (e > after) {
                            kept.add(new S("per", after, e));
                            report.namesAfterTitleRetyped++;
                        }
                    }
                    continue;
                }
                if (strip > 0) {
                    sp.start += strip;
                    report.titlesStripped++;
                }
                kept.add(sp);
            }
            spans = kept;
        }

        List<Span> out = new ArrayList<>();
        for (S sp : spans) {
            boolean one = sp.end - sp.start == 1;
            if (one && o.normaliseCountries() && (sp.type.equals("org") || sp.type.equals("gpe"))
                    && countries.contains(w.get(sp.start))) {
                report.countriesRetyped++;
                if (w.get(sp.start).equals("U.S.")) {
                    report.usRetyped++;
                }
                sp.type = "geo";
            }
            String type;
            switch (sp.type) {
                case "geo": type = NerTypes.LOCATION; break;
                case "per": type = NerTypes.PERSON; break;
                case "org": type = NerTypes.ORGANIZATION; break;
                case "gpe":
                    if (!o.properNounGpeOnly() || allProperNouns(pos, sp.start, sp.end)) {
                        type = NerTypes.LOCATION;
                    } else {
                        type = o.miscType() ? NerTypes.MISC : null;
                        report.demonymsDropped++;
                    }
                    break;
                case "art":
                case "eve":
                case "nat":
                    type = o.miscType() ? NerTypes.MISC : null;
                    report.otherTypesDropped++;
                    break;
                default:
                    type = null;
                    report.otherTypesDropped++;
            }
            if (type != null) {
                out.add(new Span(sp.start, sp.end, type));
            }
        }
        out.sort(null);
        if (o.spanConventions()) {
            List<Span> conv = NameRules.apply(w.toArray(new String[0]), out, null,
                    java.util.EnumSet.of(NameRules.Rule.CONVENTIONS));
            if (!conv.equals(out)) {
                report.spanConventionFixes++;
            }
            out = conv;
        }
        return new NerSentence(w, out);
    }

    private static boolean allCapitalised(List<String> w, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!capitalised(w.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allProperNouns(List<String> pos, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!pos.get(i).equals("NNP")) {
                return false;
            }
        }
        return true;
    }
}
