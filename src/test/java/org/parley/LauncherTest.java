package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./parley} passes the JVM options it should: a copy of it runs beside a built jar (an empty
 * file, newer than any source: the copy has none) with a {@code java} on the PATH that prints the arguments it
 * was given, one per line.
 */
class LauncherTest {
    @TempDir
    Path dir;

    private List<String> javaArguments(Map<String, String> env, String... args) throws Exception {
        Path home = dir.resolve("parley-home");
        Files.createDirectories(home.resolve("target/lib"));
        Files.copy(Path.of("parley"), home.resolve("parley"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(home.resolve("target/parley.jar"), new byte[0]);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<String> cmd = new java.util.ArrayList<>(List.of("bash", home.resolve("parley").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("PARLEY_JAVA_OPTS");
        pb.environment().putAll(env);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    /** Whether this machine's kernel gives transparent huge pages on request only (the launcher then asks). */
    private static boolean hugePagesOnRequest() throws Exception {
        Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return Files.isReadable(thp) && Files.readString(thp).contains("[madvise]");
    }

    /** What the launcher adds for an ingest when the options given name no collector and no huge pages. */
    private static List<String> ingestOptions() throws Exception {
        return hugePagesOnRequest() ? List.of("-XX:+UseParallelGC", "-XX:+UseTransparentHugePages")
                : List.of("-XX:+UseParallelGC");
    }

    @Test
    void ingestRunsWithTheParallelCollectorAndTheDefaultHeap() throws Exception {
        List<String> expected = new java.util.ArrayList<>(List.of("-Xmx2g"));
        expected.addAll(ingestOptions());
        expected.addAll(List.of("-jar", dir.resolve("parley-home/target/parley.jar").toString(), "ingest", "news dir"));
        assertEquals(expected, javaArguments(Map.of(), "ingest", "news dir"));
    }

    @Test
    void theServerKeepsTheDefaultCollector() throws Exception {
        for (String command : new String[] {"run", "serve", "query", "bench"}) {
            List<String> a = javaArguments(Map.of(), command);
            assertEquals(List.of("-Xmx2g", "-jar", dir.resolve("parley-home/target/parley.jar").toString(), command), a);
        }
    }

    @Test
    void optionsGivenAreSplitIntoWordsAndAChosenCollectorWins() throws Exception {
        List<String> a = javaArguments(Map.of("PARLEY_JAVA_OPTS", "-Xmx1g -Dx=1"), "ingest", "f.jsonl");
        List<String> expected = new java.util.ArrayList<>(List.of("-Xmx1g", "-Dx=1"));
        expected.addAll(ingestOptions());
        expected.add("-jar");
        assertEquals(expected, a.subList(0, expected.size()));

        List<String> g1 = javaArguments(Map.of("PARLEY_JAVA_OPTS", "-Xmx1g -XX:+UseG1GC -XX:-UseTransparentHugePages"),
                "ingest", "f.jsonl");
        assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC", "-XX:-UseTransparentHugePages", "-jar"), g1.subList(0, 4));

        List<String> serial = javaArguments(Map.of("PARLEY_JAVA_OPTS", "-XX:+UseSerialGC"), "ingest");
        assertFalse(serial.contains("-XX:+UseParallelGC"), serial.toString());
        assertEquals(hugePagesOnRequest(), serial.contains("-XX:+UseTransparentHugePages"), serial.toString());
    }
}
