package org.parley.model;

import java.util.Objects;

/** An entity taking part in an event in a role, with the evidence for it. */
public record Participant(Role role, EntityRef entity, Evidence evidence) {
    public Participant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(evidence, "evidence");
    }
}
