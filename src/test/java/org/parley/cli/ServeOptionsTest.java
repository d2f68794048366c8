package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --allow-update} goes with {@code --credentials FILE}, and the password is read from the file only; the limits
 * and the admission options have defaults, and bad values are usage errors.
 */
class ServeOptionsTest {
    @Test
    void allowUpdateNeedsACredentialsFileAndTheFileNeedsAllowUpdate(@TempDir Path dir) throws Exception {
        Path users = Files.writeString(dir.resolve("users"), "editor:secret\n");
        CliHarness noFile = CliHarness.run("serve", "--mem", "--allow-update");
        assertEquals(ParleyCli.USAGE, noFile.exitCode());
        assertTrue(noFile.err().contains("--allow-update needs --credentials FILE"), noFile.err());
        CliHarness noFlag = CliHarness.run("serve", "--mem", "--credentials", users.toString());
        assertEquals(ParleyCli.USAGE, noFlag.exitCode());
        assertTrue(noFlag.err().contains("--credentials is only used with --allow-update"), noFlag.err());
        Path bad = Files.writeString(dir.resolve("bad"), "editor\n");
        CliHarness badFile = CliHarness.run("run", "--mem", "--allow-update", "--credentials", bad.toString());
        assertEquals(ParleyCli.USAGE, badFile.exitCode());
        assertTrue(badFile.err().contains("must hold one line 'user:password'"), badFile.err());
        // there is no way to give a password on the command line
        assertEquals(ParleyCli.USAGE, CliHarness.run("serve", "--mem", "--allow-update", "--password", "secret").exitCode());
    }

    @Test
    void limitsHaveDefaultsAndTakeSizes() {
        ServeCommand cmd = new ServeCommand();
        new picocli.CommandLine(cmd).parseArgs("--mem");
        assertEquals(100_000, cmd.server.maxRows);
        assertEquals(1024 * 1024, cmd.server.maxRequestBytes);
        new picocli.CommandLine(cmd).parseArgs("--mem", "--max-rows", "10", "--max-request-size", "64kB");
        assertEquals(10, cmd.server.maxRows);
        assertEquals(64 * 1024, cmd.server.maxRequestBytes);
    }

    @Test
    void concurrencyAndQueueWaitHaveDefaultsAndBadValuesAreUsageErrors() {
        ServeCommand cmd = new ServeCommand();
        new picocli.CommandLine(cmd).parseArgs("--mem");
        assertEquals(null, cmd.server.concurrency, "the builder's default: one per processor");
        assertEquals(250, cmd.server.queueWaitMillis);
        new picocli.CommandLine(cmd).parseArgs("--mem", "--concurrency", "3", "--queue-wait", "40");
        assertEquals(3, cmd.server.concurrency);
        assertEquals(java.time.Duration.ofMillis(40), cmd.server.queueWait());
        CliHarness zero = CliHarness.run("serve", "--mem", "--concurrency", "0");
        assertEquals(ParleyCli.USAGE, zero.exitCode());
        assertTrue(zero.err().contains("--concurrency must be at least 1"), zero.err());
        CliHarness negative = CliHarness.run("run", "--mem", "--queue-wait", "-1");
        assertEquals(ParleyCli.USAGE, negative.exitCode());
        assertTrue(negative.err().contains("--queue-wait must not be negative"), negative.err());
    }
}
