package org.parley.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.extract.event.Found.labels;
import static org.parley.extract.event.Found.places;
import static org.parley.extract.event.Found.quantity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.parley.model.Participant;
import org.parley.model.QuantityRole;
import org.parley.model.Role;
import org.parley.model.Sentence;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.StageTimer;
import org.parley.rdf.ParleyNamespaces;

/**
 * The events of the five seed articles, read by the real annotator, name finder and resolver and the rule
 * event extractor, checked against what a careful reader finds (seed questions 5-12 and 18-23). Times and
 * quantities come from the pipeline's own finders; the assertions are on the events.
 */
class SeedEventsIT {
    private static final Logger LOG = LoggerFactory.getLogger(SeedEventsIT.class);
    static final Map<String, Found> BY_FILE = new LinkedHashMap<>();
    static final Map<String, ExtractedArticle> EXTRACTED = new LinkedHashMap<>();

    @BeforeAll
    static void run() throws Exception {
        ArticlePipeline p = ArticlePipeline.create(PipelineResources.load(ParleyNamespaces.defaults()), new StageTimer());
        RuleEventExtractor x = new RuleEventExtractor(Gazetteer.loadDefault());
        for (Article a : Seeds.read()) {
            ExtractedArticle ea = p.extract(a);
            // the pipeline's own time and quantity finders (RuleTimeFinder, RuleQuantityFinder)
            List<Event> events = x.extract(ea.annotated(), ea.mentions(), ea.times(), ea.quantities());
            String file = a.sourceName().replaceAll(".*/", "").substring(0, 3);
            BY_FILE.put(file, new Found(a.text(), events));
            EXTRACTED.put(file, ea);
            LOG.info("{}: {} events\n{}", file, events.size(), BY_FILE.get(file).dump());
        }
        // every event of the seeds, one line each, for review by hand
        StringBuilder all = new StringBuilder();
        BY_FILE.forEach((file, f) -> all.append("## ").append(file).append('\n').append(f.dump()).append('\n'));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/seed-events.txt"), all.toString());
    }

    static boolean has(Event e, Role role, String label) {
        return labels(e, role).stream().anyMatch(l -> l.contains(label));
    }

    @Test
    void q4WeimarPlusAllianceEstablishedInFebruary2025() {
        // "The Weimar+ alliance, established in February 2025, includes France, ...": a founding, dated
        Event founding = BY_FILE.get("000").one(EventType.FOUNDING, EventStatus.OCCURRED, "Weimar+");
        assertEquals("2025-02", founding.time().value());
        // "the establishment of two points for potential future discussion" founds no organisation
        assertTrue(BY_FILE.get("003").all(EventType.FOUNDING, EventStatus.OCCURRED).isEmpty(), BY_FILE.get("003").dump());
    }

    @Test
    void q5AgreedPrisonerExchangeOfOneThousandEachBetweenUkraineAndRussia() {
        Found f = BY_FILE.get("000");
        Event talks = f.one(EventType.NEGOTIATION, EventStatus.OCCURRED, "Ukraine", "Russia");
        Event exchange = f.one(EventType.PRISONER_EXCHANGE, EventStatus.AGREED, "Ukraine", "Russia");
        assertEquals(1000L, quantity(exchange, QuantityRole.PERSONS_PER_SIDE));
        Event agreement = f.byId(exchange.contentOf());
        assertEquals(EventType.AGREEMENT, agreement.type());
        assertEquals(talks.id(), agreement.partOf());
        assertEquals(Set.of("Russia", "Ukraine"), labels(agreement, Role.SIGNATORY));
        // "the two sides agreed on a 1,000-by-1,000 prisoner-of-war exchange"
        Found g = BY_FILE.get("001");
        Event agreed = g.one(EventType.AGREEMENT, EventStatus.OCCURRED, "Ukraine", "Russia");
        assertEquals("agreed", agreed.trigger().cover(g.text()));
        Event ex = g.one(EventType.PRISONER_EXCHANGE, EventStatus.AGREED);
        assertEquals(agreed.id(), ex.contentOf());
        assertEquals(g.one(EventType.NEGOTIATION, EventStatus.OCCURRED, "Ukraine", "Russia").id(), agreed.partOf());
        // "a mutual commitment to a future prisoner exchange involving 1,000 individuals"
        Event third = BY_FILE.get("002").one(EventType.PRISONER_EXCHANGE, EventStatus.AGREED, "Ukraine", "Russia");
        assertEquals(1000L, quantity(third, QuantityRole.PERSONS));
    }

