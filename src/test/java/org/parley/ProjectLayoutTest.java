package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README's two commands are the ones the project really runs, and the required layout is there. */
class ProjectLayoutTest {
    private static String readmeCommand(String marker) throws Exception {
        Matcher m = Pattern.compile("(?m)^(\\./\\S+ \\S+)\\s+#.*" + Pattern.quote(marker)).matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README names a command for '" + marker + "'");
        return m.group(1);
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws Exception {
        String test = readmeCommand("runs the whole test suite");
        List<String> ci = Files.readAllLines(Path.of(".ci/run"));
        assertEquals(test, ci.get(ci.size() - 1).trim(), ".ci/run ends with the README's test command");
        assertTrue(Files.isExecutable(Path.of(".ci/run")));
    }

    @Test
    void readmeStartsWithTheMainJob() throws Exception {
        assertEquals("./parley run", readmeCommand("ingests data/articles"));
        assertTrue(Files.isExecutable(Path.of("parley")));
        assertTrue(Files.isExecutable(Path.of("mvnw")));
    }

    @Test
    void topLevelLayoutIsComplete() {
        for (String p : List.of("pom.xml", "src", "ontology/parley.ttl", "data/articles", "fuseki-config/parley.ttl",
                "README.md", "queries", "NOTICE", "LICENSE", ".mvn/wrapper/maven-wrapper.properties"))
            assertTrue(Files.exists(Path.of(p)), p);
    }
}
