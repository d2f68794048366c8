package org.parley.nlp.ner;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Name-finder features from {@link BrownClusters}: for the current token, prefixes of its cluster path of
 * lengths 4, 6, 10 and 20 (a shorter path gives only the prefixes it has, as OpenNLP's own Brown features do),
 * each feature named {@code <prefix>=<length>:<bits>}. Unlike OpenNLP's Brown generators this one looks words
 * up case-insensitively, so a capitalised name finds the cluster of its lower-case form. Descriptor element:
 * {@code <generator class="org.parley.nlp.ner.BrownClusterFeatureGeneratorFactory"><str name="dict">KEY</str>
 * <str name="prefix">bc</str></generator>}; the resource {@code KEY} is stored in the model. Public for
 * OpenNLP's reflective loading.
 */
public final class BrownClusterFeatureGeneratorFactory extends LexiconFeatureGeneratorFactory<BrownClusters> {
    /** Path prefix lengths that become features. */
    static final int[] LENGTHS = {4, 6, 10, 20};

    public BrownClusterFeatureGeneratorFactory() {
        super(BrownClusters.class, "bc");
    }

    @Override
    AdaptiveFeatureGenerator create(BrownClusters lexicon, String prefix) {
        return new Generator(lexicon, prefix);
    }

    @Override
    ArtifactSerializer<BrownClusters> serializer() {
        return new BrownClusters.Serializer();
    }

    /** The features of one token. */
    static final class Generator implements AdaptiveFeatureGenerator {
        private final BrownClusters clusters;
        private final String[] names;

        Generator(BrownClusters clusters, String prefix) {
            this.clusters = clusters;
            this.names = new String[LENGTHS.length];
            for (int i = 0; i < LENGTHS.length; i++) {
                names[i] = prefix + "=" + LENGTHS[i] + ":";
            }
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String path = clusters.path(tokens[index]);
            if (path == null) {
                return;
            }
            for (int i = 0; i < LENGTHS.length; i++) {
                if (i > 0 && LENGTHS[i - 1] >= path.length()) {
                    break;
                }
                features.add(names[i] + path.substring(0, Math.min(path.length(), LENGTHS[i])));
            }
        }
    }
}
