package org.parley.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains Parley's name finder: OpenNLP {@link NameFinderME} with a feature generator descriptor stored as a
 * resource of this package, word clusters computed from the training text and a location dictionary, both
 * stored inside the model. Training is deterministic: fixed parameters, one thread, resources computed in a
 * fixed order from the same data.
 */
public final class NerTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(NerTrainer.class);

    static {
        ClusterDictionary.allowLoading();
    }

    /** Resource key prefix of word-cluster dictionaries named in a descriptor: {@code parley-c<K>.clusters}. */
    static final String CLUSTER_PREFIX = "parley-c";
    static final String CLUSTER_SUFFIX = ".clusters";
    /** Resource key of the location dictionary named in a descriptor. */
    static final String LOCATION_DICTIONARY = "location.dictionary";
    /**
     * Resource key of the given-name dictionary named in a descriptor: first tokens of multi-token person
     * names in the training part, seen at least {@value #GIVEN_NAME_MIN} times.
     */
    static final String GIVEN_NAME_DICTIONARY = "given-names.dictionary";
    static final int GIVEN_NAME_MIN = 2;
    /** Location names file inside the data directory (one name per line, tokens separated by spaces). */
    public static final String LOCATION_LIST = "ner-dictionary/location.txt";
    /** Resource key of the Brown word clusters named in a descriptor. */
    static final String BROWN_CLUSTERS = "brown.clusters";
    /** The Brown cluster lexicon, relative to the data directory (see its PROVENANCE.md). */
    public static final String BROWN_LIST = "ner-dictionary/brown-clusters.tsv.gz";
    /** Resource key of the typed name lists named in a descriptor. */
    static final String NAME_LISTS = "name-lists.lists";
    /** The typed name lists, relative to the data directory (see its PROVENANCE.md). */
    public static final String NAME_LIST_FILE = "ner-dictionary/name-lists.tsv.gz";

    /**
     * What to train.
     *
     * @param algorithm OpenNLP trainer: {@code PERCEPTRON}, {@code MAXENT} (GIS) or {@code MAXENT_QN} (L-BFGS)
     * @param iterations training iterations
     * @param cutoff minimum number of times a feature must occur
     * @param features feature descriptor: a resource name in this package or a file path
     * @param codec {@code BIO} or {@code BILOU}
     * @param clusterMinCount words seen fewer times get no cluster
     * @param honorificFreeCopies also train on a copy of every sentence where an honorific (Mr., Mrs., Ms., Dr.)
     *     stands right before a person name, with the honorifics deleted: news style says "Mr. Bush", most other
     *     text says "Bush"
     */
    public record Config(String algorithm, int iterations, int cutoff, String features, String codec,
            int clusterMinCount, boolean honorificFreeCopies) {
        /** The configuration of the committed model. */
        public static final Config DEFAULT = new Config("PERCEPTRON", 100, 0, "features-parley.xml", "BILOU", 3,
                true);

        public Config {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(features, "features");
            Objects.requireNonNull(codec, "codec");
            algorithm = algorithm.toUpperCase(Locale.ROOT);
            codec = codec.toUpperCase(Locale.ROOT);
            if (!List.of("PERCEPTRON", "MAXENT", "MAXENT_QN").contains(algorithm)) {
                throw new IllegalArgumentException("unknown algorithm " + algorithm);
            }
            if (!List.of("BIO", "BILOU").contains(codec)) {
                throw new IllegalArgumentException("unknown codec " + codec);
            }
            if (iterations < 1 || cutoff < 0 || clusterMinCount < 1) {
                throw new IllegalArgumentException("iterations >= 1, cutoff >= 0, clusterMinCount >= 1");
            }
        }

        /** The same configuration with other algorithm and iterations. */
        public Config with(String newAlgorithm, int newIterations) {
            return new Config(newAlgorithm, newIterations, cutoff, features, codec, clusterMinCount,
                    honorificFreeCopies);
        }

        /** The same configuration with another feature descriptor. */
        public Config withFeatures(String newFeatures) {
            return new Config(algorithm, iterations, cutoff, newFeatures, codec, clusterMinCount,
                    honorificFreeCopies);
        }

        /** Parameters as a map, for the model card. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("algorithm", algorithm);
            m.put("iterations", iterations);
            m.put("cutoff", cutoff);
            m.put("feature descriptor", features);
            m.put("sequence codec", codec);
            m.put("threads", 1);
            m.put("cluster min count", clusterMinCount);
            m.put("honorific-free copies", honorificFreeCopies);
            return m;
        }
    }

    private NerTrainer() {
    }

    /**
     * Trains a model on {@code train}.
     *
     * @param dataDir the data directory (for the location list named in the descriptor, if any)
     */
    public static TokenNameFinderModel train(List<NerSentence> train, Config config, Path dataDir)
            throws IOException {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(config, "config");
        byte[] descriptor = descriptor(config.features());
        String xml = new String(descriptor, StandardCharsets.UTF_8);
        Map<String, Object> resources = new LinkedHashMap<>();
        List<List<String>> texts = new ArrayList<>(train.size());
        for (NerSentence s : train) {
            texts.add(s.tokens());
        }
        for (int k : clusterSizes(xml)) {
            long t0 = System.nanoTime();
            Map<String, Integer> clusters = WordClusterer.cluster(texts, k, config.clusterMinCount(), 1000, 25, 42);
            byte[] bytes = WordClusterer.toDictionaryBytes(clusters, "c" + k + "_");
            resources.put(CLUSTER_PREFIX + k + CLUSTER_SUFFIX,
                    new ClusterDictionary(bytes));
            LOG.info("word clusters k={}: {} words in {} ms", k, clusters.size(), (System.nanoTime() - t0) / 1_000_000);
        }
        if (xml.contains(LOCATION_DICTIONARY)) {
            resources.put(LOCATION_DICTIONARY, locationDictionary(dataDir.resolve(LOCATION_LIST)));
        }
        if (xml.contains(BROWN_CLUSTERS)) {
            BrownClusters brown = BrownClusters.read(dataDir.resolve(BROWN_LIST));
            resources.put(BROWN_CLUSTERS, brown);
            LOG.info("Brown clusters: {} words in {} clusters", brown.size(), brown.clusterCount());
        }
        if (xml.contains(NAME_LISTS)) {
            NameLists lists = NameLists.read(dataDir.resolve(NAME_LIST_FILE));
            resources.put(NAME_LISTS, lists);
            LOG.info("name lists: {} names of types {}", lists.size(), lists.types());
        }
        if (xml.contains(GIVEN_NAME_DICTIONARY)) {
            resources.put(GIVEN_NAME_DICTIONARY, givenNames(train));
        }
        SequenceCodec<String> codec = config.codec().equals("BILOU") ? new BilouCodec() : new BioCodec();
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor, resources, codec);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        List<NameSample> samples = new ArrayList<>(train.size());
        int copies = 0;
        for (NerSentence s : train) {
            samples.add(new NameSample(s.tokenArray(), s.names().toArray(new opennlp.tools.util.Span[0]), true));
            if (config.honorificFreeCopies()) {
                NerSentence c = withoutHonorifics(s);
                if (c != null) {
                    samples.add(new NameSample(c.tokenArray(), c.names().toArray(new opennlp.tools.util.Span[0]),
                            true));
                    copies++;
                }
            }
        }
        LOG.info("{} training samples ({} honorific-free copies)", samples.size(), copies);
        try (ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
            return NameFinderME.train("en", null, stream, params, factory);
        }
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr",
            "Mrs", "Ms", "Dr");

    /**
     * The sentence with every honorific that stands right before a person span deleted (spans shifted), or
     * null when there is none.
     */
    static NerSentence withoutHonorifics(NerSentence s) {
        java.util.Set<Integer> drop = new java.util.HashSet<>();
        for (opennlp.tools.util.Span sp : s.names()) {
            int i = sp.getStart() - 1;
            if (sp.getType().equals(NerTypes.PERSON) && i >= 0 && HONORIFICS.contains(s.tokens().get(i))) {
                drop.add(i);
            }
        }
        if (drop.isEmpty() || drop.size() == s.tokens().size()) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        int[] shift = new int[s.tokens().size() + 1];
        int removed = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            shift[i] = removed;
            if (drop.contains(i)) {
                removed++;
            } else {
                tokens.add(s.tokens().get(i));
            }
        }
        shift[s.tokens().size()] = removed;
        List<opennlp.tools.util.Span> names = new ArrayList<>();
        for (opennlp.tools.util.Span sp : s.names()) {
            names.add(new opennlp.tools.util.Span(sp.getStart() - shift[sp.getStart()],
                    sp.getEnd() - shift[sp.getEnd()], sp.getType()));
        }
        return new NerSentence(tokens, names);
    }

    /** Cluster sizes named in a descriptor ({@code parley-c<K>.clusters}), in order of appearance. */
    static List<Integer> clusterSizes(String xml) {
        List<Integer> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile(java.util.regex.Pattern.quote(CLUSTER_PREFIX) + "(\\d+)"
                        + java.util.regex.Pattern.quote(CLUSTER_SUFFIX))
                .matcher(xml);
        while (m.find()) {
            int k = Integer.parseInt(m.group(1));
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** First tokens of multi-token person spans seen at least {@value #GIVEN_NAME_MIN} times, capitalised. */
    static Dictionary givenNames(List<NerSentence> train) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (NerSentence s : train) {
            for (opennlp.tools.util.Span sp : s.names()) {
                String first = s.tokens().get(sp.getStart());
                if (sp.getType().equals(NerTypes.PERSON) && sp.length() >= 2 && first.length() > 1
                        && Character.isUpperCase(first.charAt(0)) && !first.endsWith(".")) {
                    counts.merge(first, 1, Integer::sum);
                }
            }
        }
        Dictionary d = new Dictionary(true);
        counts.forEach((w, c) -> {
            if (c >= GIVEN_NAME_MIN) {
                d.put(new StringList(w));
            }
        });
        LOG.info("given-name dictionary: {} names", d.size());
        return d;
    }

    /** Reads a location list into a case-sensitive OpenNLP dictionary. */
    static Dictionary locationDictionary(Path list) throws IOException {
        Dictionary d = new Dictionary(true);
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                d.put(new StringList(t.split(" ")));
            }
        }
        return d;
    }

    /** The bytes of a feature descriptor: a resource of this package, else a file. */
    static byte[] descriptor(String name) throws IOException {
        try (InputStream in = NerTrainer.class.getResourceAsStream(name)) {
            if (in != null) {
                return in.readAllBytes();
            }
        }
        Path p = Path.of(name);
        if (Files.isRegularFile(p)) {
            return Files.readAllBytes(p);
        }
        throw new IOException("no feature descriptor " + name + " (neither a resource nor a file)");
    }
}
