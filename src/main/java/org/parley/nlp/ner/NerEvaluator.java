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
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(finder, "finder");
        Map<String, int[]> c = new HashMap<>();
        int n = 0;
        for (List<NerSentence> doc : documents) {
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
                count(doc.get(i).names(), found.get(i) == null ? List.of() : List.of(found.get(i)), c);
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
