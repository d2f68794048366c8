package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.parley.knowledge.Gazetteer;
import org.parley.nlp.NlpOptions;
import org.parley.nlp.OpenNlpModels;
import org.parley.nlp.ner.ParleyNameFinder;
import org.parley.rdf.GraphMapper;
import org.parley.rdf.ParleyNamespaces;

/**
 * What every worker shares, loaded once: the OpenNLP models, the gazetteer, Parley's name-finder model and
 * the RDF mapper. All of it
 * is immutable and thread-safe.
 */
public record PipelineResources(ParleyNamespaces namespaces, OpenNlpModels models, NlpOptions nlpOptions, Gazetteer gazetteer,
                                TokenNameFinderModel nameModel, GraphMapper mapper) {
    public PipelineResources {
        Objects.requireNonNull(namespaces, "namespaces");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(nlpOptions, "nlpOptions");
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(nameModel, "nameModel");
        Objects.requireNonNull(mapper, "mapper");
    }

    /** Loads the default models and gazetteer, minting IRIs under {@code ns}. */
    public static PipelineResources load(ParleyNamespaces ns) {
        try {
            return new PipelineResources(ns, OpenNlpModels.loadDefault(), NlpOptions.defaults(), Gazetteer.loadDefault(),
                    ParleyNameFinder.loadDefaultModel(), new GraphMapper(ns, ParleyVersion.get() + "+extraction." + ArticlePipeline.EXTRACTION_VERSION));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load Parley's name-finder model", e);
        }
    }
}
