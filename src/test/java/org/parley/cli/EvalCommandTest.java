package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley eval} refuses bad usage and unreadable gold before it loads any model. */
class EvalCommandTest {
    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) {
        CliHarness r = CliHarness.run("eval", "--gold", dir.toString(), "--part", "train");
        assertEquals(ParleyCli.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("unknown part 'train'"), r.err());
        r = CliHarness.run("eval", "--gold", dir.resolve("nowhere").toString());
        assertEquals(ParleyCli.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("no such gold directory"), r.err());
        r = CliHarness.run("eval", "--gold", dir.toString(), "--errors", "-1");
        assertEquals(ParleyCli.USAGE, r.exitCode(), r.err());
        assertEquals(ParleyCli.USAGE, CliHarness.run("eval", "--no-such-option").exitCode());
    }

    @Test
    void unreadableGoldExitsWithOneAndNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("dev-voa.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"source\":\"s\",\"published\":null,\"text\":\"Russia.\",\"sentences\":1,"
                + "\"entities\":[],\"relations\":[],\"events\":[]}\n{\"id\":\"b\",\"source\":\"s\",\"text\":\"x\"");
        CliHarness r = CliHarness.run("eval", "--gold", dir.toString(), "--part", "dev");
        assertEquals(ParleyCli.SOME_FAILED, r.exitCode(), r.err());
        assertTrue(r.err().contains(f + ":2: "), r.err());

        r = CliHarness.run("eval", "--gold", dir.toString(), "--part", "test");
        assertEquals(ParleyCli.SOME_FAILED, r.exitCode(), r.err());
        assertTrue(r.err().contains(dir.resolve("test-voa.jsonl") + ":0: no such file"), r.err());

        Files.writeString(dir.resolve("seeds.jsonl"), "{\"id\":\"s\",\"source\":\"s\",\"published\":null,"
                + "\"file\":\"no/such/article.txt\",\"sentences\":1,\"entities\":[],\"relations\":[],\"events\":[]}\n");
        r = CliHarness.run("eval", "--gold", dir.toString(), "--part", "seeds");
        assertEquals(ParleyCli.SOME_FAILED, r.exitCode(), r.err());
        assertTrue(r.err().contains("seeds.jsonl:1: cannot read"), r.err());
    }

    @Test
    void helpListsTheOptions() {
        CliHarness r = CliHarness.run("eval", "--help");
        assertEquals(ParleyCli.OK, r.exitCode());
        for (String o : new String[] {"--gold", "--part", "--json", "--errors"})
            assertTrue(r.out().contains(o), r.out());
    }
}
