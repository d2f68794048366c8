package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void lineEndsBecomeLineFeeds() {
        assertEquals("a\nb\nc\nd\ne\nf", TextNormalizer.normalize("a\r\nb\rc\u2028d\u2029e\u0085f"));
    }

    @Test
    void oddSpacesBecomeSpaces() {
        assertEquals("10 km at 5 pm  x", TextNormalizer.normalize("10\u00A0km at\u20095\u202Fpm\u3000\u2003x"));
    }

    @Test
    void invisibleAndControlCharactersAreRemoved() {
        assertEquals("peacetalks begin", TextNormalizer.normalize("\uFEFFpeace\u00ADtalks\u200B be\u200Dgin\u0007\u0000\u007F\u0093"));
        assertEquals("left right", TextNormalizer.normalize("left\u200E \u202Bright\u202C"));
    }

    @Test
    void tabsAndLineFeedsStay() {
        assertEquals("a\tb\nc", TextNormalizer.normalize("a\tb\nc"));
    }

    @Test
    void textIsComposed() {
        assertEquals("Dolmabah\u00E7e caf\u00E9", TextNormalizer.normalize("Dolmabahc\u0327e cafe\u0301"));
    }

    @Test
    void dashesAndCurlyQuotesAreKept() {
        String s = "progress\u2014most \u201Cdetached\u201D Trump\u2019s 1\u20132";
        assertEquals(s, TextNormalizer.normalize(s));
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\uFFFD", TextNormalizer.normalize("a\uD800b\uDC00"));
        assertEquals("\uD83D\uDE00", TextNormalizer.normalize("\uD83D\uDE00"));
    }

    @Test
    void oneLineCollapsesWhitespace() {
        assertEquals("Talks in Istanbul", TextNormalizer.oneLine("  Talks\n in\u00A0 Istanbul "));
        assertNull(TextNormalizer.oneLine(" \u200B "));
    }
}
