package org.parley.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JsonObject;

/** The machine and build a benchmark ran on: cores, memory, Java, heap limit, JVM options, garbage collectors and the git commit. */
final class Machine {
    private Machine() {}

    static JsonObject describe() {
        JsonObject o = new JsonObject();
        o.put("cores", Runtime.getRuntime().availableProcessors());
        o.put("memTotalMB", Benchmark.mb(meminfo("MemTotal")));
        o.put("cpu", cpuModel());
        o.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        o.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        o.put("maxHeapMB", Benchmark.mb(Runtime.getRuntime().maxMemory()));
        o.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        o.put("gc", garbageCollectors());
        o.put("gitCommit", git("rev-parse", "HEAD"));
        o.put("gitDirty", !git("status", "--porcelain", "--untracked-files=no").isEmpty());
        o.put("loadAverageAtStart", Benchmark.num(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return o;
    }

    /** The JVM's garbage collectors, e.g. "G1 Young Generation, G1 Old Generation". */
    static String garbageCollectors() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    private static long meminfo(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo")))
                if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo")))
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }

    /** The output of a git command in the working directory, trimmed; "unknown" when git is not there. */
    private static String git(String... args) {
        try {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "git";
            System.arraycopy(args, 0, cmd, 1, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return "unknown";
            return out;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
