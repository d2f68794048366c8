package org.parley.knowledge.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GazetteerBuilderTest {
    private static final Path DATA = Path.of("data/gazetteer");
    private static final List<String> HAND_MADE = List.of("states-supplement.tsv", "regions-supplement.tsv",
            "disputed.tsv", "corrections.tsv");
    private static final List<String> GENERATED = List.of("states.tsv", "territories.tsv", "regions.tsv",
            "cities.tsv");

    /** The shared source folder: -Dparley.shared=..., else ../shared or ../../shared (worktrees). */
    static Path sharedSources() {
        String prop = System.getProperty("parley.shared");
        Stream<Path> candidates = prop != null ? Stream.of(Path.of(prop))
                : Stream.of(Path.of("../shared"), Path.of("../../shared"));
        return candidates.map(p -> p.resolve("data/gazetteer"))
                .filter(p -> Files.isRegularFile(p.resolve(GazetteerBuilder.NE0)))
                .findFirst().orElse(null);
    }

    @Test
    void regeneratingFromTheSharedSourcesGivesTheCommittedFiles(@TempDir Path out) throws IOException {
        Path src = sharedSources();
        assumeTrue(src != null, "shared gazetteer sources not found beside the repository");
        for (String f : HAND_MADE)
            Files.copy(DATA.resolve(f), out.resolve(f));
        new GazetteerBuilder(src, out).build();
        for (String f : GENERATED)
            assertEquals(Files.readString(DATA.resolve(f), StandardCharsets.UTF_8),
                    Files.readString(out.resolve(f), StandardCharsets.UTF_8),
                    f + " is not what the generator makes from the sources: regenerate and commit it");
    }

    @Test
    void onlyLatinNamesUsableInEnglishTextAreAccepted() {
        assertTrue(GazetteerBuilder.acceptableName("Côte d'Ivoire"));
        assertTrue(GazetteerBuilder.acceptableName("São Tomé and Príncipe"));
        assertFalse(GazetteerBuilder.acceptableName("Российская Федерация"));
        assertFalse(GazetteerBuilder.acceptableName("Bolivia, Plurinational State of"));
        assertFalse(GazetteerBuilder.acceptableName("Falkland Islands (Malvinas)"));
        assertFalse(GazetteerBuilder.acceptableName("UA"), "two-letter codes clash with upper-case words");
        assertFalse(GazetteerBuilder.acceptableName("ʁɛpublika de an'ɡɔla"), "IPA");
        assertFalse(GazetteerBuilder.acceptableName("Salṭanat ʻUmān"), "scholarly transliteration");
        assertFalse(GazetteerBuilder.acceptableName(" "));
    }

    @Test
    void demonymPlurals() {
        assertEquals("Ukrainians", GazetteerBuilder.plural("Ukrainian"));
        assertEquals("Israelis", GazetteerBuilder.plural("Israeli"));
        assertEquals("Czechs", GazetteerBuilder.plural("Czech"));
        assertNull(GazetteerBuilder.plural("French"));
        assertNull(GazetteerBuilder.plural("Dutch"));
        assertNull(GazetteerBuilder.plural("British"));
        assertNull(GazetteerBuilder.plural("Chinese"));
        assertNull(GazetteerBuilder.plural("Swiss"));
        assertNull(GazetteerBuilder.plural("Malagasy"));
    }

    @Test
    void regionSuffixFormsFollowTheType() {
        assertEquals(List.of("Donetsk Oblast", "Donetsk oblast", "Donetsk region", "Donetsk Region"),
                GazetteerBuilder.suffixForms("Donetsk", "Oblast'"));
        assertEquals(List.of("Idlib Governorate", "Idlib governorate", "Idlib province"),
                GazetteerBuilder.suffixForms("Idlib", "Governorate|Muhafazah"));
        assertEquals(List.of(), GazetteerBuilder.suffixForms("Texas", "State"));
        assertEquals(List.of(), GazetteerBuilder.suffixForms("Donets'k", "Oblast'"));
    }

    @Test
    void csvQuotingIsUnderstood() {
        List<List<String>> recs = Csv.parse("a,b,c\n1,\"x, y\",\"he said \"\"hi\"\"\"\n2,\"two\nlines\",\r\n");
        assertEquals(List.of("a", "b", "c"), recs.get(0));
        assertEquals(List.of("1", "x, y", "he said \"hi\""), recs.get(1));
        assertEquals(List.of("2", "two\nlines", ""), recs.get(2));
        assertEquals(3, recs.size());
    }
}
