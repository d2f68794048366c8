package org.parley.knowledge.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A minimal RFC 4180 CSV reader (quoted fields, doubled quotes, line breaks inside quotes) for the source tables. */
final class Csv {
    private Csv() {
    }

    /** Reads a CSV file with a header line into one map per row (column name to value). */
    static List<Map<String, String>> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> records = parse(text);
        if (records.isEmpty())
            throw new IOException(file + ": empty");
        List<String> header = records.get(0);
        List<Map<String, String>> out = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() == 1 && rec.get(0).isEmpty())
                continue;
            if (rec.size() != header.size())
                throw new IOException(file + ": record " + r + " has " + rec.size() + " fields, header "
                        + header.size());
            Map<String, String> row = new HashMap<>(header.size() * 2);
            for (int i = 0; i < header.size(); i++)
                row.put(header.get(i), rec.get(i));
            out.add(row);
        }
        return out;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF')
            i = 1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                rec.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')
                    i++;
                rec.add(field.toString());
                field.setLength(0);
                records.add(rec);
                rec = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !rec.isEmpty()) {
            rec.add(field.toString());
            records.add(rec);
        }
        return records;
    }
}
