package org.parley.pipeline;

import java.util.Objects;

import org.parley.knowledge.Gazetteer;
import org.parley.nlp.NlpOptions;
import org.parley.nlp.OpenNlpModels;
import org.parley.rdf.GraphMapper;
import org.parley.rdf.ParleyNamespaces;

/**
 * What every worker shares, loaded once: the OpenNLP models, the gazetteer and the RDF mapper. All of it
 * is immutable and thread-safe.
 */
public record PipelineResources(ParleyNamespaces namespaces, OpenNlpModels models, NlpOptions nlpOptions, Gazetteer gazetteer,
                                GraphMapper mapper) {
    public PipelineResources {
        Objects.requireNonNull(namespaces, "namespaces");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(nlpOptions, "nlpOptions");
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(mapper, "mapper");
    }

    /** Loads the default models and gazetteer, minting IRIs under {@code ns}. */
    public static PipelineResources load(ParleyNamespaces ns) {
        return new PipelineResources(ns, OpenNlpModels.loadDefault(), NlpOptions.defaults(), Gazetteer.loadDefault(),
                new GraphMapper(ns, ParleyVersion.get()));
    }
}
