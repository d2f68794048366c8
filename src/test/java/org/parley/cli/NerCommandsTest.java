package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class NerCommandsTest {

    private static int run(StringWriter err, String... args) {
        CommandLine cl = ParleyCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void usageErrors() {
        StringWriter err = new StringWriter();
        assertEquals(ParleyCli.USAGE, run(err, "eval-ner", "no/such/file.conll"));
        assertTrue(err.toString().contains("no such file"), err.toString());
        assertEquals(ParleyCli.USAGE, run(new StringWriter(), "train-ner", "--data", "no/such/dir"));
        assertEquals(ParleyCli.USAGE, run(new StringWriter(), "train-ner", "--algorithm", "NEURAL"));
        assertEquals(ParleyCli.USAGE, run(new StringWriter(), "eval-ner"));
        StringWriter both = new StringWriter();
        assertEquals(ParleyCli.USAGE, run(both, "eval-ner", "--held-out", "data/training", "some.conll"));
        assertTrue(both.toString().contains("not some.conll"), both.toString());
        StringWriter noCorpus = new StringWriter();
        assertEquals(ParleyCli.USAGE, run(noCorpus, "eval-ner", "--held-out", "no/such/dir"));
        assertTrue(noCorpus.toString().contains("no ner_dataset.csv in no/such/dir"), noCorpus.toString());
    }
}
