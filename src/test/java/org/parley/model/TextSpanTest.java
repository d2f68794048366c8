package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextSpanTest {
    @Test
    void rejectsSpanWithEndBeforeBegin() {
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 4));
    }

    @Test
    void coversItsText() {
        assertEquals("Kyiv", new TextSpan(3, 7).cover("in Kyiv today"));
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(3, 70).cover("in Kyiv today"));
    }

    @Test
    void overlapAndContainment() {
        TextSpan a = new TextSpan(0, 10), b = new TextSpan(5, 15), c = new TextSpan(10, 12);
        assertTrue(a.overlaps(b));
        assertFalse(a.overlaps(c));
        assertTrue(a.contains(new TextSpan(2, 10)));
        assertFalse(a.contains(b));
    }

    @Test
    void ordersByBeginThenLongerFirst() {
        List<TextSpan> sorted = new java.util.ArrayList<>(List.of(new TextSpan(4, 5), new TextSpan(0, 2), new TextSpan(0, 6)));
        java.util.Collections.sort(sorted);
        assertEquals(List.of(new TextSpan(0, 6), new TextSpan(0, 2), new TextSpan(4, 5)), sorted);
    }

    @Test
    void mentionChecksItsTextAgainstItsSpan() {
        assertThrows(IllegalArgumentException.class, () ->
                new Mention(0, new TextSpan(0, 4), "Kyivv", EntityType.PLACE, "Kyiv", "x", 0.5, null));
        assertThrows(IllegalArgumentException.class, () ->
                new Mention(0, new TextSpan(0, 4), "Kyiv", EntityType.PLACE, "Kyiv", "x", 1.5, null));
    }

    @Test
    void articleRejectsBodyRegionsBeyondItsText() {
        assertThrows(IllegalArgumentException.class, () ->
                new Article("k", "s", null, null, null, null, "short", List.of(new TextSpan(0, 50))));
        assertThrows(IllegalArgumentException.class, () ->
                new Article("k", "s", null, null, null, null, "short text", List.of(new TextSpan(5, 8), new TextSpan(0, 3))));
    }

    @Test
    void entityKeysMustBeSafeIriPaths() {
        assertThrows(IllegalArgumentException.class, () -> new EntityRef("person/a b", EntityType.PERSON, "A B", null, null));
        assertThrows(IllegalArgumentException.class, () -> new EntityRef("person/<x>", EntityType.PERSON, "x", null, null));
        assertEquals("state/UA", new EntityRef("state/UA", EntityType.STATE, "Ukraine", "Q212", "state:UA").key());
    }
}
