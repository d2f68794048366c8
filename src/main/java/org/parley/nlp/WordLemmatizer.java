package org.parley.nlp;

import java.util.Objects;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's statistical lemmatizer asked about one word at a time, without its beam search.
 *
 * <p>{@code LemmatizerME} decodes through a beam search even for a one-word sequence: it scores the word's context
 * once and then sorts a copy of all the scores (one per edit script the model knows: 860 for the English model) to
 * find the beam's threshold, for every word. For one word the best sequence is simply the edit script with the
 * highest score, so this class scores the same context with the same model and takes the highest. The lemma is the
 * one {@code LemmatizerME.lemmatize} gives; {@code WordLemmatizerIT} compares the two on every open-class word of the
 * sample articles, wikigold and 1,000 held-out VOA sentences.
 *
 * <p>When the model's classifier is not a plain {@link MaxentModel} (a model trained as a sequence classifier), the
 * words go to {@code LemmatizerME}. Not thread-safe (neither is {@code LemmatizerME}): one per worker.
 */
final class WordLemmatizer {
    private final MaxentModel classifier;
    private final LemmatizerContextGenerator contexts;
    private final LemmatizerME fallback;
    private final String[] word = new String[1];
    private final String[] tag = new String[1];
    private final Object[] tags = {tag};
    private static final String[] NO_OUTCOMES = new String[0];

    WordLemmatizer(LemmatizerModel model) {
        Objects.requireNonNull(model, "model");
        Object artifact = model.getArtifact("lemmatizer.model");
        if (artifact instanceof MaxentModel m) {
            this.classifier = m;
            this.contexts = model.getFactory().getContextGenerator();
            this.fallback = null;
        } else {
            this.classifier = null;
            this.contexts = null;
            this.fallback = new LemmatizerME(model);
        }
    }

    /** Whether words are scored here rather than by {@code LemmatizerME}. */
    boolean direct() {
        return classifier != null;
    }

    /**
     * The lemma of one word with its tag, as {@code LemmatizerME.lemmatize(new String[] {w}, new String[] {t})}
     * gives it: an array of one lemma ({@code "O"} when the model has none for the word).
     */
    String[] lemmatize(String w, String t) {
        Objects.requireNonNull(w, "w");
        Objects.requireNonNull(t, "t");
        word[0] = w;
        tag[0] = t;
        if (classifier == null) return fallback.lemmatize(word.clone(), tag.clone());
        double[] scores = classifier.eval(contexts.getContext(0, word, NO_OUTCOMES, tags));
        int best = 0;
        for (int o = 1; o < scores.length; o++) {
            if (scores[o] > scores[best]) best = o;
        }
        return LemmatizerME.decodeLemmas(word.clone(), new String[] {classifier.getOutcome(best)});
    }
}
