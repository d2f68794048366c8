package org.parley.nlp.ner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Name-finder features from {@link NameLists}: for each listed name that covers the current token, a feature
 * {@code <prefix>=<type>:<position>}, the position being U (the name is this one token), B, I or L (first,
 * inside, last token of a longer name). The model learns from the training data how far each list is to be
 * trusted. Descriptor element: {@code <generator class="org.parley.nlp.ner.NameListFeatureGeneratorFactory">
 * <str name="dict">KEY</str></generator>}; the resource {@code KEY} is stored in the model. Public for OpenNLP's
 * reflective loading.
 */
public final class NameListFeatureGeneratorFactory extends LexiconFeatureGeneratorFactory<NameLists> {
    public NameListFeatureGeneratorFactory() {
        super(NameLists.class, "nl");
    }

    @Override
    AdaptiveFeatureGenerator create(NameLists lexicon, String prefix) {
        return new Generator(lexicon, prefix);
    }

    @Override
    ArtifactSerializer<NameLists> serializer() {
        return new NameLists.Serializer();
    }

    /**
     * The features of one token. Matches are computed once per sentence (the tokens of the last sentence are
     * remembered and compared, so a reused array with new tokens is a new sentence); an instance is not
     * thread-safe.
     */
    static final class Generator implements AdaptiveFeatureGenerator {
        private final NameLists lists;
        private final String prefix;
        private final List<String> types;
        private String[] sentence;
        private List<List<String>> perToken;

        Generator(NameLists lists, String prefix) {
            this.lists = lists;
            this.prefix = prefix;
            this.types = lists.types();
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (!sameSentence(tokens)) {
                sentence = tokens.clone();
                perToken = tokenFeatures(tokens);
            }
            features.addAll(perToken.get(index));
        }

        /** Whether the tokens are those of the remembered sentence (the same strings, even in another array). */
        private boolean sameSentence(String[] tokens) {
            if (sentence == null || sentence.length != tokens.length) {
                return false;
            }
            for (int i = 0; i < tokens.length; i++) {
                if (sentence[i] != tokens[i] && !sentence[i].equals(tokens[i])) {
                    return false;
                }
            }
            return true;
        }

        private List<List<String>> tokenFeatures(String[] tokens) {
            List<Set<String>> sets = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                sets.add(new LinkedHashSet<>());
            }
            for (int[] m : lists.matches(tokens)) {
                for (int t = 0; t < types.size(); t++) {
                    if ((m[2] & (1 << t)) == 0) {
                        continue;
                    }
                    String base = prefix + "=" + types.get(t) + ":";
                    if (m[1] - m[0] == 1) {
                        sets.get(m[0]).add(base + "U");
                        continue;
                    }
                    for (int i = m[0]; i < m[1]; i++) {
                        sets.get(i).add(base + (i == m[0] ? "B" : i == m[1] - 1 ? "L" : "I"));
                    }
                }
            }
            List<List<String>> out = new ArrayList<>(tokens.length);
            for (Set<String> s : sets) {
                out.add(List.copyOf(s));
            }
            return out;
        }
    }
}
