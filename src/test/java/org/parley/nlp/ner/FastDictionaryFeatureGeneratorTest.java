package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

class FastDictionaryFeatureGeneratorTest {

    private static Dictionary dictionary(boolean caseSensitive, String... entries) {
        Dictionary d = new Dictionary(caseSensitive);
        for (String e : entries) d.put(new StringList(e.split(" ")));
        return d;
    }

    private static final String[] ENTRIES = {"New York", "New York City", "York", "Democratic Republic of the Congo",
            "Congo", "Bosnia and Herzegovina", "Istanbul", "İzmir", "São Tomé", "Washington"};

    private static final String[][] SENTENCES = {
            "He flew from New York City to new york and then to YORK .".split(" "),
            "The Democratic Republic of the Congo borders the Congo ; the Democratic Republic of France does not .".split(" "),
            "Bosnia and Herzegovina , Bosnia and Serbia , and Herzegovina".split(" "),
            "New New York York City York".split(" "),
            "talks in Istanbul , ISTANBUL and istanbul ; İzmir , izmir , IZMIR ; São Tomé , SÃO TOMÉ".split(" "),
            "Washington".split(" "),
            "nothing to see here".split(" "),
            new String[0],
    };

    /** Feature lists of every token of every sentence, generator by generator. */
    private static List<List<String>> features(AdaptiveFeatureGenerator g) {
        List<List<String>> out = new ArrayList<>();
        for (String[] s : SENTENCES) {
            for (int i = 0; i < s.length; i++) {
                List<String> f = new ArrayList<>();
                g.createFeatures(f, s, i, null);
                out.add(f);
            }
            g.clearAdaptiveData();
        }
        return out;
    }

    @Test
    void theFeaturesAreOpenNlpsForCaseInsensitiveAndCaseSensitiveDictionaries() {
        for (boolean caseSensitive : new boolean[] {false, true}) {
            Dictionary d = dictionary(caseSensitive, ENTRIES);
            assertEquals(features(new DictionaryFeatureGenerator(d)), features(new FastDictionaryFeatureGenerator("", d)),
                    "case sensitive: " + caseSensitive);
            assertEquals(features(new DictionaryFeatureGenerator("gaz", d)), features(new FastDictionaryFeatureGenerator("gaz", d)));
            assertEquals(features(new WindowFeatureGenerator(new DictionaryFeatureGenerator(d), 2, 1)),
                    features(new WindowFeatureGenerator(new FastDictionaryFeatureGenerator("", d), 2, 1)));
        }
    }

    @Test
    void namesAreTheLongestFromTheLeftAndSkippedOver() {
        FastDictionaryFeatureGenerator g = new FastDictionaryFeatureGenerator("", dictionary(false, ENTRIES));
        // "New York City" wins over "New York"; "York" after it is a name of its own; "Republic of France" is none
        assertArrayEquals(new boolean[] {false, true, true, true, true, false}, g.inNames("x New York City York the".split(" ")));
        assertArrayEquals(new boolean[] {false, false, false, false, false, false},
                g.inNames("the Democratic Republic of France .".split(" ")));
        assertArrayEquals(new boolean[] {true, true}, g.inNames("NEW YORK".split(" ")), "case does not matter here");
    }

    @Test
    void aCaseSensitiveDictionaryMatchesOnlyTheCaseItHolds() {
        FastDictionaryFeatureGenerator g = new FastDictionaryFeatureGenerator("", dictionary(true, ENTRIES));
        assertArrayEquals(new boolean[] {true, true, false, false}, g.inNames("New York new york".split(" ")));
    }
}
