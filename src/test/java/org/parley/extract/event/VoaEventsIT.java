package org.parley.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.extract.event.Found.labels;
import static org.parley.extract.event.Found.places;
import static org.parley.extract.event.Found.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.knowledge.Gazetteer;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.ExtractedArticle;
import org.parley.model.QuantityRole;
import org.parley.model.Role;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.StageTimer;
import org.parley.rdf.ParleyNamespaces;

/**
 * The event rules on real Voice of America sentences (GMB corpus, {@link VoaSentences}) the rules were not
 * written from: each assertion states what the sentence says.
 */
class VoaEventsIT {
    private static final Logger LOG = LoggerFactory.getLogger(VoaEventsIT.class);
    static final Map<Integer, Found> FOUND = new HashMap<>();

    @BeforeAll
    static void run() {
        ArticlePipeline p = ArticlePipeline.create(PipelineResources.load(ParleyNamespaces.defaults()), new StageTimer());
        RuleEventExtractor x = new RuleEventExtractor(Gazetteer.loadDefault());
        for (var en : VoaSentences.TEXT.entrySet()) {
            Article a = Article.of("voa-" + en.getKey(), "voa-" + en.getKey(), en.getValue());
            ExtractedArticle ea = p.extract(a);
            // the pipeline's own time and quantity finders (RuleTimeFinder, RuleQuantityFinder)
            List<Event> events = x.extract(ea.annotated(), ea.mentions(), ea.times(), ea.quantities());
            FOUND.put(en.getKey(), new Found(a.text(), events));
            LOG.info("VOA {}: {}\n{}", en.getKey(), en.getValue(), FOUND.get(en.getKey()).dump());
        }
    }

    static Found f(int n) {
        return FOUND.get(n);
    }

    @Test
    void meetings() {
        Event m = f(14176).one(EventType.MEETING, EventStatus.SCHEDULED, "Chavez", "Dmitri Medvedev"); // "will meet with"
        assertEquals(Set.of("Chavez", "Dmitri Medvedev"), labels(m, Role.PARTICIPANT));
        Event k = f(19019).one(EventType.MEETING, EventStatus.OCCURRED, "Hamas", "Ayatollah Ali Khamenei");
        assertEquals("Tehran", k.place().label());
        assertEquals(Set.of("Abbas", "Benedict", "Netanyahu"),
                labels(f(24855).one(EventType.MEETING, EventStatus.OCCURRED), Role.PARTICIPANT));
        Event pyongyang = f(40062).all(EventType.MEETING, EventStatus.OCCURRED).stream()
                .filter(e -> e.place() != null).findFirst().orElseThrow();
        assertEquals("Pyongyang", pyongyang.place().label());
        assertEquals("2000-06-15", pyongyang.time().value());
        Event call = f(20613).one(EventType.PHONE_CALL, EventStatus.OCCURRED, "Karzai");
        assertEquals("phone conversation", call.trigger().cover(f(20613).text()));
    }

    @Test
    void foundingsOfOrganisations() {
        // "X was founded in 1988", "was set up by the United Nations in 1957": the organisation and the year
        Event nld = f(31034).one(EventType.FOUNDING, EventStatus.OCCURRED, "NLD");
        assertEquals("1988", nld.time().value());
        Event efta = f(38632).one(EventType.FOUNDING, EventStatus.OCCURRED, "European Free Trade Association");
        assertEquals("1960", efta.time().value());
        Event iaea = f(41945).one(EventType.FOUNDING, EventStatus.OCCURRED, "International Atomic Energy Agency");
        assertEquals("1957", iaea.time().value());
        // "a database was created": nothing organisation-like is founded
        assertTrue(f(8852).all(EventType.FOUNDING, EventStatus.OCCURRED).isEmpty(), f(8852).dump());
    }

    @Test
    void talks() {
        Event t = f(1580).one(EventType.NEGOTIATION, EventStatus.OCCURRED, "Syria", "Israel");
        assertEquals("2000-01", t.time().value());
        Event havana = f(5577).one(EventType.NEGOTIATION, EventStatus.OCCURRED);
        assertEquals("Havana", havana.place().label());
        // "has agreed to hold talks with President Leonid Kuchma": agreed talks, not held ones
        Event agreed = f(12451).one(EventType.NEGOTIATION, EventStatus.AGREED, "Leonid Kuchma");
        Event agreement = f(12451).byId(agreed.contentOf());
        assertEquals(Set.of("Ukraine"), labels(agreement, Role.SIGNATORY));
        assertTrue(f(12451).all(EventType.NEGOTIATION, EventStatus.OCCURRED).isEmpty(), f(12451).dump());
    }

    @Test
    void agreements() {
        Event kyoto = f(3854).events().stream().filter(e -> "Kyoto Protocol".equals(e.name())).findFirst().orElseThrow();
        assertEquals(EventType.AGREEMENT, kyoto.type());
        assertEquals(EventStatus.AGREED, f(3854).one(EventType.NEGOTIATION, null).status()); // "agreed to hold more talks"
        // "signed a permanent cease-fire agreement last Saturday during peace talks in Sudan"
        Event sudan = f(303).one(EventType.AGREEMENT, EventStatus.OCCURRED);
        Event talks = f(303).byId(sudan.partOf());
        assertEquals(EventType.NEGOTIATION, talks.type());
        assertEquals("Sudan", talks.place().label());
        // "leaders agreed to at a summit in Egypt": the summit is where, not what was agreed
        Event egypt = f(2940).one(EventType.AGREEMENT, EventStatus.OCCURRED, "Israel");
        Event summit = f(2940).byId(egypt.partOf());
        assertEquals(EventType.MEETING, summit.type());
        assertEquals(EventStatus.OCCURRED, summit.status());
        assertEquals("Egypt", summit.place().label());
    }

