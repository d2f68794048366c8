package org.parley.model;

import java.util.Objects;

/**
 * The real-world thing a mention was resolved to.
 *
 * @param key         the entity's identity, a path of IRI-safe segments ({@code "state/UA"},
 *                    {@code "person/rustem-umerov"}); the same thing gets the same key in every article
 * @param type        its type
 * @param label       its preferred name
 * @param wikidata    its Wikidata Q-identifier, or {@code null}
 * @param knowledgeId its id in Parley's background knowledge (gazetteer), or {@code null}
 */
public record EntityRef(String key, EntityType type, String label, String wikidata, String knowledgeId) {
    public EntityRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (!key.matches("[a-z]+(/[A-Za-z0-9._~-]+)+"))
            throw new IllegalArgumentException("entity key is not a safe IRI path: " + key);
        if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*"))
            throw new IllegalArgumentException("not a Wikidata id: " + wikidata);
    }
}
