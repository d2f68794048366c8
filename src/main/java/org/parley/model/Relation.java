package org.parley.model;

import java.util.Objects;

/**
 * A relation between two entities that one sentence states.
 *
 * @param type     what kind of relation (see {@link RelationType} for what subject and object are)
 * @param subject  the entity the relation is about
 * @param object   the other entity; {@code null} only for posts whose state or organisation the text leaves open
 * @param post     for {@link RelationType#HOLDS_POST} and {@link RelationType#HELD_POST}: the office as a
 *                 normalised title without "former" ("Defence Minister", "President", "spokesperson"); else {@code null}
 * @param evidence where it was read
 */
public record Relation(RelationType type, EntityRef subject, EntityRef object, String post, Evidence evidence) {
    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(evidence, "evidence");
        boolean isPost = type == RelationType.HOLDS_POST || type == RelationType.HELD_POST;
        if (isPost && (post == null || post.isBlank()))
            throw new IllegalArgumentException(type + " needs a post");
        if (!isPost && post != null) throw new IllegalArgumentException(type + " takes no post");
        if (!isPost && object == null) throw new IllegalArgumentException(type + " needs an object");
    }
}
