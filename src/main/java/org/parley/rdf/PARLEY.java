package org.parley.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Parley ontology's terms ({@code ontology/parley.ttl}), by hand, checked against the ontology in
 * both directions by {@code VocabularyTest}.
 */
public final class PARLEY {
    public static final String NS = "https://w3id.org/parley/ontology#";

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // classes
    public static final Resource Article = resource("Article");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Mention = resource("Mention");
    public static final Resource Entity = resource("Entity");
    public static final Resource Person = resource("Person");
    public static final Resource State = resource("State");
    public static final Resource Alliance = resource("Alliance");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");

    // article
    public static final Property sourceName = property("sourceName");
    public static final Property publisherName = property("publisherName");
    public static final Property contentDigest = property("contentDigest");
    public static final Property bodyHash = property("bodyHash");
    public static final Property pipelineVersion = property("pipelineVersion");
    public static final Property sentenceCount = property("sentenceCount");
    public static final Property tokenCount = property("tokenCount");

    // sentences and mentions
    public static final Property inArticle = property("inArticle");
    public static final Property inSentence = property("inSentence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property refersTo = property("refersTo");
    public static final Property extractor = property("extractor");
    public static final Property confidence = property("confidence");

    // entities
    public static final Property gazetteerId = property("gazetteerId");

    private PARLEY() {}
}
