package org.parley.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.model.Article;
import org.parley.model.EntityRef;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.EventQuantity;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.ExtractedArticle;
import org.parley.model.Participant;
import org.parley.model.Relation;
import org.parley.model.RelationType;
import org.parley.model.Role;
import org.parley.model.TimeExpression;
import org.parley.resolve.EntityResolver;

/**
 * Maps an article's relations and events into its graph, every fact as a direct triple with a claim
 * ({@link ClaimWriter}).
 *
 * <ul>
 * <li>Posts: {@code person parley:holdsPost post} (or {@code parley:heldPost} for a former office), the post a
 *     {@link PARLEY#Post} {@code <id>post/<slug of title>/<key of state or organisation, or "unspecified">}
 *     labelled "Defence Minister of Ukraine", {@code parley:postIn} its state or organisation.</li>
 * <li>{@code parley:memberOf}, {@code parley:affiliatedWith}, {@code parley:locatedIn} between the entities.</li>
 * <li>Delegations: one {@link PARLEY#Delegation} per represented state and event,
 *     {@code <id>delegation/<state key>/<event key without "event/">} for the talks or meeting of the article
 *     whose sentence is nearest the relation's, talks the state takes part in and then talks of the article's
 *     reference month first, never talks that are only the content of a demand, proposal or rejection (else {@code .../<reference month of the article>}); its head
 *     {@code parley:leads} it and, like every member, is {@code parley:memberOf} it; the event gets the state as
 *     a participant.</li>
 * <li>Events: the canonical event {@code <id><key>} ({@link CanonicalEvents}) with its class, a generated label,
 *     its codes, role properties and {@code parley:hasParticipant}, place, time, status, numbers, content and
 *     part-of links; and the article's report {@code <article>/event/<id>} ({@link PARLEY#EventReport}).</li>
 * </ul>
 *
 * Participants that are places (not agents) are left out of the role triples. Facts whose evidence points
 * outside the article are skipped with a warning (they would fail the shapes).
 */
final class FactMapper {
    private static final Logger log = LoggerFactory.getLogger(FactMapper.class);
    private static final Map<Resource, List<Node>> CODES = new HashMap<>();

    private final ParleyNamespaces ns;
    private final ClaimWriter w;
    private final GraphMapper.Entities entities;
    private final Graph g;

    FactMapper(ParleyNamespaces ns, ClaimWriter w, GraphMapper.Entities entities) {
        this.ns = Objects.requireNonNull(ns, "ns");
        this.w = Objects.requireNonNull(w, "w");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.g = w.graph();
    }

