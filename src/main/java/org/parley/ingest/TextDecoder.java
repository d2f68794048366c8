package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a file into text, refusing what is not text.
 *
 * <ul>
 *   <li>A byte order mark selects UTF-8, UTF-16 (either order) or UTF-32 and is dropped.</li>
 *   <li>Without one, files that start like a PDF, PNG, GIF, JPEG, ZIP or gzip file, or that contain a NUL
 *       byte, are binary and refused.</li>
 *   <li>HTML may declare its encoding in a {@code <meta charset>} near the top; everything else is UTF-8.</li>
 *   <li>Decoding is strict: the first invalid byte is reported with its byte offset and line.</li>
 * </ul>
 */
final class TextDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** How far into an HTML file the encoding declaration is looked for. */
    private static final int SNIFF_BYTES = 2048;

    private TextDecoder() {
    }

    /** The encoding a byte order mark announces, and the mark's length. */
    record Bom(Charset charset, int length) {
    }

    /** The byte order mark at the start of {@code head}, or {@code null}. */
    static Bom bom(byte[] head, int len) {
        if (len >= 4 && b(head, 0) == 0xFF && b(head, 1) == 0xFE && b(head, 2) == 0 && b(head, 3) == 0)
            return new Bom(Charset.forName("UTF-32LE"), 4);
        if (len >= 4 && b(head, 0) == 0 && b(head, 1) == 0 && b(head, 2) == 0xFE && b(head, 3) == 0xFF)
            return new Bom(Charset.forName("UTF-32BE"), 4);
        if (len >= 3 && b(head, 0) == 0xEF && b(head, 1) == 0xBB && b(head, 2) == 0xBF)
            return new Bom(StandardCharsets.UTF_8, 3);
        if (len >= 2 && b(head, 0) == 0xFE && b(head, 1) == 0xFF)
            return new Bom(StandardCharsets.UTF_16BE, 2);
        if (len >= 2 && b(head, 0) == 0xFF && b(head, 1) == 0xFE)
            return new Bom(StandardCharsets.UTF_16LE, 2);
        return null;
    }

    /**
     * What kind of binary file {@code head} starts, or {@code null} when it does not look binary. Only
     * meaningful for files without a UTF-16/32 byte order mark.
     */
    static String binaryKind(byte[] head, int len) {
        if (startsWith(head, len, 0x25, 0x50, 0x44, 0x46, 0x2D))
            return "a PDF document";
        if (startsWith(head, len, 0x89, 0x50, 0x4E, 0x47))
            return "a PNG image";
        if (startsWith(head, len, 0x47, 0x49, 0x46, 0x38))
            return "a GIF image";
        if (startsWith(head, len, 0xFF, 0xD8, 0xFF))
            return "a JPEG image";
        if (startsWith(head, len, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, len, 0x50, 0x4B, 0x05, 0x06))
            return "a ZIP archive";
        if (startsWith(head, len, 0x1F, 0x8B))
            return "a gzip archive";
        for (int i = 0; i < len; i++)
            if (head[i] == 0)
                return "binary data (NUL byte at byte offset " + i + ")";
        return null;
    }

    /** Decodes a whole file (already read into memory). */
    static String decode(byte[] bytes, boolean html) throws BadInputException {
        if (bytes.length == 0)
            throw new BadInputException("empty file");
        Bom bom = bom(bytes, bytes.length);
        boolean wide = bom != null && bom.charset() != StandardCharsets.UTF_8;
        if (!wide) {
            String kind = binaryKind(bytes, bytes.length);
            if (kind != null)
                throw new BadInputException("not a text file: looks like " + kind);
        }
        Charset cs = bom != null ? bom.charset() : html ? declaredCharset(bytes) : StandardCharsets.UTF_8;
        int start = bom != null ? bom.length() : 0;
        String text;
        try {
            text = decodeStrict(ByteBuffer.wrap(bytes, start, bytes.length - start), cs);
        } catch (DecodeError e) {
            long offset = start + e.position;
            if (wide)
                throw new BadInputException("invalid " + cs.name() + " at byte offset " + offset);
            long line = lineOf(bytes, offset);
            throw new BadInputException(line, "invalid " + cs.name() + " at byte offset " + offset + " (line " + line + ")");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0)
            throw new BadInputException("not a text file: NUL character in decoded text");
        return text;
    }

    /** The charset an HTML file declares in a meta tag near its top, when the JDK knows it; else UTF-8. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find())
            return StandardCharsets.UTF_8;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("utf-16") || name.startsWith("utf-32"))
            return StandardCharsets.UTF_8; // a wide encoding could not have been declared in ASCII; ignore
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Thrown by {@link #decodeStrict}: the position of the first byte that is not valid. */
    static final class DecodeError extends Exception {
        private static final long serialVersionUID = 1L;
        final int position;

        DecodeError(int position) {
            super(null, null, false, false);
            this.position = position;
        }
    }

    /** Decodes, failing at the first malformed or unmappable input; the error's position is relative to the buffer's start. */
    static String decodeStrict(ByteBuffer in, Charset cs) throws DecodeError {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int origin = in.position();
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (in.remaining() * (double) dec.maxCharsPerByte()) + 16));
        CoderResult r = dec.decode(in, out, true);
        if (r.isError())
            throw new DecodeError(in.position() - origin);
        r = dec.flush(out);
        if (r.isError())
            throw new DecodeError(in.position() - origin);
        out.flip();
        return out.toString();
    }

    /** 1-based line of a byte offset: one more than the LF bytes before it. */
    static long lineOf(byte[] bytes, long offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++)
            if (bytes[i] == '\n')
                line++;
        return line;
    }

    private static boolean startsWith(byte[] head, int len, int... magic) {
        if (len < magic.length)
            return false;
        for (int i = 0; i < magic.length; i++)
            if (b(head, i) != magic[i])
                return false;
        return true;
    }

    private static int b(byte[] a, int i) {
        return a[i] & 0xFF;
    }
}
