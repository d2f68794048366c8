package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * {@code parley eval-ner --held-out} scores the shipped model with its rules on the held-out part of the shipped
 * training corpus, and the score meets the target for that part (F1 at least 0.85).
 */
class EvalNerHeldOutIT {

    @Test
    void heldOutScoreMeetsTheTarget() {
        CommandLine cl = ParleyCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(ParleyCli.OK, cl.execute("eval-ner", "--held-out"));
        String table = out.toString();
        assertTrue(table.contains("data/training held-out part: 4465 sentences"), table);
        Matcher m = Pattern.compile("(?m)^overall\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(table);
        assertTrue(m.find(), table);
        assertTrue(Integer.parseInt(m.group(1)) > 7000, "gold names: " + table);
        assertTrue(Double.parseDouble(m.group(6)) >= 0.85, "held-out F1 below the 0.85 target:\n" + table);
    }
}
