package org.parley.rdf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.parley.model.Article;
import org.parley.model.EntityRef;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.ExtractedArticle;
import org.parley.model.Participant;
import org.parley.model.Role;
import org.parley.model.TimeExpression;
import org.parley.model.TimeGranularity;
import org.parley.resolve.EntityResolver;

/**
 * The identity of the real event an article's event report is about, computed from the report alone (no shared
 * state, so that any number of workers agree): reports of the same event in different articles get the same key.
 *
 * <ul>
 * <li>A named event: {@code event/<slug of its name>} ({@code event/black-sea-grain-initiative}).</li>
 * <li>Otherwise {@code event/<type>/<parties>[/<place>][/<year-month>]}: the type ({@code negotiation}); the
 *     sorted entity keys of its main parties ({@code /} written {@code .}, joined by {@code +}; {@code unknown}
 *     when there are none); its place; the month of its time, else the article's reference month
 *     ({@link #referenceMonth}: of its publication date, or when it has none of the latest absolute date in its
 *     text) ({@code 2025-05}; a year when the time is only a year; nothing when there is no month at all). Main parties are the negotiating parties if the
 *     event has any, else the participants in the roles that make up its sides (participant, speaker,
 *     proposer, signatory, attacker, releasing and receiving party); of these the states, alliances and
 *     organisations, or the persons if there are no others. Host, mediator, addressee, supporter, target,
 *     victim and delegation heads do not count: articles name them less consistently.</li>
 * <li>The content of a speech act or agreement (a demanded ceasefire) adds {@code /of/} and the key of the speech
 *     act without its {@code event/}, so that a demanded ceasefire is never the ceasefire that happened.</li>
 * </ul>
 *
 * <pre>{@code
 * String key = CanonicalEvents.key(event, eventsById, article);   // "event/negotiation/state.RU+state.UA/place.istanbul/2025-05"
 * }</pre>
 */
public final class CanonicalEvents {
    private static final Set<Role> SIDE_ROLES = EnumSet.of(Role.PARTICIPANT, Role.NEGOTIATING_PARTY, Role.SPEAKER,
            Role.PROPOSER, Role.SIGNATORY, Role.ATTACKER, Role.RELEASING_PARTY, Role.RECEIVING_PARTY);
    private static final int MAX_DEPTH = 8;

    private CanonicalEvents() {}

    /**
     * The key of the canonical event of {@code e}, an IRI path under the data namespace.
     *
     * @param byId    the article's events by id (to follow {@link Event#contentOf()})
     * @param article the article (its publication date stands in for a missing time)
     */
    public static String key(Event e, Map<String, Event> byId, Article article) {
        Objects.requireNonNull(article, "article");
        return key(e, byId, article.published() == null ? null : article.published().toString().substring(0, 7));
    }

    /**
     * The key of the canonical event of {@code e}.
     *
     * @param referenceMonth the month ({@code 2025-05}) that stands in for a missing time, or {@code null}
     */
    public static String key(Event e, Map<String, Event> byId, String referenceMonth) {
        Objects.requireNonNull(e, "e");
        Objects.requireNonNull(byId, "byId");
        return "event/" + local(e, byId, referenceMonth, new HashSet<>());
    }

    /**
     * The month an article is about, for events whose time it does not give: its publication month, else the
     * month of the latest absolute (not relative) day or month its text names, else {@code null}.
     */
    public static String referenceMonth(ExtractedArticle x) {
        Objects.requireNonNull(x, "x");
        if (x.article().published() != null) return x.article().published().toString().substring(0, 7);
        String latest = null;
        for (TimeExpression t : x.times()) {
            if (t.relative() || t.granularity() == TimeGranularity.YEAR) continue;
            String month = t.value().substring(0, t.value().length() - (t.granularity() == TimeGranularity.DAY ? 3 : 0));
            if (!month.startsWith("-") && (latest == null || month.compareTo(latest) > 0)) latest = month;
        }
        return latest;
    }

