package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley eval} in-process with the real pipeline: on the shipped seed gold and on a tiny gold set. */
class EvalCommandIT {
    private static final Pattern ROW = Pattern.compile(
            "(?m)^(entities|relations|events|event arguments)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)$");

    @Test
    void scoresTheSeedPart() {
        CliHarness r = CliHarness.run("eval", "--part", "seeds", "--errors", "2");
        assertEquals(ParleyCli.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("parts seeds: 5 documents, 117 sentences"), r.out());
        Matcher m = ROW.matcher(r.out());
        int rows = 0;
        while (m.find()) {
            rows++;
            long gold = Long.parseLong(m.group(2)), correct = Long.parseLong(m.group(4));
            assertTrue(gold > 0 && correct <= gold, m.group());
            for (int g = 5; g <= 7; g++) {
                double v = Double.parseDouble(m.group(g));
                assertTrue(v >= 0 && v <= 1, m.group());
            }
            if (m.group(1).equals("entities"))
                assertTrue(Double.parseDouble(m.group(6)) > 0.5, "the name finder finds most seed names: " + m.group());
        }
        assertEquals(4, rows, r.out());
        assertTrue(r.out().contains("by event type:") && r.out().contains("  PRISONER_EXCHANGE"), r.out());
        assertTrue(r.out().contains("relations — false negatives"), r.out());
    }

    @Test
    void exactCountsOnATinyGoldSet(@TempDir Path dir) throws IOException {
        String text = "Russia and Ukraine held talks in Istanbul on Friday. Russia demanded a ceasefire.";
        Files.writeString(dir.resolve("dev-voa.jsonl"), ("""
                {"id":"tiny-1","source":"test","published":null,"text":"%s","sentences":2,
                 "entities":[{"text":"Russia","type":"STATE"},{"text":"Ukraine","type":"STATE"},{"text":"Istanbul","type":"PLACE"}],
                 "relations":[{"type":"LOCATED_IN","subject":"Istanbul","object":"Russia","post":null,"evidence":"Russia and Ukraine held talks in Istanbul"}],
                 "events":[{"type":"NEGOTIATION","status":"OCCURRED","trigger":"talks","name":null,
                   "participants":[{"role":"NEGOTIATING_PARTY","entity":"Russia"},{"role":"NEGOTIATING_PARTY","entity":"Ukraine"}],
                   "place":"Istanbul","time":null,"quantities":[],"evidence":"Russia and Ukraine held talks in Istanbul"},
                  {"type":"DEMAND","status":"OCCURRED","trigger":"demanded","name":null,
                   "participants":[{"role":"SPEAKER","entity":"Russia"}],"place":null,"time":null,"quantities":[],
                   "evidence":"Russia demanded a ceasefire"}]}
                """).formatted(text).replace("\n", "") + "\n");
        Path json = dir.resolve("scores.json");
        CliHarness r = CliHarness.run("eval", "--gold", dir.toString(), "--json", json.toString());
        assertEquals(ParleyCli.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("parts dev: 1 documents, 2 sentences"), r.out());
        // the three names come from the gazetteer: found exactly
        assertTrue(r.out().lines().anyMatch(l -> l.matches("entities\\s+3\\s+3\\s+3\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000")), r.out());

        JsonObject cats = JSON.read(json.toString()).get("categories").getAsObject();
        assertEquals(3, count(cats, "entities", "gold"));
        assertEquals(3, count(cats, "entities", "correct"));
        assertEquals(1, count(cats, "relations", "gold"));
        assertEquals(2, count(cats, "events", "gold"));
        assertEquals(4, count(cats, "event arguments", "gold"));
        for (String c : new String[] {"relations", "events", "event arguments"})
            assertTrue(count(cats, c, "correct") <= count(cats, c, "predicted"), c);
    }

    private static long count(JsonObject cats, String category, String field) {
        return cats.get(category).getAsObject().get(field).getAsNumber().value().longValue();
    }
}
