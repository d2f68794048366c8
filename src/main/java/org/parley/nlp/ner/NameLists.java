package org.parley.nlp.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Typed lists of names (people, organisations, places, works, ...), each name a sequence of tokens, held
 * compactly: the names as one UTF-8 byte array in byte order, with offsets and a bit mask of list types per
 * name (about 20 bytes a name plus its text). Immutable and thread-safe. Stored inside a name-finder model by
 * {@link Serializer}, read by {@link NameListFeatureGeneratorFactory}.
 */
public final class NameLists implements SerializableArtifact {
    static {
        ClusterDictionary.allowLoading();
    }

    /** Longest name, in tokens. */
    public static final int MAX_TOKENS = 6;

    private final byte[] bytes;
    private final int[] offsets;
    private final int[] masks;
    private final String[] types;

    /**
     * Reads {@code name<TAB>type[,type...]} lines (UTF-8): the name's tokens separated by single spaces, names
     * unique and sorted by their UTF-8 bytes (unsigned), at most {@value #MAX_TOKENS} tokens and 32 types.
     */
    public NameLists(InputStream in) throws IOException {
        this(in.readAllBytes());
    }

    /** Parses the lines of {@link #NameLists(InputStream)} from their UTF-8 bytes (kept as they are). */
    NameLists(byte[] data) throws IOException {
        Map<String, Integer> typeIds = new LinkedHashMap<>();
        Map<String, Integer> maskOf = new java.util.HashMap<>();
        ByteArrayOutputStream text = new ByteArrayOutputStream(Math.max(16, data.length));
        IntList offs = new IntList();
        IntList ms = new IntList();
        int prevStart = -1;
        int prevEnd = -1;
        int lineNo = 0;
        int pos = 0;
        while (pos < data.length) {
            int end = pos;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            int lineEnd = end > pos && data[end - 1] == '\r' ? end - 1 : end;
            lineNo++;
            int start = pos;
            pos = end + 1;
            if (lineEnd == start || data[start] == '#' || blank(data, start, lineEnd)) {
                continue;
            }
            int tab = start;
            while (tab < lineEnd && data[tab] != '\t') {
                tab++;
            }
            if (tab == start || tab >= lineEnd - 1) {
                throw new IOException("name lists line " + lineNo + ": expected name<TAB>types");
            }
            if (prevStart >= 0 && Arrays.compareUnsigned(data, prevStart, prevEnd, data, start, tab) >= 0) {
                throw new IOException("name lists line " + lineNo + ": names not sorted or repeated at "
                        + new String(data, start, tab - start, StandardCharsets.UTF_8));
            }
            prevStart = start;
            prevEnd = tab;
            String typeField = new String(data, tab + 1, lineEnd - tab - 1, StandardCharsets.UTF_8);
            Integer mask = maskOf.get(typeField);
            if (mask == null) {
                int m = 0;
                for (String t : typeField.split(",")) {
                    Integer id = typeIds.get(t);
                    if (id == null) {
                        id = typeIds.size();
                        if (id >= 32) {
                            throw new IOException("name lists line " + lineNo + ": more than 32 types");
                        }
                        typeIds.put(t, id);
                    }
                    m |= 1 << id;
                }
                mask = m;
                maskOf.put(typeField, mask);
            }
            offs.add(text.size());
            text.write(data, start, tab - start);
            ms.add(mask);
        }
        offs.add(text.size());
        this.bytes = text.toByteArray();
        this.offsets = offs.toArray();
        this.masks = ms.toArray();
        this.types = typeIds.keySet().toArray(new String[0]);
    }

    private static boolean blank(byte[] data, int start, int end) {
        for (int i = start; i < end; i++) {
            if (data[i] != ' ' && data[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Reads a list file, gzipped when its name ends in {@code .gz}. */
    public static NameLists read(Path file) throws IOException {
        try (InputStream in = ListResource.open(file)) {
            return new NameLists(in);
        }
    }

    /** Number of names. */
    public int size() {
        return masks.length;
    }

    /** The list types, in the order of their bits. */
    public List<String> types() {
        return List.of(types);
    }

    /** Bit mask of the lists that hold exactly this name (tokens joined by one space), 0 when none. */
    public int mask(String name) {
        byte[] key = name.getBytes(StandardCharsets.UTF_8);
        int i = lowerBound(key);
        return i < masks.length && compareAt(i, key) == 0 ? masks[i] : 0;
    }

    /**
     * The matches in a sentence: for each start token, every length (1 to {@value #MAX_TOKENS} tokens) whose
     * tokens form a listed name. Each match is {@code {start, end, mask}}.
     */
    public List<int[]> matches(String[] tokens) {
        List<int[]> out = new ArrayList<>();
        for (int start = 0; start < tokens.length; start++) {
            ByteArrayOutputStream key = new ByteArrayOutputStream(32);
            for (int end = start + 1; end <= Math.min(tokens.length, start + MAX_TOKENS); end++) {
                if (end > start + 1) {
                    key.write(' ');
                }
                key.writeBytes(tokens[end - 1].getBytes(StandardCharsets.UTF_8));
                byte[] k = key.toByteArray();
                int i = lowerBound(k);
                boolean longer = false;
                if (i < masks.length) {
                    int c = compareAt(i, k);
                    if (c == 0) {
                        out.add(new int[] {start, end, masks[i]});
                        longer = i + 1 < masks.length && continuesWithSpace(i + 1, k);
                    } else {
                        longer = continuesWithSpace(i, k);
                    }
                }
                if (!longer) {
                    break;
                }
            }
        }
        return out;
    }

    /** Whether name {@code i} starts with {@code key} followed by a space. */
    private boolean continuesWithSpace(int i, byte[] key) {
        int start = offsets[i];
        int len = offsets[i + 1] - start;
        if (len <= key.length || bytes[start + key.length] != ' ') {
            return false;
        }
        return Arrays.equals(bytes, start, start + key.length, key, 0, key.length);
    }

    /** First name not less than {@code key} in unsigned byte order. */
    private int lowerBound(byte[] key) {
        int lo = 0;
        int hi = masks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareAt(mid, key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int compareAt(int i, byte[] key) {
        return Arrays.compareUnsigned(bytes, offsets[i], offsets[i + 1], key, 0, key.length);
    }

    /** Writes the lists as the lines they are read from. */
    public void write(OutputStream out) throws IOException {
        OutputStream buf = new java.io.BufferedOutputStream(out, 1 << 16);
        for (int i = 0; i < masks.length; i++) {
            buf.write(bytes, offsets[i], offsets[i + 1] - offsets[i]);
            buf.write('\t');
            boolean first = true;
            for (int t = 0; t < types.length; t++) {
                if ((masks[i] & (1 << t)) != 0) {
                    if (!first) {
                        buf.write(',');
                    }
                    buf.write(types[t].getBytes(StandardCharsets.UTF_8));
                    first = false;
                }
            }
            buf.write('\n');
        }
        buf.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes {@link NameLists} inside a model (without closing the model's stream). */
    public static final class Serializer implements ArtifactSerializer<NameLists> {
        @Override
        public NameLists create(InputStream in) throws IOException {
            return new NameLists(in.readAllBytes());
        }

        @Override
        public void serialize(NameLists artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] a = new int[1 << 16];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
