package org.parley.model;

import java.util.Objects;

/** A number attached to an event in a role, read from a quantity in the text. */
public record EventQuantity(QuantityRole role, long value, Quantity source) {
    public EventQuantity {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        if (value < 0) throw new IllegalArgumentException("negative value: " + value);
    }
}
