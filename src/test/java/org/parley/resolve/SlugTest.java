package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {
    @Test
    void foldsDiacriticsAndJoinsWords() {
        assertEquals("dolmabahce-palace", EntityResolver.slug("Dolmabahçe Palace"));
        assertEquals("rustem-umerov", EntityResolver.slug("Rustem  Umerov"));
        assertEquals("o-brien", EntityResolver.slug("O'Brien"));
    }

    @Test
    void namesInOtherScriptsStayApartAndSafe() {
        String a = EntityResolver.slug("Зеленський"), b = EntityResolver.slug("Путін");
        assertNotEquals(a, b);
        assertTrue(a.matches("[a-z0-9-]+"), a);
        String mixed = EntityResolver.slug("Ali \u0639\u0644\u064a");
        assertTrue(mixed.startsWith("ali-h"), mixed);
    }

    @Test
    void longNamesAreCutButKeptDistinct() {
        String x = "A".repeat(300), y = "A".repeat(299) + "B";
        assertNotEquals(EntityResolver.slug(x), EntityResolver.slug(y));
        assertTrue(EntityResolver.slug(x).length() < 100);
    }
}
