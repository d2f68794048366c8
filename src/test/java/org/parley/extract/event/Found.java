package org.parley.extract.event;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.parley.model.EntityRef;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.QuantityRole;
import org.parley.model.Role;

/** Test helper: the events found in one text, with look-ups by type, status and participants. */
record Found(String text, List<Event> events) {
    String dump() {
        return events.stream().map(e -> EventText.of(e, text)).collect(Collectors.joining("\n"));
    }

    List<Event> all(EventType type, EventStatus status) {
        return events.stream().filter(e -> e.type() == type && (status == null || e.status() == status)).toList();
    }

    /** The one event of this type and status with all these participant labels in any role. */
    Event one(EventType type, EventStatus status, String... labels) {
        List<Event> c = all(type, status).stream()
                .filter(e -> labels(e, null).containsAll(List.of(labels))).toList();
        if (c.isEmpty()) fail("no " + type + "/" + status + " with " + List.of(labels) + " in:\n" + dump());
        return c.get(0);
    }

    Event byId(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id + " in:\n" + dump()));
    }

    static Set<String> labels(Event e, Role role) {
        return e.participants().stream().filter(p -> role == null || p.role() == role)
                .map(p -> p.entity().label()).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> places(Event e) {
        return e.places().stream().map(EntityRef::label).collect(Collectors.toCollection(TreeSet::new));
    }

    static Long quantity(Event e, QuantityRole role) {
        return e.quantities().stream().filter(q -> q.role() == role).map(q -> q.value()).findFirst().orElse(null);
    }

    String evidence(Event e) {
        return e.evidence().span().cover(text);
    }
}
