package org.parley.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A whole number of at least 1 from the command line ({@code --threads}, {@code --batch-articles}). */
final class PositiveInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("not a whole number: '" + value + "'");
        }
        if (n < 1) throw new TypeConversionException("must be at least 1: '" + value + "'");
        return n;
    }
}
