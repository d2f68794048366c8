package org.parley.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * PNG charts of benchmark results, drawn with Java2D (headless): throughput by worker threads (end to end
 * against the bare OpenNLP floor, one pair of lines per result file) and query latency percentiles by number of
 * concurrent clients (one panel per query kind).
 */
public final class Charts {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b)};
    private static final int W = 900, H = 560;

    private Charts() {}

    /** A line: its name, colour, dash and points. */
    private record Series(String name, Color color, boolean dashed, List<double[]> points) {}

    /** Draws the charts for the given results into {@code dir}; returns the files written. */
    public static List<Path> draw(List<JsonObject> results, Path dir) throws IOException {
        Objects.requireNonNull(results, "results");
        if (results.isEmpty()) throw new IllegalArgumentException("no results to draw");
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        List<JsonObject> withRuns = results.stream().filter(r -> r.hasKey("runs")).toList();
        if (!withRuns.isEmpty()) out.add(throughput(withRuns, dir.resolve("throughput-by-threads.png")));
        JsonObject withQueries = null;
        for (JsonObject r : results) if (r.hasKey("queries")) withQueries = r;
        if (withQueries != null) out.add(latency(withQueries, dir.resolve("latency-by-clients.png")));
        return out;
    }

    private static Path throughput(List<JsonObject> results, Path file) throws IOException {
        List<Series> series = new ArrayList<>();
        int i = 0;
        TreeSet<Double> xs = new TreeSet<>();
        for (JsonObject r : results) {
            String label = seriesLabel(r, i);
            List<double[]> e2e = new ArrayList<>(), floor = new ArrayList<>();
            for (JsonValue v : r.get("runs").getAsArray()) {
                JsonObject run = v.getAsObject();
                double t = num(run, "threads");
                xs.add(t);
                e2e.add(new double[] {t, num(run.get("endToEnd").getAsObject(), "articlesPerSecond")});
                floor.add(new double[] {t, num(run.get("floor").getAsObject(), "articlesPerSecond")});
            }
            Color c = PALETTE[i % PALETTE.length];
            series.add(new Series("Parley end to end, " + label, c, false, e2e));
            series.add(new Series("bare OpenNLP floor, " + label, c, true, floor));
            i++;
        }
        BufferedImage img = plot("Throughput by worker threads", "worker threads", "articles per second", series,
                new ArrayList<>(xs), false);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    private static Path latency(JsonObject r, Path file) throws IOException {
        List<String> kinds = new ArrayList<>();
        for (JsonValue v : r.get("queries").getAsObject().get("results").getAsArray()) {
            String k = v.getAsObject().get("query").getAsString().value();
            if (!kinds.contains(k)) kinds.add(k);
        }
        int cols = Math.min(3, kinds.size()), rows = (kinds.size() + cols - 1) / cols;
        int pw = 520, ph = 360;
        BufferedImage img = new BufferedImage(cols * pw, rows * ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (int k = 0; k < kinds.size(); k++) {
            String kind = kinds.get(k);
            String[] pct = {"p50ms", "p95ms", "p99ms", "maxMs"};
            List<Series> series = new ArrayList<>();
            TreeSet<Double> xs = new TreeSet<>();
            for (int p = 0; p < pct.length; p++) {
                List<double[]> pts = new ArrayList<>();
                for (JsonValue v : r.get("queries").getAsObject().get("results").getAsArray()) {
                    JsonObject o = v.getAsObject();
                    if (!o.get("query").getAsString().value().equals(kind)) continue;
                    xs.add(num(o, "clients"));
                    pts.add(new double[] {num(o, "clients"), Math.max(0.01, num(o, pct[p]))});
                }
                series.add(new Series(pct[p].replace("ms", "").replace("Ms", ""), PALETTE[p], p == 3, pts));
            }
            BufferedImage panel = plot("Latency: " + kind, "concurrent clients", "milliseconds (log scale)", series,
                    new ArrayList<>(xs), true, pw, ph);
            g.drawImage(panel, (k % cols) * pw, (k / cols) * ph, null);
        }
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    private static double num(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isNumber() ? v.getAsNumber().value().doubleValue() : -1;
    }

    private static BufferedImage plot(String title, String xLabel, String yLabel, List<Series> series, List<Double> xs, boolean logY) {
        return plot(title, xLabel, yLabel, series, xs, logY, W, H);
    }

    /** A line chart with the x values at evenly spaced category positions. */
    private static BufferedImage plot(String title, String xLabel, String yLabel, List<Series> series, List<Double> xs,
                                      boolean logY, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int left = 80, right = 20, top = 40, bottom = 60 + 18 * ((series.size() + 1) / 2);
        int pw = w - left - right, ph = h - top - bottom;
        double max = 0, min = Double.MAX_VALUE;
        for (Series s : series) for (double[] p : s.points()) {
            max = Math.max(max, p[1]);
            min = Math.min(min, p[1]);
        }
        if (max <= 0) max = 1;
        double lo, hi;
        if (logY) {
            lo = Math.floor(Math.log10(Math.max(min, 0.01)));
            hi = Math.ceil(Math.log10(max));
            if (hi <= lo) hi = lo + 1;
        } else {
            lo = 0;
            hi = niceCeil(max * 1.1);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, left, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        // grid and y ticks
        int ticks = logY ? (int) (hi - lo) : 5;
        for (int t = 0; t <= ticks; t++) {
            double val = logY ? Math.pow(10, lo + t) : hi * t / ticks;
            int y = top + ph - (int) Math.round(ph * t / (double) ticks);
            g.setColor(new Color(0xdddddd));
            g.drawLine(left, y, left + pw, y);
            g.setColor(Color.BLACK);
            String s = val >= 1 ? String.format(Locale.ROOT, "%,.0f", val) : String.format(Locale.ROOT, "%.2f", val);
            g.drawString(s, left - 6 - fm.stringWidth(s), y + 4);
        }
        g.drawLine(left, top, left, top + ph);
        g.drawLine(left, top + ph, left + pw, top + ph);
        for (int i = 0; i < xs.size(); i++) {
            int x = xPos(i, xs.size(), left, pw);
            String s = String.format(Locale.ROOT, "%.0f", xs.get(i));
            g.drawLine(x, top + ph, x, top + ph + 4);
            g.drawString(s, x - fm.stringWidth(s) / 2, top + ph + 18);
        }
        g.drawString(xLabel, left + pw / 2 - fm.stringWidth(xLabel) / 2, top + ph + 36);
        Graphics2D gy = (Graphics2D) g.create();
        gy.rotate(-Math.PI / 2);
        gy.drawString(yLabel, -(top + ph / 2) - fm.stringWidth(yLabel) / 2, 16);
        gy.dispose();
        for (int si = 0; si < series.size(); si++) {
            Series s = series.get(si);
            g.setColor(s.color());
            g.setStroke(s.dashed() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f)
                    : new BasicStroke(2.5f));
            int px = -1, py = -1;
            for (double[] p : s.points()) {
                int x = xPos(xs.indexOf(p[0]), xs.size(), left, pw);
                double f = logY ? (Math.log10(p[1]) - lo) / (hi - lo) : (p[1] - lo) / (hi - lo);
                int y = top + ph - (int) Math.round(ph * Math.max(0, Math.min(1, f)));
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) g.drawLine(px, py, x, y);
                px = x;
                py = y;
            }
            int lx = left + (si % 2) * (pw / 2), ly = top + ph + 50 + 18 * (si / 2);
            g.drawLine(lx, ly - 4, lx + 28, ly - 4);
            g.setColor(Color.BLACK);
            g.drawString(s.name(), lx + 34, ly);
        }
        g.dispose();
        return img;
    }

    private static int xPos(int i, int n, int left, int pw) {
        return n == 1 ? left + pw / 2 : left + 30 + (int) Math.round((pw - 60) * i / (double) (n - 1));
    }

    private static double niceCeil(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * p >= v) return m * p;
        return 10 * p;
    }

    /**
     * A throughput series' name: its corpus, the commit and, when the result records it, the garbage collector
     * (runs of one commit under two collectors are otherwise told apart by colour only).
     */
    static String seriesLabel(JsonObject r, int index) {
        String label = num(r.get("corpus").getAsObject(), "articles") > 0
                ? String.format(Locale.ROOT, "%,d articles", (long) num(r.get("corpus").getAsObject(), "articles")) : "run " + (index + 1);
        JsonObject m = r.hasKey("machine") ? r.get("machine").getAsObject() : new JsonObject();
        String commit = m.hasKey("gitCommit") ? m.get("gitCommit").getAsString().value() : "";
        if (commit.length() >= 7) label += " @ " + commit.substring(0, 7);
        if (m.hasKey("gc")) {
            String gc = m.get("gc").getAsString().value();
            label += ", " + (gc.startsWith("G1") ? "G1" : gc.startsWith("PS ") ? "parallel GC"
                    : gc.startsWith("Copy") ? "serial GC" : gc);
        }
        return label;
    }
}
