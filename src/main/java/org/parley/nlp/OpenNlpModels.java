package org.parley.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP English models, loaded once from the model jars on the class path (Maven Central
 * artifacts {@code opennlp-models-*-en} and {@code opennlp-models-langdetect}, version 1.3.0).
 *
 * <pre>{@code
 * OpenNlpModels models = OpenNlpModels.loadDefault();   // once per process or worker
 * TextAnnotator annotator = new TextAnnotator(models, NlpOptions.defaults());
 * }</pre>
 *
 * Model objects are immutable and thread-safe; the {@code *ME} tools built from them are not.
 */
public record OpenNlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos,
                            LemmatizerModel lemmas, LanguageDetectorModel languages) {
    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    static final String LANGDETECT = "langdetect-183.bin";

    private static volatile OpenNlpModels shared;

    public OpenNlpModels {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemmas, "lemmas");
        Objects.requireNonNull(languages, "languages");
    }

    /** The models from the class path, loaded on first use and then shared by every caller. */
    public static OpenNlpModels loadDefault() {
        OpenNlpModels m = shared;
        if (m == null) {
            synchronized (OpenNlpModels.class) {
                m = shared;
                if (m == null) {
                    try {
                        m = new OpenNlpModels(new SentenceModel(open(SENTENCE)), new TokenizerModel(open(TOKENS)),
                                new POSModel(open(POS)), new LemmatizerModel(open(LEMMAS)),
                                new LanguageDetectorModel(open(LANGDETECT)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the OpenNLP English models", e);
                    }
                    shared = m;
                }
            }
        }
        return m;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
            throw new IOException("model " + resource + " is not on the class path (is the opennlp-models jar missing?)");
        return in;
    }
}
