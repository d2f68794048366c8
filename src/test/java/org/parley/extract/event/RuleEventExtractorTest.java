package org.parley.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.parley.model.EventType;

class RuleEventExtractorTest {
    @Test
    void shippedLexiconCoversEveryEventTypeButStatementsOfOwnKind() {
        List<RuleEventExtractor.Trigger> lex = RuleEventExtractor.defaultLexicon();
        Set<EventType> types = lex.stream().map(RuleEventExtractor.Trigger::type).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(EventType.class), EnumSet.copyOf(types));
        assertTrue(lex.stream().anyMatch(t -> t.words().equals(List.of("call", "for")) && t.speech()));
        assertTrue(lex.stream().anyMatch(t -> t.words().equals(List.of("exchange")) && t.near().contains("prisoner")));
    }

    @Test
    void lexiconLinesAreChecked() {
        String bad = "talk\tnoun\tNEGOTIATION\n";
        assertThrows(IOException.class, () -> RuleEventExtractor.readLexicon(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        String unknown = "talk\tnoun\tPICNIC\tOCCURRED\t-\t\n";
        assertThrows(IllegalArgumentException.class, () -> RuleEventExtractor.readLexicon(
                new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void lexiconFlagsAreRead() throws IOException {
        String line = "# comment\nswap\tnoun\tPRISONER_EXCHANGE\tOCCURRED\tcontent-only,near=prisoner|captive\tnote\n";
        List<RuleEventExtractor.Trigger> lex = RuleEventExtractor.readLexicon(
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, lex.size());
        assertEquals(Set.of("content-only"), lex.get(0).flags());
        assertEquals(Set.of("prisoner", "captive"), lex.get(0).near());
    }
}
