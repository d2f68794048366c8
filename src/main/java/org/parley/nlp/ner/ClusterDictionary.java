package org.parley.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * A word-cluster dictionary that stores itself inside a model correctly: OpenNLP 2.5.11's own
 * {@link WordClusterDictionary} closes the model's zip stream when it is serialised and writes in the platform
 * charset. This one keeps the bytes it was made from (UTF-8, sorted) and writes them back unchanged.
 * Public only because OpenNLP instantiates its {@link Serializer} by reflection when loading a model.
 */
public final class ClusterDictionary extends WordClusterDictionary {
    static {
        allowLoading();
    }

    private final byte[] bytes;

    /** Reads {@code word cluster} lines (UTF-8). */
    public ClusterDictionary(byte[] bytes) throws IOException {
        super(new ByteArrayInputStream(bytes));
        this.bytes = bytes.clone();
    }

    /** Lets OpenNLP instantiate this package's serializer when it loads a model (idempotent). */
    static void allowLoading() {
        ExtensionLoader.registerAllowedPackage("org.parley.nlp.ner");
    }

    @Override
    public void serialize(OutputStream out) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes a {@link ClusterDictionary} inside a model. */
    public static final class Serializer implements ArtifactSerializer<ClusterDictionary> {
        @Override
        public ClusterDictionary create(InputStream in) throws IOException {
            return new ClusterDictionary(in.readAllBytes());
        }

        @Override
        public void serialize(ClusterDictionary artifact, OutputStream out) throws IOException {
            artifact.serialize(out);
        }
    }
}