    @Test
    void q6TalksDatesPerArticle() {
        assertEquals("2025-05-17", BY_FILE.get("000").one(EventType.NEGOTIATION, EventStatus.OCCURRED, "Ukraine").time().value());
        assertEquals("2025-05-16", BY_FILE.get("001").one(EventType.NEGOTIATION, EventStatus.OCCURRED, "Ukraine").time().value());
        // 004 (published before the talks): "set to convene in Istanbul, Turkey, on Thursday" is planned, not held
        Event planned = BY_FILE.get("004").one(EventType.MEETING, EventStatus.SCHEDULED, "Ukraine", "Russia");
        assertEquals(Set.of("Istanbul"), places(planned));
    }

    @Test
    void q7TalksInIstanbulAtDolmabahcePalaceHostedByTurkey() {
        Event talks2 = BY_FILE.get("002").one(EventType.NEGOTIATION, EventStatus.OCCURRED, "Russia", "Ukraine");
        assertTrue(has(talks2, Role.HOST, "Turkey"), BY_FILE.get("002").dump());
        assertEquals("Istanbul", talks2.place().label());
        Event talks3 = BY_FILE.get("003").one(EventType.NEGOTIATION, EventStatus.OCCURRED, "Russia", "Ukraine");
        assertEquals(Set.of("Istanbul", "Dolmabahçe Palace"), places(talks3));
    }

    @Test
    void q8UkraineDemandedAnUnconditionalThirtyDayCeasefire() {
        for (String file : List.of("001", "002", "003", "004")) {
            Found f = BY_FILE.get(file);
            Event ceasefire = f.all(EventType.CEASEFIRE, EventStatus.DEMANDED).stream()
                    .filter(e -> Long.valueOf(30).equals(quantity(e, QuantityRole.DURATION_DAYS))).findFirst()
                    .orElseThrow(() -> new AssertionError(file + ":\n" + f.dump()));
            Event demand = f.byId(ceasefire.contentOf());
            assertEquals(EventType.DEMAND, demand.type());
            assertEquals(EventStatus.OCCURRED, demand.status());
            assertTrue(has(demand, Role.SPEAKER, "Ukraine"), file + ":\n" + f.dump());
        }
        // 004: "Ukraine's demand, supported by leaders from France, Germany, the U.K., and Poland"
        Event demand = BY_FILE.get("004").one(EventType.DEMAND, EventStatus.OCCURRED, "Ukraine");
        assertEquals(Set.of("France", "Germany", "Poland", "United Kingdom"), labels(demand, Role.SUPPORTER));
    }

    @Test
    void q9RussiaDemandedWithdrawalFromFourRegions() {
        Set<String> regions = Set.of("Donetsk", "Luhansk", "Kherson", "Zaporizhzhia");
        Found f = BY_FILE.get("001");
        Event withdrawal = f.one(EventType.WITHDRAWAL, EventStatus.DEMANDED, "Ukraine");
        assertEquals(regions, places(withdrawal));
        Event demand = f.byId(withdrawal.contentOf());
        assertEquals(Set.of("Russia"), labels(demand, Role.SPEAKER)); // "Moscow insists on ..."
        Event w3 = BY_FILE.get("003").one(EventType.WITHDRAWAL, EventStatus.DEMANDED, "Ukraine");
        assertEquals(regions, places(w3));
        // 000: "Russia demanded the withdrawal of Ukrainian troops from contested regions"
        Event w0 = BY_FILE.get("000").one(EventType.WITHDRAWAL, EventStatus.DEMANDED, "Ukraine");
        assertTrue(has(BY_FILE.get("000").byId(w0.contentOf()), Role.SPEAKER, "Russia"));
    }

    @Test
    void q10RussianSideProposedAMeetingBetweenPutinAndTrump() {
        Found f = BY_FILE.get("001");
        Event meeting = f.one(EventType.MEETING, EventStatus.PROPOSED, "Vladimir Putin", "Donald Trump");
        Event proposal = f.byId(meeting.contentOf());
        assertEquals(EventType.PROPOSAL, proposal.type());
        assertEquals(Set.of("Russia"), labels(proposal, Role.PROPOSER));
        assertEquals("meeting between Vladimir Putin and Donald Trump", f.evidence(meeting));
    }

    @Test
    void q11DroneStrikeOnBusInBilopillia() {
        Found f = BY_FILE.get("000");
        Event strike = f.one(EventType.ATTACK, EventStatus.OCCURRED, "Russia");
        assertEquals(Set.of("Russia"), labels(strike, Role.ATTACKER));
        assertEquals("Bilopillia", strike.place().label());
        assertEquals(9L, quantity(strike, QuantityRole.KILLED));
        assertEquals(7L, quantity(strike, QuantityRole.INJURED));
        assertEquals("drone strike", strike.trigger().cover(f.text()));
    }

