package org.parley.nlp.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The beam search of OpenNLP's {@code NameFinderME} for a perceptron model, with the same answers for less work.
 *
 * <p>{@code NameFinderME} builds a token's whole context, and has the model score it, once for every sequence in
 * the beam (three by default), although only the last four features of the context ({@code po=}, {@code pow=},
 * {@code powf=}, {@code ppo=}: the previous outcomes) differ between the sequences; the configured feature
 * generators do not read the previous outcomes. This decoder builds each token's other features once, sums their
 * weights once, and adds only the four outcome features per sequence. A perceptron's score of a context is the sum
 * of its features' weights taken in order, then normalised; the token's features come first in the context, so
 * starting from their sum and adding the outcome features performs the same additions in the same order, and the
 * scores are the same to the last bit. The search itself (beam, priority queues, ties, the sequence validator, the
 * fallback when no outcome clears the beam) is the one {@code BeamSearch} runs. {@code PerceptronNameDecoderIT}
 * checks that the spans equal {@code NameFinderME}'s on thousands of sentences.
 *
 * <p>Not thread-safe (the context generator caches features): one instance per worker; the model can be shared.
 */
final class PerceptronNameDecoder {
    private static final int MIN_SEQUENCE_SCORE = -100000;

    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final int beamSize;
    private final NameContextGenerator contexts;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final double[] scores;
    /** The token features' weights with one-word features looked up once per word; null: the generic strings. */
    private final TokenScorer scorer;
    /** The weights of the previous-outcome features, looked up once per outcome, word and shape. */
    private final OutcomeFeatures outcomeFeatures;

    private PerceptronNameDecoder(TokenNameFinderModel model, PerceptronModel perceptron) {
        Object[] data = perceptron.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.predicates = pmap;
        this.outcomes = ((String[]) data[2]).clone();
        TokenNameFinderFactory factory = model.getFactory();
        this.codec = factory.createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.contexts = factory.createContextGenerator();
        String beam = model.getManifestProperty("BeamSize");
        this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.scores = new double[outcomes.length];
        this.scorer = TokenScorer.of(model, pmap);
        this.outcomeFeatures = new OutcomeFeatures(pmap, outcomes);
    }

    /**
     * A decoder for {@code model}, or null when its classifier is not a perceptron (then {@code NameFinderME} is
     * the decoder to use).
     */
    static PerceptronNameDecoder of(TokenNameFinderModel model) {
        Objects.requireNonNull(model, "model");
        Object classifier = model.getArtifact("nameFinder.model");
        return classifier instanceof PerceptronModel p ? new PerceptronNameDecoder(model, p) : null;
    }

