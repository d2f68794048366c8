package org.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Parley's version, from the build ({@code parley-version.properties}, filtered by Maven). */
public final class ParleyVersion {
    private static final String VERSION = load();

    private ParleyVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ParleyVersion.class.getResourceAsStream("/org/parley/parley-version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
