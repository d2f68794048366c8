package org.parley.model;

import java.util.Objects;

/** A mention together with the entity it refers to. */
public record ResolvedMention(Mention mention, EntityRef entity) {
    public ResolvedMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(entity, "entity");
        if (mention.type() != entity.type())
            throw new IllegalArgumentException("mention '" + mention.text() + "' typed " + mention.type()
                    + " resolved to " + entity.type() + " entity " + entity.key());
    }
}
