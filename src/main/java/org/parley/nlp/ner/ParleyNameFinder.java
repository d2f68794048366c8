package org.parley.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Parley's name recogniser: the trained model followed by fixed span-convention rules (see {@link NameRules});
 * {@link #findDocument} also finds again, within one article, names the article has already given. Stateless
 * between calls. Not thread-safe (one instance per thread); the loaded model can be shared.
 */
public final class ParleyNameFinder implements Function<String[], Span[]> {
    /** Class-path location of the committed model. */
    public static final String MODEL_RESOURCE = "/org/parley/nlp/ner/parley-ner-en.bin";

    /** OpenNLP's decoder, used when the model is not a perceptron. */
    private final NameFinderME finder;
    /** The same search with each token's features scored once (null when the model is not a perceptron). */
    private final PerceptronNameDecoder decoder;

    static {
        ClusterDictionary.allowLoading();
    }
    private final java.util.Set<NameRules.Rule> rules;
    private final Dictionary locations;
    private final NameLists lists;

    /** A finder for a model, with the rules. */
    public ParleyNameFinder(TokenNameFinderModel model) {
        this(model, true);
    }

    /**
     * A finder for a model.
     *
     * @param rules whether the post-processing rules run (false: the bare model, for measuring)
     */
    public ParleyNameFinder(TokenNameFinderModel model, boolean rules) {
        this(model, rules ? NameRules.DEFAULT : java.util.EnumSet.noneOf(NameRules.Rule.class));
    }

    ParleyNameFinder(TokenNameFinderModel model, java.util.Set<NameRules.Rule> rules) {
        this.decoder = PerceptronNameDecoder.of(Objects.requireNonNull(model, "model"));
        this.finder = decoder == null ? new NameFinderME(model) : null;
        this.rules = java.util.Set.copyOf(rules);
        Object d = model.getArtifact(NerTrainer.LOCATION_DICTIONARY);
        this.locations = d instanceof Dictionary dict ? dict : null;
        Object l = model.getArtifact(NerTrainer.NAME_LISTS);
        this.lists = l instanceof NameLists nl ? nl : null;
    }

    /** Loads the committed model from the class path. */
    public static TokenNameFinderModel loadDefaultModel() throws IOException {
        try (InputStream in = ParleyNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IOException("model resource " + MODEL_RESOURCE + " missing");
            }
            return new TokenNameFinderModel(in);
        }
    }

    /** Loads a model file. */
    public static TokenNameFinderModel loadModel(Path file) throws IOException {
        return new TokenNameFinderModel(Objects.requireNonNull(file, "file"));
    }

    /** Finds the names in one tokenised sentence: spans typed with {@link NerTypes}, sorted, not overlapping. */
    public Span[] find(String[] tokens) {
        Objects.requireNonNull(tokens, "tokens");
        if (tokens.length == 0) {
            return new Span[0];
        }
        Span[] found;
        if (decoder != null) {
            found = decoder.find(tokens);
        } else {
            found = finder.find(tokens);
            finder.clearAdaptiveData();
        }
        List<Span> spans = new ArrayList<>(found.length);
        for (Span s : found) {
            if (NerTypes.ALL.contains(s.getType())) {
                spans.add(new Span(s.getStart(), s.getEnd(), s.getType()));
            }
        }
        if (!rules.isEmpty()) {
            spans = NameRules.apply(tokens, spans, locations, lists, rules);
        }
        return spans.toArray(new Span[0]);
    }

    /**
     * Finds the names in a document (an article): every sentence as {@link #find}, then names the document
     * has already given are found again where the model missed them. A run of capitalised tokens that no span
     * covers (and that is not part of a longer capitalised run) gets the type of a name with exactly that text
     * found elsewhere in the document; a single capitalised token that is the last token of a multi-token
     * person name found elsewhere (a surname: "Bobick" after "Brian Bobick") becomes a person.
     *
     * @return one span array per sentence, in order
     */
    public List<Span[]> findDocument(List<String[]> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        List<Span[]> first = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            first.add(find(s));
        }
        return rules.isEmpty() ? first : propagate(sentences, first, rules.contains(NameRules.Rule.DOCUMENT_TYPES),
                rules.contains(NameRules.Rule.NAME_PARTS), listedOtherwise());
    }

    /** {@link #propagate(List, List, boolean)} without retyping. */
    static List<Span[]> propagate(List<String[]> sentences, List<Span[]> first) {
        return propagate(sentences, first, false);
    }

    /** The second pass of {@link #findDocument}: names found somewhere in the document, found again. */
    static List<Span[]> propagate(List<String[]> sentences, List<Span[]> first, boolean retype) {
        return propagate(sentences, first, retype, false);
    }

    /**
     * The second pass of {@link #findDocument}; with {@code nameParts}, a one-word name typed otherwise that is
     * the first or the last word of a person name of two or more words in the document ("Angelo" after "Angelo
     * Fresquet") becomes a person.
     */
    static List<Span[]> propagate(List<String[]> sentences, List<Span[]> first, boolean retype, boolean nameParts) {
        return propagate(sentences, first, retype, nameParts, w -> false);
    }

    /**
     * Words that {@link NameRules.Rule#LIST_TYPES} gives a type other than person: the name lists hold them as
     * locations or organizations only and the model was not trained on them. {@link NameRules.Rule#NAME_PARTS}
     * leaves them alone (the lists know "Caloi" is a company although "Bruno Caloi" founded it).
     */
    private java.util.function.Predicate<String> listedOtherwise() {
        if (lists == null || !rules.contains(NameRules.Rule.LIST_TYPES)) {
            return w -> false;
        }
        return w -> {
            String t = NameRules.listType(w, lists);
            return t != null && !t.equals(NerTypes.PERSON);
        };
    }

    /**
     * {@link #propagate(List, List, boolean, boolean)}; name parts that {@code listedOtherwise} accepts keep
     * their type.
     */
    static List<Span[]> propagate(List<String[]> sentences, List<Span[]> first, boolean retype, boolean nameParts,
            java.util.function.Predicate<String> listedOtherwise) {
        java.util.Map<String, java.util.Map<String, Integer>> typeVotes = new java.util.HashMap<>();
        java.util.Set<String> surnames = new java.util.HashSet<>();
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (int k = 0; k < sentences.size(); k++) {
            String[] s = sentences.get(k);
            for (Span sp : first.get(k)) {
                String text = String.join(" ", java.util.Arrays.asList(s).subList(sp.getStart(), sp.getEnd()));
                typeVotes.computeIfAbsent(text, x -> new java.util.TreeMap<>()).merge(sp.getType(), 1, Integer::sum);
                if (sp.getType().equals(NerTypes.PERSON) && sp.length() >= 2) {
                    surnames.add(s[sp.getEnd() - 1]);
                    parts.add(s[sp.getEnd() - 1]);
                    parts.add(s[sp.getStart()]);
                }
            }
        }
        java.util.Map<String, String> known = new java.util.HashMap<>();
        java.util.Set<String> tied = new java.util.HashSet<>();
        typeVotes.forEach((text, votes) -> {
            int top = java.util.Collections.max(votes.values());
            known.put(text, votes.entrySet().stream().filter(v -> v.getValue() == top).findFirst().get().getKey());
            if (votes.values().stream().filter(v -> v == top).count() > 1) {
                tied.add(text);
            }
        });
        List<Span[]> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            String[] s = sentences.get(k);
            boolean[] covered = new boolean[s.length];
            List<Span> spans = new ArrayList<>(first.get(k).length);
            for (Span sp : first.get(k)) {
                String text = String.join(" ", java.util.Arrays.asList(s).subList(sp.getStart(), sp.getEnd()));
                String type = known.get(text);
                boolean change = retype && !tied.contains(text) && !type.equals(sp.getType());
                if (nameParts && sp.length() == 1 && !sp.getType().equals(NerTypes.PERSON) && parts.contains(text)
                        && !listedOtherwise.test(text)) {
                    type = NerTypes.PERSON;
                    change = true;
                }
                spans.add(change ? new Span(sp.getStart(), sp.getEnd(), type) : sp);
            }
            for (Span sp : spans) {
                for (int i = sp.getStart(); i < sp.getEnd(); i++) {
                    covered[i] = true;
                }
            }
            int i = 0;
            while (i < s.length) {
                if (covered[i] || !capitalised(s[i])) {
                    i++;
                    continue;
                }
                int e = i;
                while (e < s.length && !covered[e] && capitalised(s[e])) {
                    e++;
                }
                boolean free = (i == 0 || !capitalised(s[i - 1])) && (e == s.length || !capitalised(s[e]));
                if (free) {
                    String text = String.join(" ", java.util.Arrays.asList(s).subList(i, e));
                    String type = known.get(text);
                    if (type == null && e - i == 1 && surnames.contains(text)
                            || type != null && nameParts && e - i == 1 && parts.contains(text)) {
                        type = NerTypes.PERSON;
                    }
                    if (type != null) {
                        spans.add(new Span(i, e, type));
                    }
                }
                i = e;
            }
            spans.sort(null);
            out.add(spans.toArray(new Span[0]));
        }
        return out;
    }

    private static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    @Override
    public Span[] apply(String[] tokens) {
        return find(tokens);
    }
}
