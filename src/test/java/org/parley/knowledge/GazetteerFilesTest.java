package org.parley.knowledge;

import org.junit.jupiter.api.Test;
import org.parley.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the shipped files themselves: every row parses, ids are unique, labels and sources are never blank. */
class GazetteerFilesTest {
    private static final Path DIR = Path.of("data/gazetteer");

    private static Tsv read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Tsv.read(file.getFileName().toString(), r);
        }
    }

    private static List<Path> tsvFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(DIR, "*.tsv")) {
            ds.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    @Test
    void everyRowOfEveryFileParsesAndHasSourceOrDocumentedOrigin() throws IOException {
        List<Path> files = tsvFiles();
        assertTrue(files.size() >= 14, "files: " + files);
        for (Path f : files) {
            Tsv t = read(f);
            assertFalse(t.rows().isEmpty(), f + " has no rows");
            String text = Files.readString(f, StandardCharsets.UTF_8);
            boolean documented = text.startsWith("# HAND-MADE") || text.startsWith("# GENERATED");
            assertTrue(documented, f + " must say in its first line whether it is hand-made or generated");
            if (t.header().contains("source")) {
                int src = t.column("source");
                for (String[] r : t.rows())
                    assertFalse(r[src].isBlank(), f + ": blank source in row " + String.join(" ", r));
            }
            if (t.header().contains("id")) {
                Set<String> ids = new HashSet<>();
                for (String[] r : t.rows())
                    assertTrue(ids.add(r[t.column("id")]), f + ": duplicate id " + r[t.column("id")]);
            }
            if (t.header().contains("label"))
                for (String[] r : t.rows())
                    assertFalse(r[t.column("label")].isBlank(), f + ": blank label in " + String.join(" ", r));
            for (String[] r : t.rows())
                for (String v : r)
                    assertEquals(v.strip(), v, f + ": value with surrounding spaces: '" + v + "'");
        }
    }

    @Test
    void theFolderLoadsLikeTheClasspathCopy() {
        Gazetteer fromDir = Gazetteer.load(DIR);
        Gazetteer fromJar = Gazetteer.loadDefault();
        assertEquals(fromJar.all().stream().map(KnownEntity::id).toList(),
                fromDir.all().stream().map(KnownEntity::id).toList(),
                "target/classes is stale: run the build so the resources are copied again");
        Map<EntityType, Long> byType = fromDir.all().stream()
                .collect(Collectors.groupingBy(KnownEntity::type, Collectors.counting()));
        assertEquals(198, byType.get(EntityType.STATE), "193 UN members, Vatican, Palestine, Kosovo, Taiwan, Western Sahara");
        assertTrue(byType.get(EntityType.ALLIANCE) >= 50);
        assertTrue(byType.get(EntityType.ORGANIZATION) >= 40);
        assertTrue(byType.get(EntityType.PLACE) > 11_000);
    }

    @Test
    void everyWikidataIdIsUsedOncePerKind() {
        Gazetteer g = Gazetteer.load(DIR);
        Set<String> seen = new HashSet<>();
        for (KnownEntity e : g.all()) {
            if (e.wikidata() == null)
                continue;
            String kind = e.id().substring(0, e.id().indexOf(':'));
            assertTrue(seen.add(kind + "/" + e.wikidata()), "QID used twice among " + kind + ": " + e.wikidata());
        }
    }
}
