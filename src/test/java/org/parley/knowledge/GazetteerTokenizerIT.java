package org.parley.knowledge;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name and title matching on tokens made by the real OpenNLP English tokenizer model. */
class GazetteerTokenizerIT {
    private static TokenizerME tokenizer;
    private static Gazetteer g;

    @BeforeAll
    static void setUp() throws IOException {
        try (InputStream in = GazetteerTokenizerIT.class.getClassLoader()
                .getResourceAsStream("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            assertNotNull(in, "OpenNLP English tokenizer model not on the classpath");
            tokenizer = new TokenizerME(new TokenizerModel(in));
        }
        g = Gazetteer.loadDefault();
    }

    /**
     * The model leaves possessives on the word ("Kremlin's") and sometimes the full stop on the last word ("Kyiv.");
     * Parley's NLP step splits them off before the gazetteer sees the tokens. This does the same, minimally.
     */
    private static List<String> tokens(String sentence) {
        List<String> out = new ArrayList<>();
        for (String t : tokenizer.tokenize(sentence)) {
            if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("\u2019s"))) {
                out.add(t.substring(0, t.length() - 2));
                out.add(t.substring(t.length() - 2));
            } else if (t.length() > 1 && t.endsWith(".") && Character.isLowerCase(t.charAt(t.length() - 2))) {
                out.add(t.substring(0, t.length() - 1));
                out.add(".");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Scans a sentence left to right, taking the longest match at each token; returns "id/kind" per match. */
    private static List<String> scan(String sentence) {
        List<String> tokens = tokens(sentence);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            List<NameMatch> m = g.longestMatchAt(tokens, i);
            if (m.isEmpty()) {
                i++;
                continue;
            }
            found.add(m.get(0).entity().id() + "/" + m.get(0).kind());
            i += m.get(0).tokenCount();
        }
        return found;
    }

    @Test
    void namesAreFoundInRealTokens() {
        assertEquals(List.of("state:US/ABBREVIATION", "state:UA/NAME"),
                scan("The U.S. will send more air defence systems to Ukraine, officials said."));
        assertEquals(List.of("state:RU/SEAT_OF_GOVERNMENT", "state:GB/NAME"),
                scan("The Kremlin's spokesman rejected the United Kingdom's proposal."));
        assertTrue(scan("Talks in Côte d'Ivoire and Guinea-Bissau resumed.")
                .containsAll(List.of("state:CI/NAME", "state:GW/NAME")));
        assertTrue(scan("Ukrainians in the Zaporizhzhia region fled.")
                .containsAll(List.of("state:UA/DEMONYM", "region:UKR-331/NAME")));
        // the capital's name first stands for the state (as listed), the city is the next candidate
        assertEquals(List.of("state:US/CAPITAL"), scan("He flew to Washington, D.C. on Monday."));
        assertEquals(List.of("alliance:NATO/ABBREVIATION", "state:PL/NAME"),
                scan("NATO said Poland would host the summit."));
        assertTrue(scan("Türkiye's foreign ministry said.").contains("state:TR/NAME"));
        assertTrue(scan("us and them").isEmpty());
        assertEquals(List.of("state:US/ABBREVIATION", "state:GB/ABBREVIATION", "state:UA/CAPITAL"),
                scan("The U.S. and the U.K. agreed to send aid to Kyiv."));
        // without the possessive split the model's token "Kremlin's" is not a name
        assertTrue(g.longestMatchAt(List.of(tokenizer.tokenize("The Kremlin's view")), 1).isEmpty());
    }

    @Test
    void titlesAreFoundInRealTokens() {
        List<String> tokens = tokens("Russia's Deputy Foreign Minister Sergei Ryabkov said.");
        int i = tokens.indexOf("Deputy");
        TitleMatch t = g.titleMatchAt(tokens, i).orElseThrow();
        assertEquals("Deputy Foreign Minister", t.title().label());
        assertEquals("Sergei", tokens.get(i + t.tokenCount()));
        List<String> vp = List.of(tokenizer.tokenize("Vice-President JD Vance arrived."));
        assertEquals("Vice President", g.titleAt(vp, 0).orElseThrow().label());
    }
}
