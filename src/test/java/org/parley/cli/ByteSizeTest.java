package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

class ByteSizeTest {
    @Test
    void parsesBytesAndBinaryUnits() {
        assertEquals(1234, ByteSize.parse("1234"));
        assertEquals(512 * 1024, ByteSize.parse("512kB"));
        assertEquals(512 * 1024, ByteSize.parse("512 k"));
        assertEquals(10L * 1024 * 1024, ByteSize.parse("10MB"));
        assertEquals(2L * 1024 * 1024 * 1024, ByteSize.parse("2gib"));
        for (String bad : new String[] {"", "ten", "-1", "0", "1.5MB", "10TB", "999999999999999GB"})
            assertThrows(TypeConversionException.class, () -> ByteSize.parse(bad), bad);
    }

    @Test
    void theFileSizeLimitDefaultsToTheReadersTenMegabytes() {
        IngestCommand cmd = new IngestCommand();
        new CommandLine(cmd).parseArgs("--mem", "x.txt");
        assertEquals(org.parley.ingest.IngestOptions.DEFAULT_MAX_FILE_BYTES, cmd.ingest.readerOptions().maxFileBytes());
        assertEquals(false, cmd.ingest.readerOptions().followSymlinks());
        new CommandLine(cmd).parseArgs("--mem", "--max-file-size", "2MB", "--follow-symlinks", "x.txt");
        assertEquals(2L * 1024 * 1024, cmd.ingest.readerOptions().maxFileBytes());
        assertEquals(true, cmd.ingest.readerOptions().followSymlinks());
    }
}
