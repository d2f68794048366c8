package org.parley.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the model card (Markdown) for a trained model: data, cleaning, algorithm, features, parameters,
 * scores, the measured steps that led to the configuration (resource {@code ner-experiments.md}) and how to
 * retrain.
 */
public final class ModelCard {
    private ModelCard() {
    }

    /**
     * Renders the card.
     *
     * @param corpus the corpus the model was trained on (for its cleaning counts)
     * @param config the training configuration
     * @param scores named score sets, e.g. {@code "held-out VOA"} → scores
     * @param modelBytes size of the written model in bytes
     * @param trainingSeconds wall-clock training time
     */
    public static String render(NerCorpus corpus, NerTrainer.Config config, Map<String, NerScores> scores,
            long modelBytes, long trainingSeconds) throws IOException {
        Objects.requireNonNull(corpus, "corpus");
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: Parley English name finder (`parley-ner-en.bin`)\n\n");
        sb.append("Written by `parley train-ner`. Finds **person**, **location** and **organization** names in "
                + "tokenised English sentences. OpenNLP 2.5.11 `NameFinderME` model; word clusters and the "
                + "dictionaries it uses are stored inside the model file, so it is self-contained.\n\n");
        sb.append("## Data\n\n");
        sb.append("- Training corpus: `data/training/ner_dataset.csv`, the GMB (Groningen Meaning Bank) NER "
                + "extract of Voice of America news, 2004-2010 (Kaggle \"Annotated Corpus for Named Entity "
                + "Recognition\", A. Walia; ODbL 1.0 / DbCL 1.0; see `data/training/PROVENANCE-gmb-voa.md` and "
                + "`NOTICE`). Silver annotation. The model is a Produced Work under the ODbL.\n");
        sb.append("- Location dictionary: `data/training/ner-dictionary/location.txt`, names from Natural Earth v5 "
                + "(public domain; see `data/training/ner-dictionary/PROVENANCE.md`).\n");
        sb.append("- Held-out part: every ").append(NerCorpus.EVERY).append("th block of ").append(NerCorpus.BLOCK)
                .append(" consecutive sentences (blocks 9, 19, 29, ... by sentence number), never trained on.\n");
        sb.append("- Independent test set: wikigold (Balasuriya et al. 2009, CC BY 4.0), Wikipedia text, "
                + "never trained on; PER/LOC/ORG exact spans, MISC ignored.\n\n");
        sb.append("## Cleaning\n\n");
        sb.append("Run by `GmbCleaner` before training, in this order:\n\n");
        sb.append("1. The file is cut off at Excel's row limit: its last sentence is dropped when it does not end "
                + "in sentence-final punctuation.\n");
        sb.append("2. Sentences whose tokens repeat an earlier sentence exactly are dropped.\n");
        sb.append("3. Person spans made only of titles (`Mr.`/B-per followed by the name tagged org or geo, "
                + "`Prime`/B-per `Minister`/O) are dropped; the name right after such a title (an org/geo/gpe span "
                + "of capitalised tokens, or up to three proper nouns tagged O) becomes the person.\n");
        sb.append("4. Titles are stripped from the start of person spans: scanning from the left over titles "
                + "(list `titles.txt`, derived from the leading tokens of person spans in this corpus whose "
                + "lower-case form is an ordinary word, plus honorifics such as Mr., Dr.), connectors (of, the), "
                + "upper-case abbreviations (U.S.) and adjectives (Iranian), everything up to the last title is "
                + "dropped: `U.S. President George Bush` → `George Bush`, `Secretary of State Condoleezza Rice` → "
                + "`Condoleezza Rice`.\n");
        sb.append("5. Countries: a one-token org or gpe span whose token is, as a one-token span, tagged geo at "
                + "least five times and at least twice as often as anything else becomes geo. This makes `U.S.` "
                + "one location (it was geo 3,169, org 847, gpe 95 times); `U.S.` inside a longer organisation "
                + "(`U.S. Embassy`) stays part of it.\n");
        sb.append("6. Types: geo → location, per → person, org → organization, gpe → location only when all its "
                + "tokens are proper nouns (POS NNP: `Nepal`, `Sri Lanka`); demonym/adjective gpe (`Iraqi`, "
                + "`Americans`), art, eve and nat → misc (a training-only fourth type, CoNLL's MISC, so that the "
                + "model does not push such names into the three types; the finder never returns it), tim → O.\n");
        sb.append("7. Span conventions (`NameRules`): spans are split at `, ; / ( )`; function words at their "
                + "edges are dropped (`the Middle East` → `Middle East`); pieces without an upper-case letter or "
                + "digit are dropped.\n\n");
        sb.append("Training additions: for every training sentence where an honorific (Mr., Mrs., Ms., Dr.) "
                + "stands right before a person name, a copy without the honorifics is also trained on (VOA "
                + "writes \"Mr. Bush\", most other text \"Bush\"): ").append(config.honorificFreeCopies()
                        ? "on" : "off").append(".\n\n");
        sb.append("| step | count |\n|---|---:|\n");
        corpus.cleaning().forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        sb.append("\n## Algorithm and parameters\n\n");
        sb.append("| parameter | value |\n|---|---|\n");
        config.asMap().forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        sb.append("| training time | ").append(trainingSeconds < 0 ? "not measured by this run (the model was "
                + "trained by an earlier run of the same configuration)" : trainingSeconds + " s").append(" |\n");
        sb.append(String.format(Locale.ROOT, "| model size | %,d bytes (%.1f MB) |%n", modelBytes,
                modelBytes / 1e6));
        String xml = new String(NerTrainer.descriptor(config.features()), StandardCharsets.UTF_8);
        sb.append("\n## Features\n\nFeature generator descriptor `").append(config.features())
                .append("` (stored in the model):\n\n```xml\n")
                .append(xml.strip())
                .append("\n```\n\n");
        sb.append("Word clusters (`parley-c<K>.clusters`) are computed by `WordClusterer` from the training "
                + "sentences: each word seen at least ").append(config.clusterMinCount())
                .append(" times is described by its left and right neighbours (lower-cased, the 1,000 most "
                        + "frequent words plus sentence start/end), weighted by positive PMI, and grouped by "
                        + "spherical k-means (k-means++ start, seed 42, at most 25 rounds). "
                        + "`location.dictionary` is the gazetteer location list; `given-names.dictionary` holds "
                        + "the first tokens of multi-token person names in the training part seen at least twice.");
        if (xml.contains(NerTrainer.BROWN_CLUSTERS)) {
            sb.append(" `").append(NerTrainer.BROWN_CLUSTERS).append("` holds hierarchical (Brown) word clusters "
                    + "and is looked up case-insensitively, each word giving the prefixes of 4, 6, 10 and 20 bits "
                    + "of its cluster path (`BrownClusterFeatureGeneratorFactory`).");
        }
        if (xml.contains(NerTrainer.NAME_LISTS)) {
            sb.append(" `").append(NerTrainer.NAME_LISTS).append("` holds typed name lists (people, places, "
                    + "organisations, works, events ...); each token gets the list type and its position (B, I, L, "
                    + "U) in every listed name that covers it (`NameListFeatureGeneratorFactory`).");
        }
        if (xml.contains(NerTrainer.BROWN_CLUSTERS) || xml.contains(NerTrainer.NAME_LISTS)) {
            sb.append(" Both are extracts of NLP4J's English lexica (Apache-2.0; "
                    + "`data/training/ner-dictionary/PROVENANCE.md`), used only as features: the model learns "
                    + "from the training part how far to trust them.");
        }
        sb.append("\n\n");
        sb.append("## Scores\n\nExact spans, micro-averaged over person/location/organization, the model "
                + "together with Parley's rules (`NameRules`: span conventions, titles, head nouns, titled and conjoined "
                + "people, given names, the name-list rules for names the model was not trained on, a sentence-"
                + "opening \"The\"; by document also person name parts). "
                + "\"By document\" reads each wikigold document as one article, as Parley reads articles: "
                + "names found once in it are found again where the model missed them "
                + "(`ParleyNameFinder.findDocument`). The held-out part has no document boundaries and is "
                + "scored sentence by sentence.\n\n");
        scores.forEach((name, s) -> sb.append("### ").append(name).append("\n\n```\n").append(s.table())
                .append("```\n\n"));
        sb.append("## How each step was measured\n\n");
        try (InputStream in = ModelCard.class.getResourceAsStream("ner-experiments.md")) {
            if (in != null) {
                sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()).append("\n\n");
            }
        }
        sb.append("## How to retrain\n\n```\n./mvnw -q -DskipTests package\n"
                + "java -jar target/parley.jar train-ner            # data/training → src/main/resources/.../parley-ner-en.bin + MODEL-CARD.md\n"
                + "java -jar target/parley.jar train-ner --eval ../shared/data/ner/wikigold/wikigold.conll.txt\n"
                + "java -jar target/parley.jar eval-ner FILE.conll [--model FILE.bin] [--no-rules]\n```\n\n"
                + "Training is deterministic (one thread, fixed parameters and seeds): the same data and "
                + "configuration give a model that tags identically.\n");
        return sb.toString();
    }
}
