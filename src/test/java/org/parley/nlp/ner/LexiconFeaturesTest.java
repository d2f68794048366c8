package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The Brown-cluster and name-list resources and the features the name finder takes from them. */
class LexiconFeaturesTest {
    private static BrownClusters brown(String text) throws IOException {
        return new BrownClusters(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static NameLists lists(String text) throws IOException {
        return new NameLists(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void brownClustersAreLookedUpCaseInsensitivelyWithDigitRunsFolded() throws IOException {
        BrownClusters b = brown("'0s\t1000101000\nlondon\t1010101110\nparis\t1010101110\nriver\t10001000011\n");
        assertEquals(4, b.size());
        assertEquals(3, b.clusterCount());
        assertEquals("1010101110", b.path("London"));
        assertEquals("1010101110", b.path("PARIS"));
        assertEquals("1000101000", b.path("'90s"));
        assertNull(b.path("Lond"));
        assertNull(b.path("londons"));
        assertEquals("a0b0", BrownClusters.form("A1990b22"));
        assertEquals("x", BrownClusters.form("X"));
    }

    @Test
    void brownClustersRejectUnsortedOrMalformedLines() {
        assertThrows(IOException.class, () -> brown("paris\t1\nlondon\t1\n"));
        assertThrows(IOException.class, () -> brown("paris\t12\n"));
        assertThrows(IOException.class, () -> brown("paris\n"));
    }

    @Test
    void brownClustersWriteBackWhatTheyRead() throws IOException {
        String text = "london\t1010101110\nparis\t1010101110\nzürich\t10\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        brown(text).write(out);
        assertEquals(text, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void brownFeaturesArePathPrefixesOfTheToken() throws IOException {
        BrownClusterFeatureGeneratorFactory.Generator g = new BrownClusterFeatureGeneratorFactory.Generator(
                brown("london\t101010111011100\nof\t111\n"), "bc");
        List<String> f = new ArrayList<>();
        g.createFeatures(f, new String[] {"Mayor", "of", "London"}, 2, null);
        assertEquals(List.of("bc=4:1010", "bc=6:101010", "bc=10:1010101110", "bc=20:101010111011100"), f);
        f.clear();
        g.createFeatures(f, new String[] {"Mayor", "of", "London"}, 1, null);
        assertEquals(List.of("bc=4:111"), f);
        f.clear();
        g.createFeatures(f, new String[] {"Mayor", "of", "London"}, 0, null);
        assertEquals(List.of(), f);
    }

    @Test
    void nameListsFindEveryListedNameInASentence() throws IOException {
        NameLists l = lists("Havana\tlocation,city\nHavana Sugar Kings\torganization\nNew York\tstate,city\n"
                + "New York Times\torganization\nYork\tlocation\n");
        assertEquals(5, l.size());
        assertEquals(List.of("location", "city", "organization", "state"), l.types());
        String[] s = "The Havana Sugar Kings left New York .".split(" ");
        List<String> found = new ArrayList<>();
        for (int[] m : l.matches(s)) {
            found.add(m[0] + "-" + m[1] + ":" + Integer.toBinaryString(m[2]));
        }
        assertEquals(List.of("1-2:11", "1-4:100", "5-7:1010", "6-7:1"), found);
        assertEquals(0b100, l.mask("Havana Sugar Kings"));
        assertEquals(0, l.mask("Havana Sugar"));
    }

    /** The matches in random sentences are those of trying every span of up to six tokens against {@link NameLists#mask}. */
    @Test
    void nameListMatchesAreEverySpanThatIsAListedName() throws IOException {
        NameLists l = lists("Bosco\tperson\nHavana\tlocation,city\nHavana Sugar Kings\torganization\nJohn\tperson\n"
                + "John Bosco\tperson\nJohn Bosco Katutsi\tperson\nNew\tmisc\nNew York\tstate,city\n"
                + "New York City Ballet Company Inc\torganization\nNew York Times\torganization\nYork\tlocation\n");
        String[] words = {"Havana", "Sugar", "Kings", "John", "Bosco", "Katutsi", "New", "York", "City", "Ballet",
                "Company", "Inc", "Times", "the", "said", ".", "Jo", "Yorks"};
        java.util.Random random = new java.util.Random(7);
        int found = 0;
        for (int n = 0; n < 3_000; n++) {
            String[] s = new String[1 + random.nextInt(12)];
            for (int i = 0; i < s.length; i++) s[i] = words[random.nextInt(words.length)];
            List<String> expected = new ArrayList<>();
            for (int a = 0; a < s.length; a++) {
                for (int b = a + 1; b <= Math.min(s.length, a + NameLists.MAX_TOKENS); b++) {
                    int mask = l.mask(String.join(" ", java.util.Arrays.asList(s).subList(a, b)));
                    if (mask != 0) expected.add(a + "-" + b + ":" + mask);
                }
            }
            List<String> actual = new ArrayList<>();
            for (int[] m : l.matches(s)) actual.add(m[0] + "-" + m[1] + ":" + m[2]);
            assertEquals(expected, actual, String.join(" ", s));
            found += actual.size();
        }
        assertTrue(found > 3_000, "names found: " + found);
    }

    @Test
    void nameListsRejectUnsortedInput() {
        assertThrows(IOException.class, () -> lists("York\tlocation\nHavana\tcity\n"));
        assertThrows(IOException.class, () -> lists("York\n"));
    }

    @Test
    void nameListsWriteBackWhatTheyRead() throws IOException {
        String text = "Havana\tlocation,city\nZürich\tcity\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lists(text).write(out);
        assertEquals(text, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void nameListFeaturesMarkEachTokensPositionInEachListedName() throws IOException {
        NameListFeatureGeneratorFactory.Generator g = new NameListFeatureGeneratorFactory.Generator(
                lists("Havana\tcity\nHavana Sugar Kings\torganization\n"), "nl");
        String[] s = "The Havana Sugar Kings won".split(" ");
        List<List<String>> perToken = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            List<String> f = new ArrayList<>();
            g.createFeatures(f, s, i, null);
            perToken.add(f);
        }
        assertEquals(List.of(), perToken.get(0));
        assertEquals(List.of("nl=city:U", "nl=organization:B"), perToken.get(1));
        assertEquals(List.of("nl=organization:I"), perToken.get(2));
        assertEquals(List.of("nl=organization:L"), perToken.get(3));
        assertEquals(List.of(), perToken.get(4));
        List<String> other = new ArrayList<>();
        g.createFeatures(other, new String[] {"Havana"}, 0, null);
        assertArrayEquals(new String[] {"nl=city:U"}, other.toArray());
        assertTrue(perToken.get(2).stream().noneMatch(x -> x.contains("city")));
    }

    @Test
    void nameListFeaturesFollowANewSentenceInAReusedArray() throws IOException {
        NameListFeatureGeneratorFactory.Generator g = new NameListFeatureGeneratorFactory.Generator(
                lists("Havana\tcity\nParis\tcity\n"), "nl");
        String[] s = {"to", "Havana"};
        List<String> f = new ArrayList<>();
        g.createFeatures(f, s, 1, null);
        assertEquals(List.of("nl=city:U"), f);
        s[1] = "London";
        f.clear();
        g.createFeatures(f, s, 1, null);
        assertEquals(List.of(), f, "the same array with another token is another sentence");
    }
}