    /** The names in one tokenised sentence, typed, as {@code NameFinderME.find} gives them (without probabilities). */
    Span[] find(String[] tokens) {
        Objects.requireNonNull(tokens, "tokens");
        int n = outcomes.length;
        PriorityQueue<Sequence> prev = new PriorityQueue<>(beamSize), next = new PriorityQueue<>(beamSize), swap;
        prev.add(new Sequence());
        double[] tokenSums = new double[n];
        double[] sorted = new double[n];
        TokenScorer.Weights[][][] rows = rows(tokens);
        for (int i = 0; i < tokens.length; i++) {
            // the token's own features, without the previous outcomes (preds == null), summed once
            tokenSums(tokens, rows, i, tokenSums);
            String word = tokens[i];
            String shape = FeatureGeneratorUtil.tokenFeature(word);
            Context[] withWord = outcomeFeatures.withWord(word);
            Context[] withShape = outcomeFeatures.withShape(shape);
            int sz = Math.min(beamSize, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                String[] before = top.getOutcomes().toArray(new String[0]);
                int po = outcomeFeatures.index(i > 0 ? before[i - 1] : NameFinderME.OTHER);
                int ppo = outcomeFeatures.index(i > 1 ? before[i - 2] : NameFinderME.OTHER);
                System.arraycopy(tokenSums, 0, scores, 0, n);
                add(outcomeFeatures.previous(po), scores);
                add(withWord[po], scores);
                add(withShape[po], scores);
                add(outcomeFeatures.beforePrevious(ppo), scores);
                normalise(scores);
                System.arraycopy(scores, 0, sorted, 0, n);
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, n - beamSize)];
                for (int p = 0; p < n; p++) {
                    if (scores[p] >= min && validator.validSequence(i, tokens, before, outcomes[p])) {
                        Sequence ns = new Sequence(top, outcomes[p], scores[p]);
                        if (ns.getScore() > MIN_SEQUENCE_SCORE) next.add(ns);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < n; p++) {
                        if (validator.validSequence(i, tokens, before, outcomes[p])) {
                            Sequence ns = new Sequence(top, outcomes[p], scores[p]);
                            if (ns.getScore() > MIN_SEQUENCE_SCORE) next.add(ns);
                        }
                    }
                }
            }
            prev.clear();
            swap = prev;
            prev = next;
            next = swap;
        }
        endSentence();
        if (prev.isEmpty()) return new Span[0];
        return codec.decode(prev.remove().getOutcomes());
    }

    /**
     * Sets {@code sums} to the weights of token {@code i}'s features but the previous outcomes: through the
     * {@link TokenScorer} when {@code rows} (its word tables for {@code tokens}) is given, else from the context
     * generator's strings.
     */
    void tokenSums(String[] tokens, TokenScorer.Weights[][][] rows, int i, double[] sums) {
        Arrays.fill(sums, 0);
        if (rows != null) {
            scorer.add(tokens, rows, i, sums);
            return;
        }
        for (String feature : contexts.getContext(i, tokens, null, NO_CONTEXT)) {
            add(predicates.get(feature), sums);
        }
    }

    private static final Object[] NO_CONTEXT = new Object[0];

    /** The scorer's word tables for a sentence, or null when this decoder has no scorer. */
    TokenScorer.Weights[][][] rows(String[] tokens) {
        return scorer == null ? null : scorer.rows(tokens);
    }

    /** Number of the scorer's dictionary generators that find names with {@link FastDictionaryFeatureGenerator}. */
    int fastDictionaryParts() {
        return scorer == null ? 0 : scorer.fastDictionaryParts();
    }

    /** Number of outcomes (the length of a sums array). */
    int outcomeCount() {
        return outcomes.length;
    }

    /** Ends a sentence for the generators that keep per-sentence data (after {@link #tokenSums} calls on it). */
    void endSentence() {
        contexts.clearAdaptiveData();
        if (scorer != null) scorer.endSentence();
    }

    /**
     * The model's weights of the features that the previous outcomes add to a token's context ({@code po=O},
     * {@code pow=O,word}, {@code powf=O,shape}, {@code ppo=O}), by outcome index: looked up once per outcome, and once
     * per word and per word shape (then kept), instead of building and hashing four strings for every sequence of the
     * beam at every token. Null entries: features the model never saw. Outcomes not among the model's (only the
     * start symbol {@code other}, when the model lacks it) are given the index {@code outcomes.length}.
     */
    private static final class OutcomeFeatures {
        /** Words whose features are kept (a few hundred bytes each); emptied when full. */
        static final int MAX_WORDS = 20_000;
        private final Map<String, Context> predicates;
        private final String[] outcomes;
        private final Map<String, Integer> index = new java.util.HashMap<>();
        private final Context[] previous, beforePrevious;
        private final Map<String, Context[]> words = new java.util.HashMap<>();
        private final Map<String, Context[]> shapes = new java.util.HashMap<>();

        OutcomeFeatures(Map<String, Context> predicates, String[] modelOutcomes) {
            this.predicates = predicates;
            List<String> all = new java.util.ArrayList<>(List.of(modelOutcomes));
            if (!all.contains(NameFinderME.OTHER)) all.add(NameFinderME.OTHER);
            this.outcomes = all.toArray(new String[0]);
            this.previous = new Context[outcomes.length];
            this.beforePrevious = new Context[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) {
                index.put(outcomes[o], o);
                previous[o] = predicates.get("po=" + outcomes[o]);
                beforePrevious[o] = predicates.get("ppo=" + outcomes[o]);
            }
        }

        int index(String outcome) {
            Integer i = index.get(outcome);
            if (i == null) throw new IllegalStateException("an outcome the model does not have: " + outcome);
            return i;
        }

        Context previous(int outcome) {
            return previous[outcome];
        }

        Context beforePrevious(int outcome) {
            return beforePrevious[outcome];
        }

        /** The {@code pow=O,word} features by outcome index. */
        Context[] withWord(String word) {
            Context[] c = words.get(word);
            if (c == null) {
                if (words.size() >= MAX_WORDS) words.clear();
                c = lookUp("pow=", word);
                words.put(word, c);
            }
            return c;
        }

        /** The {@code powf=O,shape} features by outcome index. */
        Context[] withShape(String shape) {
            return shapes.computeIfAbsent(shape, s -> lookUp("powf=", s));
        }

        private Context[] lookUp(String prefix, String value) {
            Context[] c = new Context[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) c[o] = predicates.get(prefix + outcomes[o] + "," + value);
            return c;
        }
    }

    /** Adds a feature's weights, as OpenNLP's {@code ArrayMath.sumFeatures} does (its factor of 1 changes no double); unknown features add nothing. */
    static void add(Context feature, double[] sums) {
        if (feature == null) return;
        int[] active = feature.getOutcomes();
        double[] weights = feature.getParameters();
        for (int a = 0; a < active.length; a++) {
            sums[active[a]] += weights[a];
        }
    }

    /** The perceptron's normalisation ({@code PerceptronModel.eval}): scale by the largest magnitude, softmax. */
    private static void normalise(double[] prior) {
        double maxPrior = 1;
        for (double v : prior) {
            if (maxPrior < StrictMath.abs(v)) maxPrior = StrictMath.abs(v);
        }
        double normal = 0.0;
        for (int o = 0; o < prior.length; o++) {
            prior[o] = StrictMath.exp(prior[o] / maxPrior);
            normal += prior[o];
        }
        for (int o = 0; o < prior.length; o++) {
            prior[o] /= normal;
        }
    }
}
