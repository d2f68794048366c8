package org.parley.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;

/**
 * Merges canonical events that different articles describe differently but compatibly into one IRI, store-wide,
 * after ingest. {@link org.parley.rdf.CanonicalEvents} computes an event's IRI from one article alone, so the same
 * talks become {@code event/negotiation/state.RU+state.UA/place.Q406/2025-05} in one article and
 * {@code .../place.Q406} (no month) or {@code event/meeting/...} in another. Two canonical events are
 * <em>compatible</em> when
 * <ul>
 * <li>their types are of one family: {@code negotiation} and {@code meeting} are one family (talks between the same
 *     parties are a meeting of them); every other type is a family of its own (a phone call, a statement, a demand,
 *     an agreement, an attack … never merge with another type). Named events ({@code event/<name slug>}) are
 *     never merged: their name is their identity already;</li>
 * <li>their main parties are the same set after person merging (a party {@code person.putin} is the person
 *     {@code person/vladimir-putin} when {@link CrossArticleLinker} merged the surname into it); events without
 *     known parties ({@code unknown}) are merged only as the content of speech acts that merge;</li>
 * <li>their places are the same, or one has none;</li>
 * <li>their times do not exclude each other: the same year-month, a year and a month of that year, or one side
 *     without a time, except that an event without time does not join one known only by its year (an article
 *     that gives no time speaks of its own news; "in 2019" marks a past event). The time is the key's and also every {@code parley:date}, {@code parley:yearMonth} and
 *     {@code parley:year} any article gives the event, so that a merged event keeps what its reports said. Days
 *     within one month may differ: that is a conflict the sources have, kept as claims, not a reason to split;</li>
 * <li>a content event ({@code .../of/<speech act>}) merges only with one whose speech act is (or merged into) the
 *     same event.</li>
 * </ul>
 * Events are clustered most specific first (a place and a month beat a month alone; the earlier type of a family
 * beats the later one; then string order); an event joins the one cluster all of whose members it is compatible
 * with, and stays alone when it would fit two (an event without month beside talks in March and in May). So no
 * cluster ever holds two months or two places. The first member of a cluster is its IRI; the others are rewritten to
 * it in every graph and in every position (subjects and objects: direct triples, claims' {@code rdf:subject} /
 * {@code rdf:object}, {@code parley:reportOf}, {@code parley:content}, {@code parley:subEventOf},
 * {@code parley:delegationTo}), and delegations named after a merged event ({@code delegation/<state>/<event>})
 * are renamed after the surviving event. Idempotent.
 *
 * <pre>{@code
 * int merged = new EventLinker(ParleyNamespaces.defaults()).link(store.dataset());
 * }</pre>
 */
public final class EventLinker {
    /** Families of event types, each listed most specific first; a type not listed is a family of its own. */
    static final List<List<String>> FAMILIES = List.of(List.of("negotiation", "meeting"));

    private static final Pattern TIME = Pattern.compile("-?\\d{4}(-\\d{2})?");
    private static final String OF = "/of/";

    private final String id;
    private final String eventPrefix;
    private final String personPrefix;
    private final String delegationPrefix;

    public EventLinker(ParleyNamespaces ns) {
        this.id = Objects.requireNonNull(ns, "ns").id();
        this.eventPrefix = id + "event/";
        this.personPrefix = id + "person/";
        this.delegationPrefix = id + "delegation/";
    }

    /** Merges what can be merged; returns how many canonical event IRIs were merged into others. */
    public int link(DatasetGraph dsg) {
        return link(dsg, n -> { });
    }

