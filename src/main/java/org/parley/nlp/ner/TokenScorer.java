package org.parley.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorResourceProvider;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * Sums the perceptron weights of a token's context, as {@link PerceptronNameDecoder} would from the context
 * generator's feature strings, with the features that depend on one word only looked up once per word.
 *
 * <p>Most of the name finder's features are a function of a single token: its class, its lower-case form, its
 * prefixes and suffixes, its word clusters; and a window generator repeats them for the tokens around, prefixed
 * {@code p1}, {@code n2} and so on. Built the generic way, every feature of every token is a new string, hashed and
 * looked up in the model's map of a million predicates, seven times for a word in a window of three. Here the
 * descriptor stored in the model is read generator by generator: for a generator of one token (or a window over
 * one), the model's weights of that word's features at each window position are looked up on the word's first
 * occurrence and kept; the other generators (dictionaries, name lists, bigrams, the sentence start) run as usual.
 * The weights are then added in exactly the order of the generic context, so the sums are the same to the last
 * bit ({@code PerceptronNameDecoderIT} compares them on thousands of sentences).
 *
 * <p>Not thread-safe (the word table and the generators' per-sentence caches): one per decoder, one decoder per
 * worker. The word table holds at most {@link #MAX_WORDS} words and is emptied when full.
 */
final class TokenScorer {
    /** Words whose weights are kept; a few MB per worker (news text's frequent words fit many times over). */
    static final int MAX_WORDS = 20_000;

    /** Generators whose features for a token are a function of that token's text alone. */
    private static final Set<String> ONE_TOKEN = Set.of(
            "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenPatternFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory",
            BrownClusterFeatureGeneratorFactory.class.getName());
    private static final String WINDOW = "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory";

    /**
     * The weights of a run of features, flattened: the (outcome, weight) pairs of their {@link Context}s, in the
     * features' order, so that adding them performs the same additions in the same order as adding each context.
     */
    static final class Weights {
        static final Weights NONE = new Weights(new int[0], new double[0]);
        private final int[] outcomes;
        private final double[] weights;

        private Weights(int[] outcomes, double[] weights) {
            this.outcomes = outcomes;
            this.weights = weights;
        }

        static Weights of(List<Context> features) {
            if (features.isEmpty()) return NONE;
            int n = 0;
            for (Context c : features) n += c.getOutcomes().length;
            int[] outcomes = new int[n];
            double[] weights = new double[n];
            int k = 0;
            for (Context c : features) {
                int[] o = c.getOutcomes();
                System.arraycopy(o, 0, outcomes, k, o.length);
                System.arraycopy(c.getParameters(), 0, weights, k, o.length);
                k += o.length;
            }
            return new Weights(outcomes, weights);
        }

        void addTo(double[] sums) {
            for (int a = 0; a < outcomes.length; a++) {
                sums[outcomes[a]] += weights[a];
            }
        }
    }

    /** One top-level generator of the descriptor, in order. */
    private sealed interface Part permits WordPart, SentencePart { }

    /** A one-token generator, alone ({@code prev == next == 0}) or in a window; {@code slot}: its index in a word's table. */
    private record WordPart(AdaptiveFeatureGenerator generator, int prev, int next, int slot) implements Part { }

    /** Any other generator: run on the sentence for each token. */
    private record SentencePart(AdaptiveFeatureGenerator generator, boolean fastDictionary) implements Part { }

    private final List<Part> parts;
    private final int wordParts;
    private final Map<String, Context> predicates;
    /** Word to its weights: by word part, by window position (this token, then p1..pN, then n1..nN). */
    private final Map<String, Weights[][]> words = new HashMap<>();
    private final List<String> scratch = new ArrayList<>();
    private final String[] one = new String[1];

    private TokenScorer(List<Part> parts, Map<String, Context> predicates) {
        this.parts = List.copyOf(parts);
        this.wordParts = (int) parts.stream().filter(p -> p instanceof WordPart).count();
        this.predicates = predicates;
    }

    /**
     * A scorer for the model's feature descriptor, or null when the model has none stored or it cannot be split
     * (then the context generator's strings are the way).
     */
    static TokenScorer of(TokenNameFinderModel model, Map<String, Context> predicates) {
        Objects.requireNonNull(model, "model");
        Object descriptor = model.getArtifact("generator.featuregen");
        if (!(descriptor instanceof byte[] bytes)) return null;
        try {
            return new TokenScorer(parts(bytes, model::getArtifact), predicates);
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(TokenScorer.class).debug("feature descriptor not split: {}", e.toString());
            return null;
        }
    }

    private static List<Part> parts(byte[] descriptor, FeatureGeneratorResourceProvider resources) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element root = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor)).getDocumentElement();
        if (!"featureGenerators".equals(root.getTagName())) throw new IllegalArgumentException("not a 2.x descriptor");
        List<Part> parts = new ArrayList<>();
        int slot = 0;
        for (Element e : children(root, "generator")) {
            String cls = e.getAttribute("class");
            if (ONE_TOKEN.contains(cls)) {
                parts.add(new WordPart(generator(e, resources), 0, 0, slot++));
            } else if (WINDOW.equals(cls) && children(e, "generator").size() == 1
                    && ONE_TOKEN.contains(children(e, "generator").get(0).getAttribute("class"))) {
                int prev = intParam(e, "prevLength"), next = intParam(e, "nextLength");
                parts.add(new WordPart(generator(children(e, "generator").get(0), resources), prev, next, slot++));
            } else {
                AdaptiveFeatureGenerator generic = generator(e, resources);
                Dictionary dict = dictionary(e, resources);
                AdaptiveFeatureGenerator fast = dict == null ? null : fastDictionary(e, dict);
                boolean useFast = fast != null && sameFeatures(generic, fast, probes(dict));
                parts.add(new SentencePart(useFast ? fast : generic, useFast));
            }
        }
        return parts;
    }

    private static final String DICTIONARY = "opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory";

    /** The dictionary generator element of {@code e} (alone or in a window), or null when it is none. */
    private static Element dictionaryElement(Element e) {
        if (DICTIONARY.equals(e.getAttribute("class"))) return e;
        if (WINDOW.equals(e.getAttribute("class")) && children(e, "generator").size() == 1
                && DICTIONARY.equals(children(e, "generator").get(0).getAttribute("class"))) return children(e, "generator").get(0);
        return null;
    }

    /** The dictionary that the dictionary generator of {@code e} reads, or null when {@code e} is none. */
    private static Dictionary dictionary(Element e, FeatureGeneratorResourceProvider resources) {
        Element d = dictionaryElement(e);
        if (d == null) return null;
        for (Element p : children(d, "str")) {
            if ("dict".equals(p.getAttribute("name")) && resources.getResource(p.getTextContent().trim()) instanceof Dictionary dict)
                return dict;
        }
        return null;
    }

    /**
     * A dictionary generator (alone or in a window) with the names found by {@link FastDictionaryFeatureGenerator},
     * for the dictionary {@code dict} that {@code e} names. OpenNLP 2.5's factory builds the generator without a
     * prefix (it ignores the descriptor's {@code prefix}), so this one has none either; {@link #sameFeatures} checks
     * that it agrees.
     */
    private static AdaptiveFeatureGenerator fastDictionary(Element e, Dictionary dict) {
        AdaptiveFeatureGenerator inner = new FastDictionaryFeatureGenerator("", dict);
        if (!WINDOW.equals(e.getAttribute("class"))) return inner;
        return new WindowFeatureGenerator(inner, intParam(e, "prevLength"), intParam(e, "nextLength"));
    }

    /**
     * Sentences to compare two dictionary generators on: the dictionary's first entries, each as it is, upper-cased
     * and in a run with its neighbours, between words that are no names.
     */
    private static List<String[]> probes(Dictionary dict) {
        List<String[]> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int n = 0;
        for (opennlp.tools.util.StringList entry : dict) {
            if (n++ == 200) break;
            List<String> tokens = new ArrayList<>(), upper = new ArrayList<>();
            for (String t : entry) {
                tokens.add(t);
                upper.add(t.toUpperCase(java.util.Locale.ROOT));
            }
            List<String> sentence = new ArrayList<>(List.of("The", "xq"));
            sentence.addAll(tokens);
            sentence.add("said");
            sentence.addAll(upper);
            sentence.add(".");
            out.add(sentence.toArray(new String[0]));
            run.addAll(tokens);
        }
        out.add(run.toArray(new String[0]));
        return out;
    }

    /** Whether two generators give the same features, in the same order, for every token of the sentences. */
    private static boolean sameFeatures(AdaptiveFeatureGenerator a, AdaptiveFeatureGenerator b, List<String[]> sentences) {
        List<String> fa = new ArrayList<>(), fb = new ArrayList<>();
        for (String[] tokens : sentences) {
            for (int i = 0; i < tokens.length; i++) {
                fa.clear();
                fb.clear();
                a.createFeatures(fa, tokens, i, null);
                b.createFeatures(fb, tokens, i, null);
                if (!fa.equals(fb)) return false;
            }
            a.clearAdaptiveData();
            b.clearAdaptiveData();
        }
        return true;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && tag.equals(c.getTagName())) out.add(c);
        }
        return out;
    }

    private static int intParam(Element window, String name) {
        for (Element p : children(window, "int")) {
            if (name.equals(p.getAttribute("name"))) return Integer.parseInt(p.getTextContent().trim());
        }
        throw new IllegalArgumentException("window without " + name);
    }

    /** One generator element built by OpenNLP's own factory, as a descriptor of its own. */
    private static AdaptiveFeatureGenerator generator(Element e, FeatureGeneratorResourceProvider resources) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter xml = new StringWriter();
        transformer.transform(new DOMSource(e), new StreamResult(xml));
        String descriptor = "<featureGenerators name=\"part\">" + xml + "</featureGenerators>";
        return GeneratorFactory.create(new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)), resources);
    }

    /**
     * Adds to {@code sums} (one per outcome) the weights of every feature of token {@code index} but the previous
     * outcomes', in the generic context's order. {@code row} holds the sentence's word tables, filled by
     * {@link #rows}.
     */
    void add(String[] tokens, Weights[][][] row, int index, double[] sums) {
        for (Part part : parts) {
            if (part instanceof WordPart w) {
                row[index][w.slot()][0].addTo(sums);
                for (int k = 1; k <= w.prev(); k++) {
                    if (index - k >= 0) row[index - k][w.slot()][k].addTo(sums);
                }
                for (int k = 1; k <= w.next(); k++) {
                    if (index + k < tokens.length) row[index + k][w.slot()][w.prev() + k].addTo(sums);
                }
            } else {
                SentencePart s = (SentencePart) part;
                scratch.clear();
                s.generator().createFeatures(scratch, tokens, index, null);
                for (String feature : scratch) {
                    PerceptronNameDecoder.add(predicates.get(feature), sums);
                }
            }
        }
    }

    /** Number of sentence generators that find dictionary names with {@link FastDictionaryFeatureGenerator}. */
    int fastDictionaryParts() {
        int n = 0;
        for (Part part : parts) {
            if (part instanceof SentencePart s && s.fastDictionary()) n++;
        }
        return n;
    }

    /** The word tables of a sentence's tokens. */
    Weights[][][] rows(String[] tokens) {
        Weights[][][] rows = new Weights[tokens.length][][];
        for (int i = 0; i < tokens.length; i++) {
            Weights[][] t = words.get(tokens[i]);
            if (t == null) {
                if (words.size() >= MAX_WORDS) words.clear();
                t = table(tokens[i]);
                words.put(tokens[i], t);
            }
            rows[i] = t;
        }
        return rows;
    }

    /** Forgets what the sentence generators kept of the last sentence (their adaptive data). */
    void endSentence() {
        for (Part part : parts) {
            if (part instanceof SentencePart s) s.generator().clearAdaptiveData();
        }
    }

    private Weights[][] table(String word) {
        Weights[][] table = new Weights[wordParts][];
        one[0] = word;
        for (Part part : parts) {
            if (!(part instanceof WordPart w)) continue;
            scratch.clear();
            w.generator().createFeatures(scratch, one, 0, null);
            Weights[] positions = new Weights[1 + w.prev() + w.next()];
            positions[0] = lookUp(scratch, "");
            for (int k = 1; k <= w.prev(); k++) positions[k] = lookUp(scratch, WindowFeatureGenerator.PREV_PREFIX + k);
            for (int k = 1; k <= w.next(); k++) positions[w.prev() + k] = lookUp(scratch, WindowFeatureGenerator.NEXT_PREFIX + k);
            table[w.slot()] = positions;
        }
        return table;
    }

    /** The model's weights of the features (prefixed), in order, leaving out the features the model never saw. */
    private Weights lookUp(List<String> features, String prefix) {
        List<Context> found = new ArrayList<>(features.size());
        for (String f : features) {
            Context c = predicates.get(prefix.isEmpty() ? f : prefix + f);
            if (c != null) found.add(c);
        }
        return Weights.of(found);
    }
}
