package org.parley.nlp.ner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three name types of Parley's name finder, as OpenNLP span type strings. */
public final class NerTypes {
    public static final String PERSON = "person";
    public static final String LOCATION = "location";
    public static final String ORGANIZATION = "organization";

    /**
     * Training-only type for names that are none of the three (demonyms, works, events: CoNLL's MISC). The
     * model learns them so that it does not confuse them with the three; {@link ParleyNameFinder} never
     * returns them.
     */
    public static final String MISC = "misc";

    /** All types, in the order used by score tables. */
    public static final List<String> ALL = List.of(PERSON, LOCATION, ORGANIZATION);

    private NerTypes() {
    }

    /**
     * Maps a CoNLL type ({@code PER}, {@code LOC}, {@code ORG}, case-insensitive) to a Parley type; any other
     * type ({@code MISC}) maps to empty.
     */
    public static Optional<String> fromConll(String conllType) {
        switch (conllType.toUpperCase(Locale.ROOT)) {
            case "PER": return Optional.of(PERSON);
            case "LOC": return Optional.of(LOCATION);
            case "ORG": return Optional.of(ORGANIZATION);
            default: return Optional.empty();
        }
    }
}
