package org.parley.nlp.ner;

import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A feature generator factory over one lexicon resource stored in the model: the descriptor element names the
 * resource ({@code <str name="dict">KEY</str>}) and optionally a feature prefix ({@code <str name="prefix">}).
 *
 * @param <T> the lexicon's class
 */
abstract class LexiconFeatureGeneratorFactory<T> extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    static {
        ClusterDictionary.allowLoading();
    }

    private final Class<T> type;
    private final String defaultPrefix;

    LexiconFeatureGeneratorFactory(Class<T> type, String defaultPrefix) {
        this.type = type;
        this.defaultPrefix = defaultPrefix;
    }

    /** The generator for a loaded lexicon. */
    abstract AdaptiveFeatureGenerator create(T lexicon, String prefix);

    /** How the lexicon is stored in the model. */
    abstract ArtifactSerializer<T> serializer();

    @Override
    public final AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null;
        }
        String key = getStr("dict");
        Object resource = resourceManager.getResource(key);
        if (!type.isInstance(resource)) {
            throw new InvalidFormatException("resource " + key + " is not a " + type.getSimpleName());
        }
        return create(type.cast(resource), getStr("prefix", defaultPrefix));
    }

    @Override
    public final Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), serializer());
    }
}
