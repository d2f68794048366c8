package org.parley.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.model.EntityType;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.QuantityRole;
import org.parley.model.RelationType;
import org.parley.model.Role;

/**
 * One hand-annotated document of the gold set: a passage of consecutive sentences (a VOA passage) or a whole
 * article file (a seed). Entity strings in relations and events are surface forms as the text writes them.
 *
 * @param id        unique in the gold set
 * @param source    where the passage comes from
 * @param published its publication date, or {@code null}
 * @param text      the passage text, or {@code null} when the document is a {@code file}
 * @param file      the article file (relative to the repository), or {@code null} when {@code text} is given
 * @param sentences how many sentences the passage has
 * @param entities  every name, once per distinct (text, type)
 * @param relations the relations the text states
 * @param events    the events the text reports
 * @param origin    the gold file and line it was read from, for messages
 */
public record GoldDocument(String id, String source, LocalDate published, String text, String file, int sentences,
                           List<Entity> entities, List<Relation> relations, List<Event> events, String origin) {
    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        if ((text == null) == (file == null))
            throw new IllegalArgumentException("a gold document has either text or file: " + id);
        if (sentences < 1) throw new IllegalArgumentException("sentences must be at least 1: " + id);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }

    /** A name in the text with its type. */
    public record Entity(String text, EntityType type) {
        public Entity {
            requireText(text, "entity text");
            Objects.requireNonNull(type, "type");
        }
    }

    /** A relation: {@code object} may be {@code null} for posts whose state the text leaves open. */
    public record Relation(RelationType type, String subject, String object, String post, String evidence) {
        public Relation {
            Objects.requireNonNull(type, "type");
            requireText(subject, "subject");
            requireText(evidence, "evidence");
            boolean isPost = type == RelationType.HOLDS_POST || type == RelationType.HELD_POST;
            if (isPost && (post == null || post.isBlank())) throw new IllegalArgumentException(type + " needs a post");
            if (!isPost && post != null) throw new IllegalArgumentException(type + " takes no post");
            if (!isPost && object == null) throw new IllegalArgumentException(type + " needs an object");
        }
    }

    /** An entity in a role. */
    public record Participant(Role role, String entity) {
        public Participant {
            Objects.requireNonNull(role, "role");
            requireText(entity, "participant entity");
        }
    }

    /** A number describing an event. */
    public record Amount(QuantityRole role, long value) {
        public Amount {
            Objects.requireNonNull(role, "role");
            if (value < 0) throw new IllegalArgumentException("negative quantity: " + value);
        }
    }

    /** An event report; {@code time} is an ISO value at day, month or year precision, or {@code null}. */
    public record Event(EventType type, EventStatus status, String trigger, String name,
                        List<Participant> participants, String place, String time, List<Amount> quantities,
                        String evidence) {
        public Event {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
            requireText(trigger, "trigger");
            requireText(evidence, "evidence");
            participants = List.copyOf(participants);
            quantities = List.copyOf(quantities);
            if (time != null && !isIsoTime(time))
                throw new IllegalArgumentException("time is not an ISO year, year-month or date: " + time);
        }
    }

    /** Whether {@code s} is an ISO 8601 year ({@code 2014}), year-month ({@code 2025-03}) or date ({@code 2025-05-16}). */
    static boolean isIsoTime(String s) {
        try {
            if (s.matches("\\d{4}")) return true;
            if (s.matches("\\d{4}-\\d{2}")) return java.time.YearMonth.parse(s) != null;
            return s.matches("\\d{4}-\\d{2}-\\d{2}") && LocalDate.parse(s) != null;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) throw new IllegalArgumentException("blank " + what);
    }
}
