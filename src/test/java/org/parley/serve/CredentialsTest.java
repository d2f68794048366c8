package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    @Test
    void oneLineUserColonPasswordWithCommentsAndColonsInThePassword(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("users"), "# who may update\n\n  editor :s3cret: with spaces\n");
        Credentials c = Credentials.read(f);
        assertEquals("editor", c.user());
        assertEquals("s3cret: with spaces", c.password());
        assertFalse(c.toString().contains("s3cret"), c.toString());
        assertTrue(c.toString().contains("editor"));
    }

    @Test
    void refusesFilesThatAreMissingEmptyAmbiguousOrIncomplete(@TempDir Path dir) throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Credentials.read(dir.resolve("missing")));
        for (String content : new String[] {"", "# only a comment\n", "a:hunter2\nc:hunter2\n", "hunter2\n", ":hunter2\n", "user:\n"}) {
            Path f = Files.writeString(dir.resolve("users"), content);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.read(f), content);
            assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
            assertFalse(e.getMessage().contains("hunter2"), "no secret in the message: " + e.getMessage());
        }
    }
}
