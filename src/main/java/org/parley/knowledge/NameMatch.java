package org.parley.knowledge;

import java.util.Objects;

/**
 * One candidate for a name.
 *
 * @param entity     the entity the name may refer to
 * @param kind       how the name refers to it
 * @param tokenCount how many tokens the match covers (for {@link Gazetteer#lookup(String)}: the white-space
 *                   separated words of the looked-up string)
 */
public record NameMatch(KnownEntity entity, MatchKind kind, int tokenCount) {
    public NameMatch {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
        if (tokenCount < 1)
            throw new IllegalArgumentException("tokenCount < 1: " + tokenCount);
    }
}