    private static String local(Event e, Map<String, Event> byId, String article, Set<String> seen) {
        StringBuilder sb = new StringBuilder();
        if (e.name() != null) {
            sb.append(EntityResolver.slug(e.name()));
        } else {
            sb.append(typeSegment(e.type())).append('/');
            List<EntityRef> parties = mainParties(e);
            if (parties.isEmpty()) sb.append("unknown");
            for (int i = 0; i < parties.size(); i++) sb.append(i == 0 ? "" : "+").append(flat(parties.get(i).key()));
            if (e.place() != null) sb.append('/').append(flat(e.place().key()));
            String when = when(e, article);
            if (when != null) sb.append('/').append(when);
        }
        Event parent = e.contentOf() == null ? null : byId.get(e.contentOf());
        if (parent != null && seen.add(e.id()) && seen.size() < MAX_DEPTH)
            sb.append("/of/").append(local(parent, byId, article, seen));
        return sb.toString();
    }

    /** The main parties of an event (see the class comment), sorted by key, each once. */
    public static List<EntityRef> mainParties(Event e) {
        TreeMap<String, EntityRef> negotiating = new TreeMap<>();
        TreeMap<String, EntityRef> sides = new TreeMap<>();
        for (Participant p : e.participants()) {
            if (p.entity().type() == EntityType.PLACE) continue;
            if (p.role() == Role.NEGOTIATING_PARTY) negotiating.put(p.entity().key(), p.entity());
            if (SIDE_ROLES.contains(p.role())) sides.put(p.entity().key(), p.entity());
        }
        TreeMap<String, EntityRef> candidates = negotiating.isEmpty() ? sides : negotiating;
        List<EntityRef> groups = new ArrayList<>();
        List<EntityRef> persons = new ArrayList<>();
        for (EntityRef r : candidates.values()) (r.type() == EntityType.PERSON ? persons : groups).add(r);
        return groups.isEmpty() ? persons : groups;
    }

    /** A readable label: the name, or "Negotiation: Russia, Ukraine in Istanbul", with what it is the content of. */
    public static String label(Event e, Map<String, Event> byId) {
        return label(e, byId, 0);
    }

    private static String label(Event e, Map<String, Event> byId, int depth) {
        StringBuilder sb = new StringBuilder();
        if (e.name() != null) {
            sb.append(e.name());
        } else {
            sb.append(typeLabel(e.type()));
            List<EntityRef> parties = mainParties(e);
            for (int i = 0; i < parties.size(); i++) sb.append(i == 0 ? ": " : ", ").append(parties.get(i).label());
            if (e.place() != null) sb.append(" in ").append(e.place().label());
        }
        Event parent = e.contentOf() == null ? null : byId.get(e.contentOf());
        if (parent != null && depth < MAX_DEPTH)
            sb.append(" (").append(e.status().name().toLowerCase(Locale.ROOT)).append(", content of ")
                    .append(label(parent, byId, depth + 1)).append(')');
        return sb.toString();
    }

    /** The ontology class of an event type's canonical events ({@code parley:Negotiation}, ...). */
    public static org.apache.jena.graph.Node eventClass(EventType t) {
        return FactMapper.classOf(t).asNode();
    }

    /** "Prisoner exchange" for {@code PRISONER_EXCHANGE}. */
    public static String typeLabel(EventType t) {
        String s = t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String typeSegment(EventType t) {
        return t.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An entity key as one path segment: {@code state/UA} → {@code state.UA}. */
    private static String flat(String key) {
        return key.replace('/', '.');
    }

    private static String when(Event e, String referenceMonth) {
        if (e.time() == null) return referenceMonth;
        String v = e.time().value();
        return switch (e.time().granularity()) {
            case YEAR, MONTH -> v;
            case DAY -> v.substring(0, v.length() - 3);
        };
    }
}
