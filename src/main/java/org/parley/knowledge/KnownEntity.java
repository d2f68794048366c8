package org.parley.knowledge;

import org.parley.model.EntityType;

import java.util.List;
import java.util.Objects;

/**
 * Something the gazetteer knows: a state, an alliance or intergovernmental organisation, an organisation, or a
 * place (territory, first-level region, city).
 *
 * @param id          stable identifier with a kind prefix: {@code state:UA}, {@code territory:GL},
 *                    {@code alliance:NATO}, {@code org:REUTERS}, {@code region:UKR-327}, {@code city:Q1899}
 *                    (or {@code city:ne1159...} for places without a Wikidata ID)
 * @param type        the entity type: STATE, ALLIANCE, ORGANIZATION or PLACE
 * @param label       the canonical English label, never blank
 * @param wikidata    the Wikidata Q-id, or null when not known reliably
 * @param countryCode for places: the ISO 3166-1 alpha-2 code (or territory id) of the unit the source places it
 *                    in, for territories their sovereign; null for states, alliances and organisations and where
 *                    there is none. For a {@code disputed} place this is the source's contested claim, not a fact.
 * @param names       every name it is known by (label first), without demonyms and metonyms
 * @param source      where the record comes from (source and licence), never blank
 * @param disputed    whether its status or placement is disputed (Crimea, Kosovo, Taiwan, Western Sahara...)
 */
public record KnownEntity(String id, EntityType type, String label, String wikidata, String countryCode,
                          List<String> names, String source, boolean disputed) {
    public KnownEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        if (id.isBlank() || id.indexOf(':') <= 0)
            throw new IllegalArgumentException("id needs a kind prefix: '" + id + "'");
        if (label.isBlank())
            throw new IllegalArgumentException("blank label for " + id);
        if (source.isBlank())
            throw new IllegalArgumentException("blank source for " + id);
        if (wikidata != null && !isQid(wikidata))
            throw new IllegalArgumentException("not a Wikidata Q-id for " + id + ": '" + wikidata + "'");
        if (countryCode != null && countryCode.isBlank())
            throw new IllegalArgumentException("blank country code for " + id + " (use null)");
    }

    private static boolean isQid(String s) {
        if (s.length() < 2 || s.charAt(0) != 'Q' || s.charAt(1) == '0')
            return false;
        for (int i = 1; i < s.length(); i++)
            if (s.charAt(i) < '0' || s.charAt(i) > '9')
                return false;
        return true;
    }
}
