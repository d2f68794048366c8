package org.parley.extract.event;

import java.util.stream.Collectors;

import org.parley.model.Event;

/** Test helper: one line per event, for logs and failure messages. */
final class EventText {
    private EventText() {}

    static String of(Event e, String text) {
        return e.id() + " s" + e.evidence().sentence() + " " + e.type() + " " + e.status()
                + (e.name() == null ? "" : " name=\"" + e.name() + "\"")
                + " trigger=\"" + e.trigger().cover(text) + "\""
                + " parts=" + e.participants().stream().map(p -> p.role() + ":" + p.entity().label()).collect(Collectors.toList())
                + " places=" + e.places().stream().map(p -> p.label()).collect(Collectors.toList())
                + (e.time() == null ? "" : " time=" + e.time().value())
                + " qty=" + e.quantities().stream().map(q -> q.role() + ":" + q.value()).collect(Collectors.toList())
                + (e.contentOf() == null ? "" : " contentOf=" + e.contentOf())
                + (e.partOf() == null ? "" : " partOf=" + e.partOf())
                + " | " + e.evidence().span().cover(text);
    }
}
