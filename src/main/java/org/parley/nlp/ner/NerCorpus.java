package org.parley.nlp.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cleaned GMB/VOA corpus split into training and held-out parts. The split is by contiguous blocks of
 * {@value #BLOCK} sentences (numbered as in the file): every {@value #EVERY}th block (blocks 9, 19, 29, ...) is
 * held out, so about 10% of the corpus, spread over the whole period, is never trained on.
 *
 * @param train the training sentences
 * @param heldOut the held-out sentences
 * @param cleaning what the cleaning changed (step → count), for the model card
 */
public record NerCorpus(List<NerSentence> train, List<NerSentence> heldOut, Map<String, Object> cleaning) {
    /** Sentences per block. */
    public static final int BLOCK = 500;
    /** One block in this many is held out. */
    public static final int EVERY = 10;
    /** The corpus file name inside the data directory. */
    public static final String FILE = "ner_dataset.csv";

    public NerCorpus {
        train = List.copyOf(train);
        heldOut = List.copyOf(heldOut);
        cleaning = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(Objects.requireNonNull(cleaning, "cleaning")));
    }

    /** Reads {@value #FILE} from {@code dataDir}, cleans it with every cleaning step, and splits it. */
    public static NerCorpus load(Path dataDir) throws IOException {
        return load(dataDir, GmbCleaner.Options.ALL);
    }

    /**
     * Like {@link #load(Path)} but without the optional cleaning (titles, countries, demonyms): dedupe,
     * truncation and the type mapping run, every gpe span becomes a location. For comparison only.
     */
    public static NerCorpus loadUncleaned(Path dataDir) throws IOException {
        return load(dataDir, GmbCleaner.Options.NONE);
    }

    /** Like {@link #load(Path)}, but demonyms, art, eve and nat are dropped instead of typed misc. */
    public static NerCorpus loadWithoutMisc(Path dataDir) throws IOException {
        return load(dataDir, new GmbCleaner.Options(true, true, true, true, false));
    }

    static NerCorpus load(Path dataDir, GmbCleaner.Options options) throws IOException {
        Objects.requireNonNull(dataDir, "dataDir");
        List<GmbCorpus.Sentence> raw = GmbCorpus.read(dataDir.resolve(FILE));
        GmbCleaner.Report report = new GmbCleaner.Report();
        List<GmbCleaner.Cleaned> cleaned = GmbCleaner.clean(raw, options, report);
        List<NerSentence> train = new ArrayList<>();
        List<NerSentence> held = new ArrayList<>();
        for (GmbCleaner.Cleaned c : cleaned) {
            (isHeldOut(c.number()) ? held : train).add(c.sentence());
        }
        Map<String, Object> m = new java.util.LinkedHashMap<>(report.asMap());
        m.put("training sentences", train.size());
        m.put("held-out sentences", held.size());
        return new NerCorpus(train, held, java.util.Collections.unmodifiableMap(m));
    }

    /** True if the sentence with this number (1-based, as in the file) belongs to the held-out part. */
    static boolean isHeldOut(int sentenceNumber) {
        return ((sentenceNumber - 1) / BLOCK) % EVERY == EVERY - 1;
    }
}