    @Test
    void q12LondonSummitOnUkraine() {
        Event summit = BY_FILE.get("000").events().stream().filter(e -> "London Summit on Ukraine".equals(e.name()))
                .findFirst().orElseThrow();
        assertEquals(EventType.MEETING, summit.type());
        assertEquals("London", summit.place().label());
        assertEquals("2025-03-02", summit.time().value());
    }

    @Test
    void q18CallFromAlbania() {
        Event call = BY_FILE.get("003").one(EventType.PHONE_CALL, EventStatus.OCCURRED);
        assertEquals("Albania", call.place().label());
        assertTrue(has(call, Role.PARTICIPANT, "Zelensky") && has(call, Role.PARTICIPANT, "Trump"),
                BY_FILE.get("003").dump());
    }

    @Test
    void q19LastMeetingOfZelenskyyAndPutinInFranceDuringTheNormandyFormat() {
        Found f = BY_FILE.get("004");
        Event meeting = f.one(EventType.MEETING, EventStatus.OCCURRED, "Volodymyr Zelenskyy", "Vladimir Putin");
        assertEquals("France", meeting.place().label());
        assertEquals("2019", meeting.time().value());
        assertEquals("Normandy Format", f.byId(meeting.partOf()).name());
    }

    @Test
    void q20BlackSeaGrainInitiativeSupportedByTurkeyAndTheUnitedNations() {
        Event grain = BY_FILE.get("004").events().stream().filter(e -> "Black Sea Grain Initiative".equals(e.name()))
                .findFirst().orElseThrow();
        assertEquals(EventType.AGREEMENT, grain.type());
        assertEquals(Set.of("Turkey", "United Nations"), labels(grain, Role.SUPPORTER));
        assertEquals("2022", grain.time().value());
    }

    @Test
    void q21IstanbulNegotiationsOfMarch2022ProducedTheIstanbulCommunique() {
        Found f = BY_FILE.get("004");
        Event communique = f.events().stream().filter(e -> "Istanbul Communiqué".equals(e.name())).findFirst().orElseThrow();
        assertEquals(EventType.AGREEMENT, communique.type());
        Event negotiations = f.byId(communique.partOf());
        assertEquals(EventType.NEGOTIATION, negotiations.type());
        assertEquals("2022-03", negotiations.time().value());
        assertEquals("Istanbul", negotiations.place().label()); // "the city hosted negotiations"
    }

    @Test
    void q22ZelenskyyExpectedToMeetErdoganInAnkara() {
        Event m = BY_FILE.get("004").one(EventType.MEETING, EventStatus.SCHEDULED, "Volodymyr Zelenskyy", "Recep Tayyip Erdogan");
        assertEquals("Ankara", m.place().label());
    }

    @Test
    void q23RussiaAnnexedCrimea() {
        Event a = BY_FILE.get("000").one(EventType.ANNEXATION, EventStatus.OCCURRED, "Russia");
        assertEquals(Set.of("Crimea"), labels(a, Role.TARGET));
        assertEquals("2014", a.time().value());
    }

    @Test
    void reportedSpeechIsNeverAFact() {
        for (var en : BY_FILE.entrySet()) {
            for (Event e : en.getValue().events()) {
                if (e.type() == EventType.CEASEFIRE || e.type() == EventType.WITHDRAWAL)
                    assertTrue(e.status() != EventStatus.OCCURRED, en.getKey() + ": " + EventText.of(e, en.getValue().text()));
                if (e.status() == EventStatus.DEMANDED || e.status() == EventStatus.PROPOSED && e.contentOf() != null)
                    assertNotNull(e.contentOf(), EventText.of(e, en.getValue().text()));
            }
        }
    }

    @Test
    void evidenceLiesInItsSentenceAndEntitiesAreResolvedMentions() {
        for (var en : BY_FILE.entrySet()) {
            ExtractedArticle ea = EXTRACTED.get(en.getKey());
            Set<String> keys = ea.mentions().stream().map(m -> m.entity().key()).collect(Collectors.toSet());
            Set<String> ids = en.getValue().events().stream().map(Event::id).collect(Collectors.toSet());
            for (Event e : en.getValue().events()) {
                Sentence s = ea.annotated().sentences().stream().filter(x -> x.index() == e.evidence().sentence())
                        .findFirst().orElseThrow();
                assertTrue(s.span().contains(e.evidence().span()) && e.evidence().span().contains(e.trigger()),
                        EventText.of(e, en.getValue().text()));
                assertEquals(RuleEventExtractor.EXTRACTOR, e.evidence().extractor());
                for (Participant p : e.participants()) assertTrue(keys.contains(p.entity().key()), p.toString());
                if (e.contentOf() != null) assertTrue(ids.contains(e.contentOf()));
                if (e.partOf() != null) assertTrue(ids.contains(e.partOf()));
            }
        }
    }
}