    void map(ExtractedArticle x) {
        Article a = x.article();
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event e : x.events()) byId.put(e.id(), e);
        Map<String, Node> canonical = new HashMap<>();
        String month = CanonicalEvents.referenceMonth(x);
        Map<String, String> keys = new HashMap<>();
        for (Event e : x.events()) {
            if (!w.valid(e.evidence())) {
                log.warn("{}: event {} skipped: evidence {} outside the article", a.sourceName(), e.id(), e.evidence());
                continue;
            }
            String key = CanonicalEvents.key(e, byId, month);
            keys.put(e.id(), key);
            canonical.put(e.id(), GraphMapper.iri(ns.id() + key));
        }
        for (Event e : x.events()) if (canonical.containsKey(e.id())) event(a, e, byId, canonical);
        for (Relation r : x.relations()) {
            if (!w.valid(r.evidence())) {
                log.warn("{}: {} relation skipped: evidence {} outside the article", a.sourceName(), r.type(), r.evidence());
                continue;
            }
            relation(a, r, x.events(), keys, canonical, month);
        }
    }

    // ------------------------------------------------------------------------------------------- events

    private void event(Article a, Event e, Map<String, Event> byId, Map<String, Node> canonical) {
        Evidence ev = e.evidence();
        Node event = canonical.get(e.id());
        Node sentence = w.sentence(ev);

        Node report = GraphMapper.iri(w.article().getURI() + "/event/" + e.id());
        g.add(report, RDF.type.asNode(), PARLEY.EventReport.asNode());
        g.add(report, PARLEY.reportOf.asNode(), event);
        g.add(report, PARLEY.eventStatus.asNode(), status(e.status()).asNode());
        if (e.time() != null) g.add(report, PARLEY.timeExpression.asNode(), GraphMapper.string(e.time().text()));
        w.source(report, ev);

        Resource type = classOf(e.type());
        w.claim(event, RDF.type, type.asNode(), ev);
        g.add(event, RDFS.label.asNode(), GraphMapper.string(CanonicalEvents.label(e, byId)));
        g.add(event, PARLEY.evidence.asNode(), sentence);
        for (Node code : codes(type)) g.add(event, PARLEY.eventCode.asNode(), code);
        if (e.name() != null) w.claim(event, SCHEMA.name, GraphMapper.string(e.name()), ev);
        w.claim(event, PARLEY.eventStatus, status(e.status()).asNode(), ev);

        for (Participant p : e.participants()) {
            if (p.entity().type() == EntityType.PLACE || !w.valid(p.evidence())) {
                log.debug("{}: participant {} of event {} left out (a place, or evidence outside the article)",
                        a.sourceName(), p.entity().key(), e.id());
                continue;
            }
            Node agent = entities.inFact(p.entity(), w.sentence(p.evidence()));
            Property role = roleProperty(p.role());
            w.claim(event, role, agent, p.evidence());
            if (!role.equals(PARLEY.hasParticipant)) w.claim(event, PARLEY.hasParticipant, agent, p.evidence());
        }
        for (EntityRef place : e.places()) w.claim(event, PARLEY.place, entities.inFact(place, sentence), ev);
        if (e.time() != null) time(event, e.time(), ev);
        for (EventQuantity q : e.quantities())
            w.claim(event, quantityProperty(q.role()), ClaimWriter.nonNegative(q.value()), ev);
        Node container = e.contentOf() == null ? null : canonical.get(e.contentOf());
        if (container != null && !container.equals(event)) w.claim(container, PARLEY.content, event, ev);
        Node whole = e.partOf() == null ? null : canonical.get(e.partOf());
        if (whole != null && !whole.equals(event)) w.claim(event, PARLEY.subEventOf, whole, ev);
    }

    private void time(Node event, TimeExpression t, Evidence ev) {
        Node p;
        Node value;
        switch (t.granularity()) {
            case DAY -> {
                p = PARLEY.date.asNode();
                value = NodeFactory.createLiteralDT(t.value(), XSDDatatype.XSDdate);
            }
            case MONTH -> {
                p = PARLEY.yearMonth.asNode();
                value = NodeFactory.createLiteralDT(t.value(), XSDDatatype.XSDgYearMonth);
            }
            default -> {
                p = PARLEY.year.asNode();
                value = NodeFactory.createLiteralDT(t.value(), XSDDatatype.XSDgYear);
            }
        }
        w.claim(event, p, value, ev, t.text());
    }

    /** The ontology class of each event type. */
    static Resource classOf(EventType t) {
        return switch (t) {
            case NEGOTIATION -> PARLEY.Negotiation;
            case MEETING -> PARLEY.Meeting;
            case PHONE_CALL -> PARLEY.PhoneCall;
            case STATEMENT -> PARLEY.Statement;
            case DEMAND -> PARLEY.Demand;
            case PROPOSAL -> PARLEY.Proposal;
            case REJECTION -> PARLEY.Rejection;
            case THREAT -> PARLEY.Threat;
            case AGREEMENT -> PARLEY.Agreement;
            case PRISONER_EXCHANGE -> PARLEY.PrisonerExchange;
            case RELEASE -> PARLEY.Release;
            case CEASEFIRE -> PARLEY.Ceasefire;
            case ATTACK -> PARLEY.Attack;
            case SANCTION -> PARLEY.Sanction;
            case ANNEXATION -> PARLEY.Annexation;
            case WITHDRAWAL -> PARLEY.Withdrawal;
            case FOUNDING -> PARLEY.Founding;
        };
    }

    /** The property of each role; {@link Role#PARTICIPANT} is {@code parley:hasParticipant} itself. */
    static Property roleProperty(Role r) {
        return switch (r) {
            case PARTICIPANT -> PARLEY.hasParticipant;
            case NEGOTIATING_PARTY -> PARLEY.negotiatingParty;
            case HOST -> PARLEY.host;
            case MEDIATOR -> PARLEY.mediator;
            case SPEAKER -> PARLEY.speaker;
            case ADDRESSEE -> PARLEY.addressee;
            case PROPOSER -> PARLEY.proposer;
            case SIGNATORY -> PARLEY.signatory;
            case SUPPORTER -> PARLEY.supporter;
            case ATTACKER -> PARLEY.attacker;
            case TARGET -> PARLEY.target;
            case VICTIM -> PARLEY.victim;
            case RELEASING_PARTY -> PARLEY.releasingParty;
            case RECEIVING_PARTY -> PARLEY.receivingParty;
            case DELEGATION_HEAD -> PARLEY.delegationHead;
        };
    }

    static Property quantityProperty(org.parley.model.QuantityRole r) {
        return switch (r) {
            case PERSONS -> PARLEY.personCount;
            case PERSONS_PER_SIDE -> PARLEY.personsPerSide;
            case KILLED -> PARLEY.numberOfDeaths;
            case INJURED -> PARLEY.numberInjured;
            case DURATION_DAYS -> PARLEY.durationDays;
            case PERSONS_PER_WEEK -> PARLEY.personsPerWeek;
        };
    }

    static Resource status(EventStatus s) {
        return switch (s) {
            case OCCURRED -> PARLEY.status_occurred;
            case SCHEDULED -> PARLEY.status_scheduled;
            case PROPOSED -> PARLEY.status_proposed;
            case DEMANDED -> PARLEY.status_demanded;
            case AGREED -> PARLEY.status_agreed;
            case REJECTED -> PARLEY.status_rejected;
            case CANCELLED -> PARLEY.status_cancelled;
        };
    }

    /** The CAMEO and PLOVER concepts the ontology gives an event class as its typical codes. */
    static List<Node> codes(Resource eventClass) {
        synchronized (CODES) {
            return CODES.computeIfAbsent(eventClass, c -> {
                List<Node> out = new ArrayList<>();
                org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(OntologyResources.ontology());
                for (Statement st : m.listStatements(m.getResource(c.getURI()), PARLEY.typicalCode, (org.apache.jena.rdf.model.RDFNode) null).toList())
                    out.add(st.getObject().asNode());
                out.sort(Comparator.comparing(Node::getURI));
                return List.copyOf(out);
            });
        }
    }

    // ------------------------------------------------------------------------------------------- relations

    private void relation(Article a, Relation r, List<Event> events, Map<String, String> keys, Map<String, Node> canonical,
                          String month) {
        Evidence ev = r.evidence();
        Node sentence = w.sentence(ev);
        if ((r.type() == RelationType.LEADS_DELEGATION || r.type() == RelationType.DELEGATION_MEMBER)
                && r.object().type() == EntityType.PLACE) {
            log.debug("{}: delegation of a place ({}) left out: a delegation represents an agent", a.sourceName(), r.object().key());
            return;
        }
        Node subject = entities.inFact(r.subject(), sentence);
        Node object = r.object() == null ? null : entities.inFact(r.object(), sentence);
        switch (r.type()) {
            case HOLDS_POST, HELD_POST -> {
                Node post = post(r, object, sentence, ev);
                w.claim(subject, r.type() == RelationType.HOLDS_POST ? PARLEY.holdsPost : PARLEY.heldPost, post, ev);
            }
            case MEMBER_OF -> w.claim(subject, PARLEY.memberOf, object, ev);
            case AFFILIATED_WITH -> w.claim(subject, PARLEY.affiliatedWith, object, ev);
            case LOCATED_IN -> w.claim(subject, PARLEY.locatedIn, object, ev);
            case LEADS_DELEGATION, DELEGATION_MEMBER -> {
                Node delegation = delegation(r, object, events, keys, canonical, month, sentence, ev);
                if (r.type() == RelationType.LEADS_DELEGATION) w.claim(subject, PARLEY.leads, delegation, ev);
                w.claim(subject, PARLEY.memberOf, delegation, ev);
            }
        }
    }

    private Node post(Relation r, Node object, Node sentence, Evidence ev) {
        String title = r.post().strip();
        String iri = ns.id() + "post/" + EntityResolver.slug(title) + "/" + (r.object() == null ? "unspecified" : r.object().key());
        Node post = GraphMapper.iri(iri);
        String label = r.object() == null ? title : title + " of " + r.object().label();
        g.add(post, RDF.type.asNode(), PARLEY.Post.asNode());
        g.add(post, RDF.type.asNode(), PARLEY.Entity.asNode());
        g.add(post, RDFS.label.asNode(), GraphMapper.string(label));
        g.add(post, SKOS.prefLabel.asNode(), GraphMapper.string(label));
        g.add(post, SKOS.altLabel.asNode(), GraphMapper.string(title));   // the bare title, also for queries/conflicts.rq
        g.add(post, PARLEY.evidence.asNode(), sentence);
        if (object != null) w.claim(post, PARLEY.postIn, object, ev);
        return post;
    }

    private Node delegation(Relation r, Node state, List<Event> events, Map<String, String> keys,
                            Map<String, Node> canonical, String month, Node sentence, Evidence ev) {
        // talks that were only demanded, proposed or rejected (speech-act content) are not where a delegation went;
        // talks the delegation's state takes part in come first, then talks of the article's own month (not talks
        // it recalls from another time, "talks in 2022"), then the nearest
        Event to = null;
        int toScore = -1;
        for (Event e : events) {
            if (e.type() != EventType.NEGOTIATION && e.type() != EventType.MEETING) continue;
            if (!canonical.containsKey(e.id()) || e.contentOf() != null) continue;
            boolean party = e.participants().stream().anyMatch(x -> x.entity().key().equals(r.object().key()));
            boolean current = month != null && keys.get(e.id()).endsWith("/" + month);
            int score = (party ? 2 : 0) + (current ? 1 : 0);
            if (score > toScore || (score == toScore && distance(e, ev) < distance(to, ev))) {
                to = e;
                toScore = score;
            }
        }
        String where;
        if (to != null) where = keys.get(to.id()).substring("event/".length());
        else where = month == null ? "undated" : month;
        Node delegation = GraphMapper.iri(ns.id() + "delegation/" + r.object().key() + "/" + where);
        g.add(delegation, RDF.type.asNode(), PARLEY.Delegation.asNode());
        g.add(delegation, RDF.type.asNode(), PARLEY.Entity.asNode());
        g.add(delegation, RDFS.label.asNode(), GraphMapper.string("Delegation of " + r.object().label()));
        g.add(delegation, SKOS.altLabel.asNode(), GraphMapper.string(possessive(r.object().label()) + " delegation"));
        g.add(delegation, PARLEY.evidence.asNode(), sentence);
        w.claim(delegation, PARLEY.represents, state, ev);
        if (to != null) {
            Node event = canonical.get(to.id());
            w.claim(delegation, PARLEY.delegationTo, event, ev);
            w.claim(event, PARLEY.hasParticipant, state, ev);
        }
        return delegation;
    }

    /** Sentences between an event and a relation; earlier events win ties (the order of the list). */
    private static int distance(Event e, Evidence ev) {
        return Math.abs(e.evidence().sentence() - ev.sentence());
    }

    private static String possessive(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("s") ? name + "'" : name + "'s";
    }
}