    @Test
    void demandsAndTheirContent() {
        // "Merkel has called on the kidnappers ... to release her": the release is demanded, Merkel releases nobody
        Event release = f(6881).one(EventType.RELEASE, EventStatus.DEMANDED);
        assertTrue(labels(release, null).isEmpty());
        assertEquals(Set.of("Angela Merkel"), labels(f(6881).byId(release.contentOf()), Role.SPEAKER));
        Event sanctions = f(12530).one(EventType.SANCTION, EventStatus.DEMANDED, "Togo");
        assertEquals(Set.of("Togo"), labels(sanctions, Role.TARGET));
        assertTrue(has(f(12530).byId(sanctions.contentOf()), Role.SPEAKER, "African Union"));
        // "called on Britain to withdraw its troops from Iraq"
        Event w = f(16530).one(EventType.WITHDRAWAL, EventStatus.DEMANDED, "United Kingdom");
        assertEquals(Set.of("United Kingdom"), labels(f(16530).byId(w.contentOf()), Role.ADDRESSEE));
        assertEquals(Set.of("France"), labels(f(44424).one(EventType.WITHDRAWAL, EventStatus.DEMANDED), Role.PARTICIPANT));
        Event syria = f(17803).one(EventType.WITHDRAWAL, EventStatus.DEMANDED, "Syria");
        assertEquals(Set.of("Bush"), labels(f(17803).byId(syria.contentOf()), Role.SPEAKER));
        // "Russia says it will withdraw its troops ... during 2008"
        Event planned = f(25088).one(EventType.WITHDRAWAL, EventStatus.SCHEDULED, "Russia");
        assertEquals("2008", planned.time().value());
        assertTrue(f(25088).all(EventType.WITHDRAWAL, EventStatus.OCCURRED).isEmpty());
    }

    @Test
    void proposalsAndRejections() {
        assertEquals(Set.of("Kevin Rudd"), labels(f(16990).one(EventType.PROPOSAL, EventStatus.OCCURRED), Role.PROPOSER));
        assertEquals(Set.of("Uribe"), labels(f(12972).one(EventType.REJECTION, EventStatus.OCCURRED), Role.SPEAKER));
        assertEquals(Set.of("Iran"), labels(f(29275).one(EventType.REJECTION, EventStatus.OCCURRED), Role.SPEAKER));
        // "Kabul has ruled out a prisoner swap": a rejected swap, no swap
        Event swap = f(16229).one(EventType.PRISONER_EXCHANGE, EventStatus.REJECTED);
        assertEquals(EventType.REJECTION, f(16229).byId(swap.contentOf()).type());
        assertTrue(f(16229).all(EventType.PRISONER_EXCHANGE, EventStatus.OCCURRED).isEmpty());
    }

    @Test
    void attacksWithTheirDead() {
        Event gaza = f(6246).one(EventType.ATTACK, EventStatus.OCCURRED, "Israel");
        assertEquals(Set.of("Israel"), labels(gaza, Role.ATTACKER));
        assertEquals("Gaza Strip", gaza.place().label());
        assertEquals(5L, quantity(gaza, QuantityRole.KILLED));
        assertEquals(3L, quantity(f(44757).one(EventType.ATTACK, EventStatus.OCCURRED, "Israel"), QuantityRole.KILLED));
        assertEquals(52L, quantity(f(24063).one(EventType.ATTACK, EventStatus.OCCURRED), QuantityRole.KILLED));
        // two attacks in one sentence: only the rocket attack killed four soldiers
        List<Event> two = f(7149).all(EventType.ATTACK, EventStatus.OCCURRED);
        assertEquals(2, two.size(), f(7149).dump());
        assertNull(quantity(two.get(0), QuantityRole.KILLED));
        assertEquals(4L, quantity(two.get(1), QuantityRole.KILLED));
        assertEquals("missile strike", f(14585).one(EventType.ATTACK, EventStatus.OCCURRED).trigger().cover(f(14585).text()));
    }

    @Test
    void releasesSanctionsAnnexations() {
        assertEquals(Set.of("Myanmar"), labels(f(13301).one(EventType.RELEASE, EventStatus.OCCURRED), Role.RELEASING_PARTY));
        assertEquals(Set.of("India"), labels(f(42011).one(EventType.RELEASE, EventStatus.OCCURRED), Role.RELEASING_PARTY));
        assertEquals(9000L, quantity(f(1317).one(EventType.RELEASE, EventStatus.OCCURRED), QuantityRole.PERSONS));
        Event s = f(16127).one(EventType.SANCTION, EventStatus.OCCURRED, "United States");
        assertEquals(Set.of("India", "Pakistan"), labels(s, Role.TARGET));
        assertEquals("1998", s.time().value());
        assertEquals(Set.of("Japan"), labels(f(3206).one(EventType.ANNEXATION, EventStatus.OCCURRED), Role.PARTICIPANT));
        // "Israel occupies the area but has not annexed it"
        assertTrue(f(38623).all(EventType.ANNEXATION, null).isEmpty(), f(38623).dump());
        assertTrue(places(f(8775).one(EventType.PRISONER_EXCHANGE, EventStatus.OCCURRED)).isEmpty());
    }

    static boolean has(Event e, Role role, String label) {
        return labels(e, role).stream().anyMatch(l -> l.contains(label));
    }
}