    /** {@link #link(DatasetGraph)}, telling {@code rewritten} each IRI replaced and each IRI it was replaced by. */
    public int link(DatasetGraph dsg, java.util.function.Consumer<Node> rewritten) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(rewritten, "rewritten");
        Map<String, String> merges = Txn.calculateRead(dsg, () -> plan(dsg));
        if (merges.isEmpty()) return 0;
        Map<Node, Node> renames = new LinkedHashMap<>();
        Txn.executeWrite(dsg, () -> {
            merges.forEach((from, to) -> renames.put(NodeFactory.createURI(eventPrefix + from), NodeFactory.createURI(eventPrefix + to)));
            renames.putAll(delegationRenames(dsg, merges));
            renames.forEach((from, to) -> CrossArticleLinker.rewrite(dsg, from, to));
        });
        renames.forEach((from, to) -> {
            rewritten.accept(from);
            rewritten.accept(to);
        });
        return merges.size();
    }

    /** Which event key (without {@code event/}) goes into which. */
    Map<String, String> plan(DatasetGraph dsg) {
        TreeSet<String> persons = CrossArticleLinker.personKeys(dsg, personPrefix);
        TreeSet<String> keys = new TreeSet<>();
        // by event class: a scan of every rdf:type in the store would read every mention, sentence and claim
        for (org.parley.model.EventType t : org.parley.model.EventType.values())
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), org.parley.rdf.CanonicalEvents.eventClass(t))
                    .forEachRemaining(q -> addKey(keys, q.getSubject()));
        dsg.find(Node.ANY, Node.ANY, PARLEY.reportOf.asNode(), Node.ANY).forEachRemaining(q -> addKey(keys, q.getObject()));
        Set<String> inStore = new HashSet<>(keys);
        // the speech acts named in content keys take part too, even where no article reports them (any more)
        for (String k : new ArrayList<>(keys)) {
            for (int i = k.indexOf(OF); i >= 0; i = k.indexOf(OF, i + 1)) keys.add(k.substring(i + OF.length()));
        }
        Map<String, Desc> descs = new HashMap<>();
        for (String k : keys) {
            Desc d = Desc.parse(k, persons);
            if (d != null) descs.put(k, d);
        }
        // the times stated of the events: one scan per time predicate over the store, rather than three index
        // look-ups per event (most events have a description here, so the scans read little else)
        for (Node p : List.of(PARLEY.date.asNode(), PARLEY.yearMonth.asNode(), PARLEY.year.asNode()))
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                Node s = q.getSubject();
                if (!q.getObject().isLiteral() || !s.isURI() || !s.getURI().startsWith(eventPrefix)) return;
                Desc d = descs.get(s.getURI().substring(eventPrefix.length()));
                if (d != null) d.times.add(q.getObject().getLiteralLexicalForm());
            });
        // cluster by depth: a content event's speech act is clustered before it
        Map<String, String> survivor = new HashMap<>();
        int maxDepth = descs.values().stream().mapToInt(d -> d.depth).max().orElse(-1);
        for (int depth = 0; depth <= maxDepth; depth++) {
            Map<String, List<Desc>> groups = new TreeMap<>();
            for (Desc d : descs.values()) {
                if (d.depth != depth) continue;
                if (d.parties.isEmpty() && d.parent == null) continue;   // too vague to merge on its own
                String parent = d.parent == null ? "" : survivor.getOrDefault(d.parent, d.parent);
                groups.computeIfAbsent(d.family + " " + d.parties + " " + parent, g -> new ArrayList<>()).add(d);
            }
            for (List<Desc> group : groups.values()) {
                group.sort(Comparator.comparingInt((Desc d) -> -d.specificity()).thenComparingInt(d -> d.rank)
                        .thenComparing(d -> d.key));
                List<List<Desc>> clusters = new ArrayList<>();
                for (Desc d : group) {
                    List<List<Desc>> fits = new ArrayList<>();
                    for (List<Desc> c : clusters) if (c.stream().allMatch(d::compatible)) fits.add(c);
                    if (fits.size() == 1) fits.get(0).add(d);
                    else clusters.add(new ArrayList<>(List.of(d)));
                }
                for (List<Desc> c : clusters) for (Desc d : c) if (d != c.get(0)) survivor.put(d.key, c.get(0).key);
            }
        }
        Map<String, String> merges = new TreeMap<>();
        survivor.forEach((from, to) -> {
            if (!from.equals(to) && inStore.contains(from)) merges.put(from, to);
        });
        return merges;
    }

    private void addKey(Set<String> keys, Node n) {
        if (n.isURI() && n.getURI().startsWith(eventPrefix)) keys.add(n.getURI().substring(eventPrefix.length()));
    }

    /** Delegations named after a merged event, renamed after the surviving one. */
    private Map<Node, Node> delegationRenames(DatasetGraph dsg, Map<String, String> merges) {
        TreeSet<String> delegations = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PARLEY.Delegation.asNode()).forEachRemaining(q -> {
            Node s = q.getSubject();
            if (s.isURI() && s.getURI().startsWith(delegationPrefix)) delegations.add(s.getURI().substring(delegationPrefix.length()));
        });
        Map<Node, Node> renames = new LinkedHashMap<>();
        for (String local : delegations) {
            // <entity type>/<entity id>/<event key without "event/">
            int first = local.indexOf('/');
            int second = first < 0 ? -1 : local.indexOf('/', first + 1);
            if (second < 0) continue;
            String to = merges.get(local.substring(second + 1));
            if (to != null)
                renames.put(NodeFactory.createURI(delegationPrefix + local),
                        NodeFactory.createURI(delegationPrefix + local.substring(0, second + 1) + to));
        }
        return renames;
    }

    /** What a canonical event key says: type family, parties, place, time, speech act. */
    static final class Desc {
        final String key;
        final String family;
        final int rank;
        final String parties;
        final String place;
        final Set<String> times = new HashSet<>();
        final String parent;
        final int depth;

        private Desc(String key, String family, int rank, String parties, String place, String parent, int depth) {
            this.key = key;
            this.family = family;
            this.rank = rank;
            this.parties = parties;
            this.place = place;
            this.parent = parent;
            this.depth = depth;
        }

        /** The description of a key, or {@code null} for a named event (no type/parties structure). */
        static Desc parse(String key, Set<String> persons) {
            int of = key.indexOf(OF);
            String head = of < 0 ? key : key.substring(0, of);
            String parent = of < 0 ? null : key.substring(of + OF.length());
            String[] seg = head.split("/");
            if (seg.length < 2) return null;
            String type = seg[0];
            String family = type;
            int rank = 0;
            for (List<String> f : FAMILIES) {
                if (f.contains(type)) {
                    family = f.get(0);
                    rank = f.indexOf(type);
                }
            }
            TreeSet<String> parties = new TreeSet<>();
            if (!seg[1].equals("unknown")) for (String p : seg[1].split("\\+")) parties.add(party(p, persons));
            String place = null;
            String time = null;
            for (int i = 2; i < seg.length; i++) {
                if (TIME.matcher(seg[i]).matches()) time = seg[i];
                else place = seg[i];
            }
            int depth = 0;
            for (int i = key.indexOf(OF); i >= 0; i = key.indexOf(OF, i + 1)) depth++;
            Desc d = new Desc(key, family, rank, parties.isEmpty() ? "" : String.join("+", parties), place, parent, depth);
            if (time != null) d.times.add(time);
            return d;
        }

        /** A person party as the person the store holds now (a surname merged into a full name). */
        private static String party(String p, Set<String> persons) {
            if (!p.startsWith("person.")) return p;
            String local = p.substring("person.".length());
            if (persons.contains(local)) return p;
            String only = null;
            for (String full : persons) {
                if (full.endsWith("-" + local)) {
                    if (only != null) return p;
                    only = full;
                }
            }
            return only == null ? p : "person." + only;
        }

        int specificity() {
            int best = 0;
            for (String t : times) best = Math.max(best, t.length() >= 7 ? 2 : 1);
            return (place == null ? 0 : 1) + best;
        }

        boolean compatible(Desc o) {
            if (place != null && o.place != null && !place.equals(o.place)) return false;
            for (String a : times) for (String b : o.times) if (!timesAgree(a, b)) return false;
            // an event without time is the article's own news; a year alone marks a past, background event
            return !(times.isEmpty() && o.yearOnly() || o.times.isEmpty() && yearOnly());
        }

        private boolean yearOnly() {
            return !times.isEmpty() && times.stream().allMatch(t -> t.length() < 7);
        }

        /** Two times (year, year-month or day) agree when one's month (or year) contains the other's. */
        static boolean timesAgree(String a, String b) {
            String x = a.length() > 7 ? a.substring(0, 7) : a;
            String y = b.length() > 7 ? b.substring(0, 7) : b;
            return x.startsWith(y) || y.startsWith(x);
        }
    }
}
