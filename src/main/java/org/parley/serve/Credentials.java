package org.parley.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one user allowed to change data (SPARQL Update, Graph Store Protocol writes) with HTTP basic
 * authentication, read from a file so that the password is never on a command line or in a process listing.
 *
 * <p>The file holds one line {@code user:password}; the password is everything after the first colon (it may
 * contain colons and spaces). Blank lines and lines starting with {@code #} are ignored. A file that others
 * may read is accepted with a warning.
 *
 * <pre>{@code
 * Credentials c = Credentials.read(Path.of("parley-users.txt"));
 * }</pre>
 */
public final class Credentials {
    private static final Logger LOG = LoggerFactory.getLogger(Credentials.class);

    private final String user;
    private final String password;

    private Credentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /**
     * Reads the credentials file.
     *
     * @throws IllegalArgumentException when the file cannot be read or does not hold exactly one {@code user:password}
     *         line with a non-empty user and password
     */
    public static Credentials read(Path file) {
        Objects.requireNonNull(file, "file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the credentials file " + file + ": " + e.getMessage(), e);
        }
        List<String> entries = lines.stream().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#")).toList();
        if (entries.size() != 1)
            throw new IllegalArgumentException("the credentials file " + file + " must hold exactly one line 'user:password' (found "
                    + entries.size() + ")");
        String line = entries.get(0);
        int colon = line.indexOf(':');
        String user = colon < 0 ? "" : line.substring(0, colon).strip();
        String password = colon < 0 ? "" : line.substring(colon + 1);
        if (user.isEmpty() || password.isEmpty() || user.chars().anyMatch(c -> c < 0x20 || c == 0x7F))
            throw new IllegalArgumentException("the credentials file " + file + " must hold one line 'user:password' "
                    + "with a non-empty user and password");
        warnIfOthersCanRead(file);
        return new Credentials(user, password);
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view == null) return;
            Set<PosixFilePermission> p = view.readAttributes().permissions();
            if (p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.GROUP_READ))
                LOG.warn("The credentials file {} can be read by other users; consider chmod 600", file);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot check the permissions of {}", file, e);
        }
    }

    public String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** The user only: the password never appears in logs or messages. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
