package org.parley.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gazetteer's file format: UTF-8, one record per line, fields separated by a tab, lines starting with {@code #}
 * are comments, the first other line is the header. Multi-valued fields use {@code |} as separator. Values never
 * contain tabs, line breaks or {@code |}.
 */
public final class Tsv {
    /** Separator of the values in a multi-valued field. */
    public static final char MULTI = '|';

    private final String name;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<String[]> rows;

    private Tsv(String name, List<String> header, List<String[]> rows) {
        this.name = name;
        this.header = List.copyOf(header);
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < header.size(); i++)
            cols.put(header.get(i), i);
        this.columns = Collections.unmodifiableMap(cols);
        this.rows = Collections.unmodifiableList(rows);
    }

    /**
     * Reads a whole table.
     *
     * @param name   a name for messages (usually the file name)
     * @param reader the text, closed by the caller
     * @throws IllegalArgumentException if a row has another number of fields than the header
     */
    public static Tsv read(String name, BufferedReader reader) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isEmpty() || line.charAt(0) == '#')
                    continue;
                if (lineNo == 1 && line.charAt(0) == '\uFEFF')
                    line = line.substring(1);
                String[] fields = split(line, '\t');
                if (header == null) {
                    header = List.of(fields);
                    continue;
                }
                if (fields.length != header.size())
                    throw new IllegalArgumentException(name + ":" + lineNo + ": " + fields.length
                            + " fields, header has " + header.size());
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (header == null)
            throw new IllegalArgumentException(name + ": no header line");
        return new Tsv(name, header, rows);
    }

    /** Splits on one character, keeping empty fields (also trailing ones). */
    public static String[] split(String s, char sep) {
        int n = 1;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + 1))
            n++;
        String[] out = new String[n];
        int start = 0;
        for (int k = 0; k < n - 1; k++) {
            int i = s.indexOf(sep, start);
            out[k] = s.substring(start, i);
            start = i + 1;
        }
        out[n - 1] = s.substring(start);
        return out;
    }

    /** The values of a multi-valued field, without empty ones. */
    public static List<String> multi(String field) {
        if (field.isEmpty())
            return List.of();
        List<String> out = new ArrayList<>();
        for (String v : split(field, MULTI))
            if (!v.isEmpty())
                out.add(v);
        return out;
    }

    /** Writes one record (the values must be clean: see {@link #clean(String)}). */
    public static void writeRow(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0)
                w.write('\t');
            String v = values.get(i);
            if (v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)
                throw new IllegalArgumentException("unclean value: " + v);
            w.write(v);
        }
        w.write('\n');
    }

    /** Replaces tabs, line breaks and {@code |} by spaces and trims. */
    public static String clean(String s) {
        if (s == null)
            return "";
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace(MULTI, ' ').strip();
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return header;
    }

    public List<String[]> rows() {
        return rows;
    }

    /** The index of a column; throws if the table has no such column. */
    public int column(String col) {
        Integer i = columns.get(col);
        if (i == null)
            throw new IllegalArgumentException(name + ": no column '" + col + "'");
        return i;
    }
}
