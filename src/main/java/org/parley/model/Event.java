package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * One article's report of an event.
 *
 * @param id           unique within the article ("e0", "e1", ...), stable for the same text and pipeline
 * @param type         the kind of event
 * @param status       whether the article reports it as happened or only as proposed, demanded, ...
 * @param name         its proper name when the text gives one ("Black Sea Grain Initiative"), else {@code null}
 * @param trigger      the word or phrase that evokes it ("talks", "demanded", "drone strike")
 * @param participants who took part, each in a role
 * @param place        where, or {@code null}; when several places are given, the first of {@code places}
 * @param time         when, or {@code null}
 * @param quantities   numbers that describe it
 * @param contentOf    the id of the speech act or agreement whose content this event is (a demanded
 *                     withdrawal, a proposed ceasefire, an agreed exchange), else {@code null}
 * @param partOf       the id of a larger event of the same article it belongs to, else {@code null}
 * @param evidence     the sentence and characters that state it, its extractor and confidence
 * @param places       every place the text gives ("withdraw from Donetsk, Luhansk, Kherson and Zaporizhzhia"),
 *                     in text order; empty when {@code place} is {@code null}, else starting with {@code place}
 */
public record Event(String id, EventType type, EventStatus status, String name, TextSpan trigger,
                    List<Participant> participants, EntityRef place, TimeExpression time,
                    List<EventQuantity> quantities, String contentOf, String partOf, Evidence evidence,
                    List<EntityRef> places) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(evidence, "evidence");
        if (!id.matches("[A-Za-z0-9_-]+")) throw new IllegalArgumentException("unsafe event id: " + id);
        if (name != null && name.isBlank()) throw new IllegalArgumentException("blank event name");
        participants = List.copyOf(participants);
        quantities = List.copyOf(quantities);
        places = places == null ? List.of() : List.copyOf(places);
        if (places.isEmpty() && place != null) places = List.of(place);
        if (place == null && !places.isEmpty()) place = places.get(0);
        if (place != null && !place.equals(places.get(0)))
            throw new IllegalArgumentException("place " + place.key() + " is not the first of places");
    }

    /** An event with at most one place. */
    public Event(String id, EventType type, EventStatus status, String name, TextSpan trigger,
                 List<Participant> participants, EntityRef place, TimeExpression time,
                 List<EventQuantity> quantities, String contentOf, String partOf, Evidence evidence) {
        this(id, type, status, name, trigger, participants, place, time, quantities, contentOf, partOf, evidence,
                List.of());
    }
}
