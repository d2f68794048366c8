package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordClustererTest {

    private static List<List<String>> corpus() {
        List<List<String>> s = new ArrayList<>();
        String[] days = {"Monday", "Tuesday", "Friday"};
        String[] cities = {"Paris", "Kabul", "Lagos"};
        for (int i = 0; i < 30; i++) {
            s.add(List.of("talks", "began", "on", days[i % 3], "."));
            s.add(List.of("he", "arrived", "in", cities[i % 3], "yesterday", "."));
            s.add(List.of("the", "meeting", "on", days[(i + 1) % 3], "ended", "."));
            s.add(List.of("troops", "left", "for", cities[(i + 2) % 3], "yesterday", "."));
        }
        return s;
    }

    @Test
    void groupsWordsBySharedContexts() {
        Map<String, Integer> c = WordClusterer.cluster(corpus(), 4, 3, 100, 20, 42);
        assertEquals(c.get("Monday"), c.get("Tuesday"));
        assertEquals(c.get("Monday"), c.get("Friday"));
        assertEquals(c.get("Paris"), c.get("Kabul"));
        assertEquals(c.get("Paris"), c.get("Lagos"));
        assertNotEquals(c.get("Monday"), c.get("Paris"));
    }

    @Test
    void isDeterministic() {
        byte[] a = WordClusterer.toDictionaryBytes(WordClusterer.cluster(corpus(), 5, 2, 100, 20, 7), "c");
        byte[] b = WordClusterer.toDictionaryBytes(WordClusterer.cluster(corpus(), 5, 2, 100, 20, 7), "c");
        assertArrayEquals(a, b);
    }
}
