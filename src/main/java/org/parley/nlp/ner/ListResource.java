package org.parley.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Word lists shipped next to this package's classes: UTF-8 lines, blank lines and {@code #} comments skipped. */
final class ListResource {
    private ListResource() {
    }

    /** The stripped content lines of resource {@code name} of this package; fails when it is missing. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = ListResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Opens a data file for reading, through gunzip when its name ends in {@code .gz}. */
    static InputStream open(java.nio.file.Path file) throws IOException {
        InputStream raw = java.nio.file.Files.newInputStream(file);
        if (!file.getFileName().toString().endsWith(".gz")) {
            return raw;
        }
        try {
            return new java.util.zip.GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }
}
