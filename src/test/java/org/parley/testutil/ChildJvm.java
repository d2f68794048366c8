package org.parley.testutil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The {@code parley} command line in a child JVM, with the test classpath: its output (stdout and stderr
 * together) is collected line by line, and it can be killed with SIGKILL ({@link Process#destroyForcibly()},
 * what {@code kill -9} sends) at any moment.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread pump;

    private ChildJvm(Process process) {
        this.process = process;
        this.pump = new Thread(this::pump, "child-output-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code parley ARGS...} with the given system properties ({@code -Dk=v} strings) before the main class. */
    public static ChildJvm parley(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");   // quicker start for short runs
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add("org.parley.cli.ParleyCli");
        cmd.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process died: its output ends here
        } finally {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The output so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public String output() {
        return String.join("\n", lines());
    }

    /** How many lines so far match. */
    public long count(Predicate<String> p) {
        synchronized (lines) {
            return lines.stream().filter(p).count();
        }
    }

    /**
     * Waits until {@code n} lines match, the process ends or the time is up; returns whether {@code n} lines
     * matched.
     */
    public boolean awaitLines(Predicate<String> p, long n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.stream().filter(p).count() < n) {
                long left = end - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !pump.isAlive())) return lines.stream().filter(p).count() >= n;
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
            }
            return true;
        }
    }

    /** The first line that matches, once there is one, or {@code null} when the process ends or the time is up. */
    public String awaitLine(Predicate<String> p, Duration timeout) throws InterruptedException {
        if (!awaitLines(p, 1, timeout)) return null;
        return lines().stream().filter(p).findFirst().orElse(null);
    }

    /** SIGKILL, then waits for the process to be gone. Returns whether it was still running when killed. */
    public boolean kill9() throws InterruptedException {
        boolean wasAlive = process.isAlive();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        pump.join(5_000);
        return wasAlive;
    }

    /** Waits for the process to end by itself; returns its exit code, or -1 when it did not end in time. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) return -1;
        pump.join(5_000);
        return process.exitValue();
    }

    /** SIGTERM (a normal stop: shutdown hooks run), then waits. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return waitFor(timeout);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill9();
    }
}
