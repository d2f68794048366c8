package org.parley.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size in bytes from the command line: {@code 1048576}, {@code 512kB}, {@code 10MB}, {@code 1GB} (powers of 1024). */
final class ByteSize implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");

    @Override
    public Long convert(String value) {
        return parse(value);
    }

    static long parse(String value) {
        Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new TypeConversionException("not a size: '" + value + "' (examples: 1048576, 512kB, 10MB)");
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        if (n <= 0) throw new TypeConversionException("size must be positive: '" + value + "'");
        if (n > Long.MAX_VALUE / factor) throw new TypeConversionException("size too large: '" + value + "'");
        return n * factor;
    }
}
