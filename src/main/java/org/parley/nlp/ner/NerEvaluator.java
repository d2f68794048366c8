package org.parley.nlp.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import opennlp.tools.util.Span;

/**
 * Scores a span finder against gold sentences: exact spans (same start, end and type) for the
 * {@link NerTypes}; predicted spans of any other type are ignored, as gold MISC spans are never read.
 */
public final class NerEvaluator {
    private NerEvaluator() {
    }

    /**
     * Runs {@code finder} on every gold sentence and counts matches.
     *
     * @param gold the gold sentences
     * @param finder the recogniser under test: tokens in, typed token spans out
     */
    public static NerScores evaluate(List<NerSentence> gold, Function<String[], Span[]> finder) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(finder, "finder");
        Map<String, int[]> c = new HashMap<>();
        for (NerSentence s : gold) {
            Span[] found = finder.apply(s.tokenArray());
            count(s.names(), found == null ? List.of() : List.of(found), c);
        }
        Map<String, NerScores.Counts> counts = new HashMap<>();
        c.forEach((t, v) -> counts.put(t, new NerScores.Counts(v[0], v[1], v[2])));
        return new NerScores(counts, gold.size());
    }

    /**
     * Runs {@code finder} on every gold document (a list of sentences, as an article) and counts matches.
     *
     * @param finder the recogniser under test: a document's sentences in, one span array per sentence out
     */
    public static NerScores evaluateDocuments(List<List<NerSentence>> documents,
            Function<List<String[]>, List<Span[]>> finder) {
        return evaluateDocuments(documents, finder, null);
    }

    /**
     * As {@link #evaluateDocuments(List, Function)}, and writes every error to {@code errors} (when not null),
     * one tab-separated line each: document, sentence, {@code FP} (found, not in the gold) or {@code FN} (in the
     * gold, not found), type, the span's words, and the other side's spans that overlap it ({@code -} if none).
     */
    public static NerScores evaluateDocuments(List<List<NerSentence>> documents,
            Function<List<String[]>, List<Span[]>> finder, java.io.PrintWriter errors) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(finder, "finder");
        Map<String, int[]> c = new HashMap<>();
        int n = 0;
        int docNumber = 0;
        for (List<NerSentence> doc : documents) {
            docNumber++;
            List<String[]> tokens = new java.util.ArrayList<>(doc.size());
            for (NerSentence s : doc) {
                tokens.add(s.tokenArray());
            }
            List<Span[]> found = finder.apply(tokens);
            if (found.size() != doc.size()) {
                throw new IllegalStateException("finder returned " + found.size() + " results for "
                        + doc.size() + " sentences");
            }
            for (int i = 0; i < doc.size(); i++) {
                List<Span> f = found.get(i) == null ? List.of() : List.of(found.get(i));
                count(doc.get(i).names(), f, c);
                if (errors != null) {
                    writeErrors(errors, docNumber, i + 1, doc.get(i), f);
                }
            }
            n += doc.size();
        }
        Map<String, NerScores.Counts> counts = new HashMap<>();
        c.forEach((t, v) -> counts.put(t, new NerScores.Counts(v[0], v[1], v[2])));
        return new NerScores(counts, n);
    }

    /**
     * Scores Parley's finder on a CoNLL file. With {@code byDocument}, a file with {@code -DOCSTART-} lines is
     * read as documents and run through {@link ParleyNameFinder#findDocument} (names repeated within an
     * article are found again, as when Parley reads articles); otherwise sentence by sentence.
     */
    public static NerScores evaluate(java.nio.file.Path conll, ParleyNameFinder finder, boolean byDocument)
            throws java.io.IOException {
        Objects.requireNonNull(finder, "finder");
        List<List<NerSentence>> docs = ConllReader.readDocuments(conll);
        if (byDocument) {
            return evaluateDocuments(docs, finder::findDocument);
        }
        List<NerSentence> all = new java.util.ArrayList<>();
        docs.forEach(all::addAll);
        return evaluate(all, finder);
    }

    private static void writeErrors(java.io.PrintWriter out, int document, int sentence, NerSentence gold,
            List<Span> found) {
        List<Span> g = typed(gold.names());
        List<Span> f = typed(found);
        String[] words = gold.tokenArray();
        for (Span s : f) {
            if (!g.contains(s)) {
                out.println(document + "\t" + sentence + "\tFP\t" + s.getType() + "\t" + text(words, s) + "\t" + overlapping(words, s, g));
            }
        }
        for (Span s : g) {
            if (!f.contains(s)) {
                out.println(document + "\t" + sentence + "\tFN\t" + s.getType() + "\t" + text(words, s) + "\t" + overlapping(words, s, f));
            }
        }
    }

    private static List<Span> typed(List<Span> spans) {
        List<Span> out = new java.util.ArrayList<>();
        for (Span s : spans) {
            if (NerTypes.ALL.contains(s.getType())) {
                Span plain = new Span(s.getStart(), s.getEnd(), s.getType());
                if (!out.contains(plain)) {
                    out.add(plain);
                }
            }
        }
        return out;
    }

    private static String text(String[] words, Span s) {
        return String.join(" ", java.util.Arrays.asList(words).subList(s.getStart(), s.getEnd()));
    }

    private static String overlapping(String[] words, Span s, List<Span> others) {
        StringBuilder b = new StringBuilder();
        for (Span o : others) {
            if (o.intersects(s)) {
                b.append(b.length() == 0 ? "" : " | ").append(o.getType()).append(':').append(text(words, o));
            }
        }
        return b.length() == 0 ? "-" : b.toString();
    }

    /** Adds one sentence's true positives, false positives and false negatives per type to {@code c}. */
    static void count(List<Span> gold, List<Span> found, Map<String, int[]> c) {
        Set<Span> goldSet = new HashSet<>();
        for (Span g : gold) {
            if (NerTypes.ALL.contains(g.getType())) {
                goldSet.add(g);
            }
        }
        Set<Span> foundSet = new HashSet<>();
        for (Span f : found) {
            if (NerTypes.ALL.contains(f.getType())) {
                foundSet.add(new Span(f.getStart(), f.getEnd(), f.getType()));
            }
        }
        for (Span f : foundSet) {
            int[] v = c.computeIfAbsent(f.getType(), k -> new int[3]);
            if (goldSet.contains(f)) {
                v[0]++;
            } else {
                v[1]++;
            }
        }
        for (Span g : goldSet) {
            if (!foundSet.contains(g)) {
                c.computeIfAbsent(g.getType(), k -> new int[3])[2]++;
            }
        }
    }
}
