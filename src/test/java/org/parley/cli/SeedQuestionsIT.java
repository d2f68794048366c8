package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.parley.testutil.Sparql;

/**
 * The researcher questions of the seed articles: every {@code queries/qNN-*.rq} runs over HTTP against the
 * embedded server on the graph the pipeline builds from {@code data/articles}, and its answer is checked
 * against the expectation file {@code src/test/resources/org/parley/questions/qNN.txt}.
 *
 * <p>Expectation files: one constraint per line ({@code #} starts a comment). A line
 * {@code var=value; var2=value2} must be met by at least one result row; a line starting with {@code !} must
 * be met by no row; {@code rows>=N} / {@code rows<=N} bound the number of rows. A value matches when it equals
 * the bound value, ignoring case; {@code ~value} matches when the bound value contains it (ignoring case).
 */
class SeedQuestionsIT {
    static final Path QUERIES = Path.of("queries");
    static final Path EXPECTED = Path.of("src/test/resources/org/parley/questions");
    static InProcessRun run;
    static String endpoint;

    @BeforeAll
    static void start() {
        run = InProcessRun.start("--mem", "--port", "0");
        endpoint = run.endpoint;
    }

    @AfterAll
    static void stop() {
        if (run != null) run.close();
    }

    static List<Path> questionQueries() {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.getFileName().toString().matches("q\\d\\d-.*\\.rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyQuestionOfTheSeedQuestionsHasAQueryAndAnExpectation() {
        List<String> numbers = questionQueries().stream().map(p -> p.getFileName().toString().substring(1, 3)).toList();
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            String n = String.format(Locale.ROOT, "%02d", i);
            if (!numbers.contains(n)) missing.add("queries/q" + n + "-*.rq");
            if (!Files.exists(EXPECTED.resolve("q" + n + ".txt"))) missing.add(EXPECTED.resolve("q" + n + ".txt").toString());
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @TestFactory
    Stream<DynamicTest> everyQuestionIsAnswered() {
        return questionQueries().stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> check(q)));
    }

    private static void check(Path queryFile) throws IOException {
        String name = queryFile.getFileName().toString();
        Path expectation = EXPECTED.resolve(name.substring(0, 3) + ".txt");
        assertTrue(Files.exists(expectation), "no expectation file " + expectation);
        String query = Files.readString(queryFile, StandardCharsets.UTF_8);
        List<Map<String, String>> rows = Sparql.selectRaw(endpoint, query);
        List<String> problems = new ArrayList<>();
        for (String raw : Files.readAllLines(expectation, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("rows>=")) {
                if (rows.size() < Integer.parseInt(line.substring(6).strip())) problems.add(line + " but " + rows.size() + " rows");
            } else if (line.startsWith("rows<=")) {
                if (rows.size() > Integer.parseInt(line.substring(6).strip())) problems.add(line + " but " + rows.size() + " rows");
            } else if (line.startsWith("!")) {
                if (rows.stream().anyMatch(r -> meets(r, line.substring(1)))) problems.add("a row meets " + line);
            } else if (rows.stream().noneMatch(r -> meets(r, line))) {
                problems.add("no row meets " + line);
            }
        }
        assertTrue(problems.isEmpty(), name + ":\n  " + String.join("\n  ", problems) + "\nrows:\n  "
                + String.join("\n  ", rows.stream().map(Map::toString).toList()));
    }

    /** Whether a row meets every {@code var=value} condition of a line. */
    static boolean meets(Map<String, String> row, String line) {
        for (String cond : line.split(";")) {
            String c = cond.strip();
            if (c.isEmpty()) continue;
            int eq = c.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("not var=value: " + c);
            String var = c.substring(0, eq).strip(), want = c.substring(eq + 1).strip();
            String got = row.get(var);
            if (got == null) return false;
            boolean ok = want.startsWith("~") ? got.toLowerCase(Locale.ROOT).contains(want.substring(1).toLowerCase(Locale.ROOT))
                    : got.equalsIgnoreCase(want);
            if (!ok) return false;
        }
        return true;
    }
}
