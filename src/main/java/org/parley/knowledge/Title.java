package org.parley.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A title of office or role as written in English news.
 *
 * @param label        the canonical form ("Defence Minister")
 * @param variants     the spellings that are matched ("Defense Minister", "Minister of Defence", ...), label first
 * @param kind         head-of-state, head-of-government, government, diplomatic, military, legislative, judicial,
 *                     organisation, royal or role
 * @param impliesState whether a holder normally acts for a state (a foreign minister does, an analyst does not)
 */
public record Title(String label, List<String> variants, String kind, boolean impliesState) {
    public Title {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        if (label.isBlank())
            throw new IllegalArgumentException("blank title label");
        if (kind.isBlank())
            throw new IllegalArgumentException("blank title kind for " + label);
    }
}
