package org.parley.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Hierarchical (Brown) word clusters: each lower-cased word form has a bit path, and prefixes of the path name
 * coarser clusters. Held compactly (one char array, offsets and a cluster number per word; about 25 bytes a
 * word) because the shipped lexicon has over half a million words and every worker holds the model. Immutable
 * and thread-safe. Stored inside a name-finder model by {@link Serializer}.
 */
public final class BrownClusters implements SerializableArtifact {
    static {
        ClusterDictionary.allowLoading();
    }

    private final char[] chars;
    /** Start of word {@code i} in {@link #chars}; {@code offsets[size]} is the end of the last word. */
    private final int[] offsets;
    private final short[] cluster;
    private final String[] paths;

    /**
     * Reads {@code word<TAB>path} lines (UTF-8); the words must be lower case, unique and in
     * {@link String#compareTo} order, the paths strings of 0 and 1. Blank lines and lines starting with
     * {@code #} are skipped.
     */
    public BrownClusters(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder text = new StringBuilder(1 << 20);
        int[] offs = new int[1 << 16];
        short[] ids = new short[1 << 16];
        int n = 0;
        Map<String, Integer> pathIds = new HashMap<>();
        List<String> pathList = new ArrayList<>();
        String line;
        int lineNo = 0;
        int prevStart = -1;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IOException("Brown clusters line " + lineNo + ": expected word<TAB>path");
            }
            for (int i = tab + 1; i < line.length(); i++) {
                if (line.charAt(i) != '0' && line.charAt(i) != '1') {
                    throw new IOException("Brown clusters line " + lineNo + ": path is not a bit string: "
                            + line.substring(tab + 1));
                }
            }
            int start = text.length();
            if (prevStart >= 0 && compare(text, prevStart, start, line, tab) >= 0) {
                throw new IOException("Brown clusters line " + lineNo + ": words not sorted or repeated at "
                        + line.substring(0, tab));
            }
            text.append(line, 0, tab);
            String path = line.substring(tab + 1);
            Integer id = pathIds.get(path);
            if (id == null) {
                id = pathList.size();
                if (id > Short.MAX_VALUE) {
                    throw new IOException("more than " + (Short.MAX_VALUE + 1) + " distinct Brown clusters");
                }
                pathIds.put(path, id);
                pathList.add(path);
            }
            if (n == ids.length) {
                offs = java.util.Arrays.copyOf(offs, n * 2);
                ids = java.util.Arrays.copyOf(ids, n * 2);
            }
            offs[n] = start;
            ids[n] = (short) (int) id;
            n++;
            prevStart = start;
        }
        this.chars = new char[text.length()];
        text.getChars(0, text.length(), chars, 0);
        this.offsets = java.util.Arrays.copyOf(offs, n + 1);
        this.offsets[n] = text.length();
        this.cluster = java.util.Arrays.copyOf(ids, n);
        this.paths = pathList.toArray(new String[0]);
    }

    /** Compares {@code text[from, to)} with the first {@code len} chars of {@code line}, as strings. */
    private static int compare(CharSequence text, int from, int to, String line, int len) {
        int n = Math.min(to - from, len);
        for (int k = 0; k < n; k++) {
            char a = text.charAt(from + k);
            char b = line.charAt(k);
            if (a != b) {
                return a - b;
            }
        }
        return (to - from) - len;
    }

    /** Reads a cluster file, gzipped when its name ends in {@code .gz}. */
    public static BrownClusters read(Path file) throws IOException {
        try (InputStream in = ListResource.open(file)) {
            return new BrownClusters(in);
        }
    }

    /** Number of words. */
    public int size() {
        return cluster.length;
    }

    /** Number of distinct paths (leaf clusters). */
    public int clusterCount() {
        return paths.length;
    }

    /**
     * The form words are looked up by: lower case, every run of digits replaced by one {@code 0} (the form the
     * shipped lexicon was built from).
     */
    public static String form(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        int firstDigit = -1;
        for (int i = 0; i < lower.length() && firstDigit < 0; i++) {
            if (isDigit(lower.charAt(i))) {
                firstDigit = i;
            }
        }
        if (firstDigit < 0) {
            return lower;
        }
        StringBuilder b = new StringBuilder(lower.length());
        b.append(lower, 0, firstDigit);
        boolean inRun = false;
        for (int i = firstDigit; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isDigit(c)) {
                if (!inRun) {
                    b.append('0');
                }
                inRun = true;
            } else {
                b.append(c);
                inRun = false;
            }
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The bit path of a token (looked up by {@link #form}), or null when the word is not in the lexicon. */
    public String path(String token) {
        String key = form(token);
        int lo = 0;
        int hi = cluster.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareAt(mid, key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return paths[cluster[mid]];
            }
        }
        return null;
    }

    /** Compares word {@code i} with {@code key} as {@link String#compareTo} would. */
    private int compareAt(int i, String key) {
        int start = offsets[i];
        int len = offsets[i + 1] - start;
        int n = Math.min(len, key.length());
        for (int k = 0; k < n; k++) {
            char a = chars[start + k];
            char b = key.charAt(k);
            if (a != b) {
                return a - b;
            }
        }
        return len - key.length();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Writes the lexicon as the lines it is read from (sorted, UTF-8). */
    public void write(OutputStream out) throws IOException {
        OutputStream buf = new java.io.BufferedOutputStream(out, 1 << 16);
        for (int i = 0; i < cluster.length; i++) {
            buf.write(new String(chars, offsets[i], offsets[i + 1] - offsets[i]).getBytes(StandardCharsets.UTF_8));
            buf.write('\t');
            buf.write(paths[cluster[i]].getBytes(StandardCharsets.US_ASCII));
            buf.write('\n');
        }
        buf.flush();
    }

    /** Reads and writes {@link BrownClusters} inside a model (without closing the model's stream). */
    public static final class Serializer implements ArtifactSerializer<BrownClusters> {
        @Override
        public BrownClusters create(InputStream in) throws IOException {
            return new BrownClusters(in);
        }

        @Override
        public void serialize(BrownClusters artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }
}
