package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.rdf.FactsFixture.ISTANBUL;
import static org.parley.rdf.FactsFixture.NATO;
import static org.parley.rdf.FactsFixture.RU;
import static org.parley.rdf.FactsFixture.SLEZKINE;
import static org.parley.rdf.FactsFixture.STIMSON;
import static org.parley.rdf.FactsFixture.SUMY;
import static org.parley.rdf.FactsFixture.TR;
import static org.parley.rdf.FactsFixture.UA;
import static org.parley.rdf.FactsFixture.UMEROV;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.ExtractedArticle;
import org.parley.model.QuantityRole;
import org.parley.model.RelationType;
import org.parley.model.Role;
import org.parley.model.TimeGranularity;
import org.parley.rdf.validate.GraphValidator;
import org.parley.rdf.validate.Validation;

/** Relations and events of hand-built extracted articles map to direct triples, claims and reports that conform. */
class FactMapperTest {
    static {
        JenaSystem.init();
    }

    static final GraphMapper MAPPER = new GraphMapper(ParleyNamespaces.defaults(), "test");
    static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX pid: <https://w3id.org/parley/id/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    static boolean ask(Graph g, String where) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + "ASK { " + where + " }", ModelFactory.createModelForGraph(g))) {
            return qe.execAsk();
        }
    }

    static List<Map<String, String>> select(Model m, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, m)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new java.util.TreeMap<>();
                s.varNames().forEachRemaining(v -> {
                    var n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }

    static void assertConforms(ArticleGraph g) {
        Validation v = GraphValidator.standard().validate(g.withKnowledge());
        assertTrue(v.conforms(), v.problems().toString());
    }

    static String talksText(String when) {
        return "Russia and Ukraine held talks in Istanbul " + when + ". Turkey hosted the talks. "
                + "Ukraine's delegation was led by Defence Minister Rustem Umerov.";
    }

    /** An article reporting the Istanbul talks on the given day, with the mentions of its names. */
    static FactsFixture talks(String key, LocalDate published, String when, String isoDay) {
        FactsFixture f = new FactsFixture(key, published, talksText(when));
        f.mention("Russia", RU).mention("Ukraine", UA).mention("Istanbul", ISTANBUL).mention("Turkey", TR)
                .mention("Rustem Umerov", UMEROV);
        f.event(f.event("e0", EventType.NEGOTIATION, EventStatus.OCCURRED, "talks", "Russia and Ukraine held talks",
                List.of(f.party(Role.NEGOTIATING_PARTY, RU, "Russia and Ukraine held talks"),
                        f.party(Role.NEGOTIATING_PARTY, UA, "Russia and Ukraine held talks"),
                        f.party(Role.HOST, TR, "Turkey hosted the talks")),
                ISTANBUL, f.time(when, isoDay, TimeGranularity.DAY), List.of()));
        return f;
    }

    @Test
    void aNegotiationMapsToItsCanonicalEventWithRolesPlaceDateCodesAndAReport() {
        ArticleGraph ag = MAPPER.map(talks("a1", LocalDate.of(2025, 5, 17), "on Friday", "2025-05-16").build());
        Graph g = ag.withKnowledge();
        String e = "<https://w3id.org/parley/id/event/negotiation/state.RU+state.UA/place.istanbul/2025-05>";
        assertTrue(ask(g, e + " a parley:Negotiation ; rdfs:label \"Negotiation: Russia, Ukraine in Istanbul\" ;"
                + " parley:negotiatingParty pid:state\\/RU , pid:state\\/UA ; parley:host pid:state\\/TR ;"
                + " parley:hasParticipant pid:state\\/RU , pid:state\\/UA , pid:state\\/TR ;"
                + " parley:place pid:place\\/istanbul ; parley:date \"2025-05-16\"^^xsd:date ;"
                + " parley:eventStatus parley:status-occurred ; parley:eventCode parley:cameo-046 , parley:plover-CONSULT ;"
                + " parley:evidence ?s ."), "canonical event");
        String article = MAPPER.iris().article(talks("a1", null, "on Friday", "2025-05-16").article());
        assertTrue(ask(g, "<" + article + "/event/e0> a parley:EventReport ; parley:reportOf " + e
                + " ; parley:eventStatus parley:status-occurred ; parley:timeExpression \"on Friday\" ;"
                + " parley:inArticle <" + article + "> ; parley:inSentence <" + article + "/sentence/0> ;"
                + " nif:anchorOf \"Russia and Ukraine held talks\" ; parley:extractor \"rule:test/1\" ; parley:confidence ?c ."),
                "report");
        assertTrue(ask(g, "?c a parley:Claim ; rdf:subject " + e + " ; rdf:predicate parley:date ;"
                + " rdf:object \"2025-05-16\"^^xsd:date ; parley:timeExpression \"on Friday\" ; parley:inArticle <" + article + "> ;"
                + " nif:beginIndex ?b ; nif:endIndex ?x ; nif:anchorOf \"Russia and Ukraine held talks\" ."), "date claim");
        assertTrue(ask(g, "?c a parley:Claim ; rdf:subject " + e + " ; rdf:predicate parley:host ; rdf:object pid:state\\/TR ;"
                + " nif:anchorOf \"Turkey hosted the talks\" ; parley:inSentence <" + article + "/sentence/1> ."), "host claim");
        assertConforms(ag);
    }

    @Test
    void everyFactTripleHasAClaimAndEveryClaimItsTriple() {
        ArticleGraph ag = MAPPER.map(talks("a1", LocalDate.of(2025, 5, 17), "on Friday", "2025-05-16")
                .relation(RelationType.LEADS_DELEGATION, UMEROV, UA, null, "Ukraine's delegation was led by Defence Minister Rustem Umerov")
                .relation(RelationType.HOLDS_POST, UMEROV, UA, "Defence Minister", "Defence Minister Rustem Umerov").build());
        Graph g = ag.withKnowledge();
        assertFalse(ask(g, "?c a parley:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . FILTER NOT EXISTS { ?s ?p ?o }"));
        for (String p : List.of("parley:negotiatingParty", "parley:host", "parley:hasParticipant", "parley:place", "parley:date",
                "parley:leads", "parley:memberOf", "parley:represents", "parley:delegationTo", "parley:holdsPost", "parley:postIn",
                "parley:eventStatus", "rdf:type"))
            assertFalse(ask(g, "?s " + p + " ?o . FILTER (" + p + " != rdf:type || ?o = parley:Negotiation)"
                    + " FILTER NOT EXISTS { ?s a parley:EventReport }"
                    + " FILTER NOT EXISTS { ?c a parley:Claim ; rdf:subject ?s ; rdf:predicate " + p + " ; rdf:object ?o }"), p);
        assertConforms(ag);
    }

    @Test
    void postsMembershipsAffiliationsAndPlacesMapToDirectTriplesWithClaims() {
        FactsFixture f = new FactsFixture("r1", LocalDate.of(2025, 5, 16),
                "Defence Minister Rustem Umerov spoke. Peter Slezkine of the Stimson Center said Ukraine is not in NATO. "
                        + "Turkey is a member of NATO. Sumy lies in Ukraine.");
        f.mention("Rustem Umerov", UMEROV).mention("Peter Slezkine", SLEZKINE).mention("Stimson Center", STIMSON)
                .mention("Ukraine", UA).mention("NATO", NATO).mention("Turkey", TR).mention("Sumy", SUMY);
        f.relation(RelationType.HOLDS_POST, UMEROV, UA, "Defence Minister", "Defence Minister Rustem Umerov")
                .relation(RelationType.AFFILIATED_WITH, SLEZKINE, STIMSON, null, "Peter Slezkine of the Stimson Center")
                .relation(RelationType.MEMBER_OF, TR, NATO, null, "Turkey is a member of NATO")
                .relation(RelationType.LOCATED_IN, SUMY, UA, null, "Sumy lies in Ukraine");
        ArticleGraph ag = MAPPER.map(f.build());
        Graph g = ag.withKnowledge();
        assertTrue(ask(g, "pid:person\\/rustem-umerov parley:holdsPost pid:post\\/defence-minister\\/state\\/UA ."
                + " pid:post\\/defence-minister\\/state\\/UA a parley:Post ; rdfs:label \"Defence Minister of Ukraine\" ;"
                + " skos:prefLabel \"Defence Minister of Ukraine\" ; skos:altLabel \"Defence Minister\" ; parley:postIn pid:state\\/UA ."));
        assertTrue(ask(g, "pid:person\\/peter-slezkine parley:affiliatedWith pid:organization\\/stimson-center ."));
        assertTrue(ask(g, "pid:state\\/TR parley:memberOf pid:alliance\\/nato ."));
        assertTrue(ask(g, "pid:place\\/sumy parley:locatedIn pid:state\\/UA ."));
        assertTrue(ask(g, "?c a parley:Claim ; rdf:subject pid:state\\/TR ; rdf:predicate parley:memberOf ; rdf:object pid:alliance\\/nato ;"
                + " nif:anchorOf \"Turkey is a member of NATO\" ; parley:inSentence ?s . ?s parley:sentenceIndex 2 ."));
        assertConforms(ag);
    }

    @Test
    void aFormerPostIsHeldPostAndAPostWithoutStateIsUnspecified() {
        FactsFixture f = new FactsFixture("r2", LocalDate.of(2025, 5, 15), "Former President Donald Trump spoke.");
        f.mention("Donald Trump", FactsFixture.TRUMP);
        f.relation(RelationType.HELD_POST, FactsFixture.TRUMP, null, "President", "Former President Donald Trump");
        ArticleGraph ag = MAPPER.map(f.build());
        assertTrue(ask(ag.withKnowledge(), "pid:person\\/donald-trump parley:heldPost pid:post\\/president\\/unspecified ."
                + " pid:post\\/president\\/unspecified rdfs:label \"President\" . FILTER NOT EXISTS { ?x parley:holdsPost ?y }"
                + " FILTER NOT EXISTS { pid:post\\/president\\/unspecified parley:postIn ?z }"));
        assertConforms(ag);
    }

    @Test
    void aGazetteerEntityIsDescribedInTheKnowledgeGraphAndTheArticleKeepsItsMentionsAndSpellings() {
        FactsFixture f = new FactsFixture("k1", LocalDate.of(2025, 5, 16), "Ukraine sent Rustem Umerov. Kyiv's Ukraine spoke.");
        f.mention("Ukraine", UA).mention("Rustem Umerov", UMEROV);
        ArticleGraph ag = MAPPER.map(f.build());
        assertEquals("https://w3id.org/parley/id/graph/gazetteer", ag.knowledgeGraph().getURI());
        // the gazetteer's description of Ukraine: in the knowledge, not in the article graph
        assertTrue(ask(ag.knowledge(), "pid:state\\/UA a parley:State , parley:Entity ; rdfs:label \"Ukraine\" ;"
                + " <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q212> ; parley:gazetteerId \"state:UA\""));
        assertFalse(ask(ag.graph(), "pid:state\\/UA ?p ?o"), "the article graph states nothing about Ukraine itself");
        assertEquals(2, ag.graph().find(null, PARLEY.refersTo.asNode(), org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/parley/id/state/UA")).toList().size(), "both mentions stay in the article graph");
        // a person the article alone names is described in the article graph, and nothing of it in the knowledge
        assertTrue(ask(ag.graph(), "pid:person\\/rustem-umerov a parley:Person ; rdfs:label \"Rustem Umerov\""));
        assertFalse(ask(ag.knowledge(), "pid:person\\/rustem-umerov ?p ?o"));
        assertEquals(5, ag.knowledge().size(), "two classes, the name, Wikidata and the gazetteer id of Ukraine");
        assertConforms(ag);
        assertFalse(GraphValidator.standard().validate(ag.graph()).conforms(),
                "without the knowledge, a mention would refer to an entity of no class");
    }

    @Test
    void anAliasEqualToTheEntitysNameIsNotWrittenAndAnyOtherSpellingIs() {
        FactsFixture f = new FactsFixture("k2", LocalDate.of(2025, 5, 16), "Rustem Umerov spoke. Mr Umerov left.");
        f.mention("Rustem Umerov", UMEROV).mention("Mr Umerov", UMEROV);
        ArticleGraph ag = MAPPER.map(f.build());
        assertFalse(ask(ag.graph(), "pid:person\\/rustem-umerov skos:altLabel \"Rustem Umerov\""));
        assertTrue(ask(ag.graph(), "pid:person\\/rustem-umerov skos:altLabel \"Mr Umerov\""));
        assertConforms(ag);
    }

    @Test
    void anEntityNamedOnlyInAFactGetsItsTypeLabelAndEvidence() {
        FactsFixture f = new FactsFixture("r3", LocalDate.of(2025, 5, 16), "Turkey is a member of the alliance.");
        f.mention("Turkey", TR);   // NATO is not mentioned by name: the relation names it
        f.relation(RelationType.MEMBER_OF, TR, NATO, null, "Turkey is a member of the alliance");
        ArticleGraph ag = MAPPER.map(f.build());
        assertTrue(ask(ag.withKnowledge(), "pid:alliance\\/nato a parley:Alliance , parley:Entity ; rdfs:label \"NATO\" ;"
                + " parley:evidence ?s . ?s parley:sentenceIndex 0 ."));
        assertFalse(ask(ag.withKnowledge(), "pid:state\\/TR parley:evidence ?s"), "a mentioned entity needs no evidence");
        assertConforms(ag);
    }

    @Test
    void delegationsBelongToTheNearestTalksAndMakeTheStateAParticipant() {
        ArticleGraph ag = MAPPER.map(talks("a1", LocalDate.of(2025, 5, 17), "on Friday", "2025-05-16")
                .relation(RelationType.LEADS_DELEGATION, UMEROV, UA, null, "Ukraine's delegation was led by Defence Minister Rustem Umerov")
                .build());
        String d = "<https://w3id.org/parley/id/delegation/state/UA/negotiation/state.RU+state.UA/place.istanbul/2025-05>";
        String e = "<https://w3id.org/parley/id/event/negotiation/state.RU+state.UA/place.istanbul/2025-05>";
        assertTrue(ask(ag.withKnowledge(), d + " a parley:Delegation ; rdfs:label \"Delegation of Ukraine\" ; skos:altLabel \"Ukraine's delegation\" ;"
                + " parley:represents pid:state\\/UA ; parley:delegationTo " + e + " ."
                + " pid:person\\/rustem-umerov parley:leads " + d + " ; parley:memberOf " + d + " ."
                + e + " parley:hasParticipant pid:state\\/UA ."));
        assertConforms(ag);
    }

    @Test
    void delegationsGoToTheArticlesCurrentTalksNotToRecalledOrRejectedOnes() {
        FactsFixture f = new FactsFixture("a2", LocalDate.of(2025, 5, 17),
                "Russia and Ukraine held talks in Istanbul on Friday. Turkey hosted the talks. "
                        + "Ukraine's delegation was led by Rustem Umerov, who also led talks in 2022. "
                        + "Erdogan will meet Zelensky in Ankara. Russia rejected talks on a truce.");
        f.mention("Russia", RU).mention("Ukraine", UA).mention("Istanbul", ISTANBUL).mention("Rustem Umerov", UMEROV);
        f.event(f.event("e0", EventType.NEGOTIATION, EventStatus.OCCURRED, "talks", "Russia and Ukraine held talks",
                List.of(f.party(Role.NEGOTIATING_PARTY, RU, "Russia and Ukraine held talks"),
                        f.party(Role.NEGOTIATING_PARTY, UA, "Russia and Ukraine held talks")),
                ISTANBUL, f.time("on Friday", "2025-05-16", TimeGranularity.DAY), List.of()));
        f.event(f.event("e1", EventType.NEGOTIATION, EventStatus.OCCURRED, "led talks", "who also led talks in 2022",
                List.of(), null, f.time("2022", "2022", TimeGranularity.YEAR), List.of()));
        f.event(f.event("e2", EventType.REJECTION, EventStatus.OCCURRED, "rejected", "Russia rejected talks on a truce",
                List.of(f.party(Role.SPEAKER, RU, "Russia rejected")), null, null, List.of()));
        f.event(new Event("e3", EventType.NEGOTIATION, EventStatus.REJECTED, null, f.span("talks on a truce"), List.of(),
                null, null, List.of(), "e2", null, f.ev("talks on a truce")));
        f.event(f.event("e4", EventType.MEETING, EventStatus.SCHEDULED, "meet", "Erdogan will meet Zelensky in Ankara",
                List.of(), null, null, List.of()));
        f.relation(RelationType.LEADS_DELEGATION, UMEROV, UA, null, "Ukraine's delegation was led by Rustem Umerov");
        ArticleGraph ag = MAPPER.map(f.build());
        String e = "<https://w3id.org/parley/id/event/negotiation/state.RU+state.UA/place.istanbul/2025-05>";
        assertTrue(ask(ag.withKnowledge(), "?d parley:represents pid:state\\/UA ; parley:delegationTo " + e + " ."
                + " FILTER NOT EXISTS { ?d parley:delegationTo ?other FILTER (?other != " + e + ") }"),
                "the delegation goes to the Istanbul talks Ukraine took part in, in May 2025, only");
        assertConforms(ag);
    }

    @Test
    void aDelegationWithoutTalksIsKeyedByStateAndMonth() {
        FactsFixture f = new FactsFixture("r4", LocalDate.of(2025, 5, 16), "Ukraine's delegation was led by Rustem Umerov.");
        f.mention("Ukraine", UA).mention("Rustem Umerov", UMEROV);
        f.relation(RelationType.DELEGATION_MEMBER, UMEROV, UA, null, "Ukraine's delegation was led by Rustem Umerov");
        ArticleGraph ag = MAPPER.map(f.build());
        assertTrue(ask(ag.withKnowledge(), "pid:person\\/rustem-umerov parley:memberOf pid:delegation\\/state\\/UA\\/2025-05 ."
                + " FILTER NOT EXISTS { ?d parley:delegationTo ?e } FILTER NOT EXISTS { ?p parley:leads ?d }"));
        assertConforms(ag);
    }

    @Test
    void aDemandedCeasefireIsContentNotTheCeasefireThatHappened() {
        FactsFixture f = new FactsFixture("c1", LocalDate.of(2025, 5, 16),
                "Ukraine demanded a 30-day ceasefire. A ceasefire held in Sumy.");
        f.mention("Ukraine", UA).mention("Sumy", SUMY);
        Event demand = new Event("e0", EventType.DEMAND, EventStatus.OCCURRED, null, f.span("demanded"),
                List.of(f.party(Role.SPEAKER, UA, "Ukraine demanded")), null, null, List.of(), null, null,
                f.ev("Ukraine demanded a 30-day ceasefire"));
        Event demanded = new Event("e1", EventType.CEASEFIRE, EventStatus.DEMANDED, null, f.span("ceasefire"),
                List.of(), null, null, List.of(f.quantity(QuantityRole.DURATION_DAYS, 30, "30-day", "day")), "e0", null,
                f.ev("a 30-day ceasefire"));
        Event held = new Event("e2", EventType.CEASEFIRE, EventStatus.OCCURRED, null, f.span("ceasefire held"),
                List.of(f.party(Role.PARTICIPANT, UA, "Ukraine demanded")), SUMY, null, List.of(), null, null,
                f.ev("A ceasefire held in Sumy"));
        ExtractedArticle x = f.event(demand).event(demanded).event(held).build();
        Map<String, Event> byId = Map.of("e0", demand, "e1", demanded, "e2", held);
        String demandKey = CanonicalEvents.key(demand, byId, f.article());
        String demandedKey = CanonicalEvents.key(demanded, byId, f.article());
        assertEquals("event/demand/state.UA/2025-05", demandKey);
        assertEquals("event/ceasefire/unknown/2025-05/of/demand/state.UA/2025-05", demandedKey);
        assertNotEquals(demandedKey, CanonicalEvents.key(held, byId, f.article()));
        ArticleGraph ag = MAPPER.map(x);
        assertTrue(ask(ag.withKnowledge(), "pid:" + demandKey.replace("/", "\\/") + " a parley:Demand ; parley:speaker pid:state\\/UA ;"
                + " parley:content ?c . ?c a parley:Ceasefire ; parley:eventStatus parley:status-demanded ;"
                + " parley:durationDays \"30\"^^xsd:nonNegativeInteger ; rdfs:label ?l . FILTER (CONTAINS(?l, \"content of Demand: Ukraine\"))"));
        assertFalse(ask(ag.withKnowledge(), "?x parley:content ?c . ?c parley:eventStatus parley:status-occurred"));
        assertConforms(ag);
    }

    @Test
    void monthsYearsAndEveryQuantityMapToTypedLiterals() {
        FactsFixture f = new FactsFixture("q1", LocalDate.of(2025, 5, 16),
                "A strike in February 2025 killed nine and injured seven. Russia annexed Crimea in 2014. "
                        + "Both sides exchanged 1,000 prisoners each, 2,000 in all. Russia loses 5,000 soldiers weekly.");
        f.mention("Russia", RU);
        f.event(f.event("e0", EventType.ATTACK, EventStatus.OCCURRED, "strike", "A strike in February 2025 killed nine and injured seven",
                List.of(f.party(Role.ATTACKER, RU, "Russia annexed")), null, f.time("February 2025", "2025-02", TimeGranularity.MONTH),
                List.of(f.quantity(QuantityRole.KILLED, 9, "nine", "people"), f.quantity(QuantityRole.INJURED, 7, "seven", "people"))));
        f.event(f.event("e1", EventType.ANNEXATION, EventStatus.OCCURRED, "annexed", "Russia annexed Crimea in 2014",
                List.of(f.party(Role.ATTACKER, RU, "Russia annexed")), null, f.time("2014", "2014", TimeGranularity.YEAR), List.of()));
        f.event(f.event("e2", EventType.PRISONER_EXCHANGE, EventStatus.OCCURRED, "exchanged", "Both sides exchanged 1,000 prisoners each",
                List.of(f.party(Role.PARTICIPANT, RU, "Russia annexed")), null, null,
                List.of(f.quantity(QuantityRole.PERSONS_PER_SIDE, 1000, "1,000 prisoners", "prisoner"),
                        f.quantity(QuantityRole.PERSONS, 2000, "2,000", "prisoner"))));
        f.event(f.event("e3", EventType.WITHDRAWAL, EventStatus.OCCURRED, "loses", "Russia loses 5,000 soldiers weekly",
                List.of(f.party(Role.PARTICIPANT, RU, "Russia loses")), null, null,
                List.of(f.quantity(QuantityRole.PERSONS_PER_WEEK, 5000, "5,000 soldiers", "soldier"))));
        ArticleGraph ag = MAPPER.map(f.build());
        Graph g = ag.withKnowledge();
        assertTrue(ask(g, "?a a parley:Attack ; parley:yearMonth \"2025-02\"^^xsd:gYearMonth ;"
                + " parley:numberOfDeaths \"9\"^^xsd:nonNegativeInteger ; parley:numberInjured \"7\"^^xsd:nonNegativeInteger ;"
                + " parley:eventCode parley:cameo-190 , parley:plover-FIGHT ."));
        assertTrue(ask(g, "?a a parley:Annexation ; parley:year \"2014\"^^xsd:gYear ; parley:eventCode parley:cameo-192 ."));
        assertTrue(ask(g, "?a a parley:PrisonerExchange ; parley:personsPerSide ?n ; parley:personCount ?m . FILTER (?n = 1000 && ?m = 2000)"));
        assertTrue(ask(g, "?a a parley:Withdrawal ; parley:personsPerWeek ?n ; parley:eventCode parley:plover-RETREAT . FILTER (?n = 5000)"));
        assertTrue(ask(g, "?c a parley:Claim ; rdf:predicate parley:year ; parley:timeExpression \"2014\" ."));
        assertConforms(ag);
    }

    @Test
    void everyPlaceOfAnEventIsMappedAndTheFirstKeysIt() {
        FactsFixture f = new FactsFixture("p1", LocalDate.of(2025, 5, 16), "Russia demanded a withdrawal from Istanbul and Sumy.");
        f.mention("Russia", RU).mention("Istanbul", ISTANBUL).mention("Sumy", SUMY);
        Event demand = new Event("e0", EventType.DEMAND, EventStatus.OCCURRED, null, f.span("demanded"),
                List.of(f.party(Role.SPEAKER, RU, "Russia demanded")), null, null, List.of(), null, null,
                f.ev("Russia demanded a withdrawal from Istanbul and Sumy"));
        Event withdrawal = new Event("e1", EventType.WITHDRAWAL, EventStatus.DEMANDED, null, f.span("withdrawal"), List.of(),
                ISTANBUL, null, List.of(), "e0", null, f.ev("a withdrawal from Istanbul and Sumy"), List.of(ISTANBUL, SUMY));
        ArticleGraph ag = MAPPER.map(f.event(demand).event(withdrawal).build());
        assertTrue(ask(ag.withKnowledge(), "?d a parley:Demand ; parley:content ?w . ?w a parley:Withdrawal ;"
                + " parley:place pid:place\\/istanbul , pid:place\\/sumy ; parley:eventStatus parley:status-demanded ."
                + " FILTER (STRSTARTS(STR(?w), \"https://w3id.org/parley/id/event/withdrawal/unknown/place.istanbul/2025-05/of/demand/\"))"));
        assertConforms(ag);
    }

    @Test
    void anUndatedArticleKeysEventsByTheLatestAbsoluteDateInItsText() {
        FactsFixture f = new FactsFixture("u1", null,
                "The war began in February 2022. On May 16, 2025, Russia and Ukraine held talks in Istanbul. They met on Friday.");
        f.mention("Russia", RU).mention("Ukraine", UA).mention("Istanbul", ISTANBUL);
        var relative = new org.parley.model.TimeExpression(2, f.span("on Friday"), "on Friday", "2025-06-20", TimeGranularity.DAY, true);
        f.times(f.time("February 2022", "2022-02", TimeGranularity.MONTH), f.time("May 16, 2025", "2025-05-16", TimeGranularity.DAY), relative);
        f.event(f.event("e0", EventType.NEGOTIATION, EventStatus.OCCURRED, "talks", "Russia and Ukraine held talks",
                List.of(f.party(Role.NEGOTIATING_PARTY, RU, "Russia and Ukraine held talks"),
                        f.party(Role.NEGOTIATING_PARTY, UA, "Russia and Ukraine held talks")), ISTANBUL, null, List.of()));
        ExtractedArticle x = f.build();
        assertEquals("2025-05", CanonicalEvents.referenceMonth(x), "relative times do not count");
        ArticleGraph ag = MAPPER.map(x);
        assertTrue(ask(ag.withKnowledge(), "<https://w3id.org/parley/id/event/negotiation/state.RU+state.UA/place.istanbul/2025-05> a parley:Negotiation"));
        assertEquals(null, CanonicalEvents.referenceMonth(new FactsFixture("u2", null, "No dates here.").build()));
    }

    @Test
    void namedEventsAreKeyedByNameAndCarryIt() {
        FactsFixture f = new FactsFixture("n1", LocalDate.of(2025, 5, 15),
                "Turkey backed the Black Sea Grain Initiative.");
        f.mention("Turkey", TR);
        f.event(new Event("e0", EventType.AGREEMENT, EventStatus.OCCURRED, "Black Sea Grain Initiative",
                f.span("Black Sea Grain Initiative"), List.of(f.party(Role.SUPPORTER, TR, "Turkey backed")), null, null,
                List.of(), null, null, f.ev("Turkey backed the Black Sea Grain Initiative")));
        ArticleGraph ag = MAPPER.map(f.build());
        assertTrue(ask(ag.withKnowledge(), "pid:event\\/black-sea-grain-initiative a parley:Agreement ;"
                + " schema:name \"Black Sea Grain Initiative\" ; rdfs:label \"Black Sea Grain Initiative\" ;"
                + " parley:supporter pid:state\\/TR ; parley:hasParticipant pid:state\\/TR ."));
        assertConforms(ag);
    }

    @Test
    void threeArticlesGiveThreeReportsAndClaimsOfOneCanonicalEvent() {
        Model union = ModelFactory.createDefaultModel();
        union.add(ModelFactory.createModelForGraph(MAPPER.map(talks("a1", LocalDate.of(2025, 5, 17), "on Saturday", "2025-05-17").build()).withKnowledge()));
        union.add(ModelFactory.createModelForGraph(MAPPER.map(talks("a2", LocalDate.of(2025, 5, 16), "on Friday", "2025-05-16").build()).withKnowledge()));
        union.add(ModelFactory.createModelForGraph(MAPPER.map(talks("a3", LocalDate.of(2025, 5, 15), "on Thursday", "2025-05-15").build()).withKnowledge()));
        String counts = PREFIXES + """
                SELECT (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?r) AS ?reports) (COUNT(DISTINCT ?c) AS ?hostClaims) WHERE {
                  ?r a parley:EventReport ; parley:reportOf ?e . ?e a parley:Negotiation .
                  ?c a parley:Claim ; rdf:subject ?e ; rdf:predicate parley:host ; rdf:object pid:state\\/TR .
                }""";
        Map<String, String> row = select(union, counts).get(0);
        assertEquals("1", row.get("events"));
        assertEquals("3", row.get("reports"));
        assertEquals("3", row.get("hostClaims"));
        List<Map<String, String>> articles = select(union, PREFIXES
                + "SELECT DISTINCT ?a WHERE { ?c a parley:Claim ; rdf:predicate parley:host ; parley:inArticle ?a }");
        assertEquals(3, articles.size());
    }

    @Test
    void mappingIsDeterministic() {
        Graph one = MAPPER.map(talks("a1", LocalDate.of(2025, 5, 17), "on Friday", "2025-05-16")
                .relation(RelationType.HOLDS_POST, UMEROV, UA, "Defence Minister", "Defence Minister Rustem Umerov").build()).graph();
        Graph two = MAPPER.map(talks("a1", LocalDate.of(2025, 5, 17), "on Friday", "2025-05-16")
                .relation(RelationType.HOLDS_POST, UMEROV, UA, "Defence Minister", "Defence Minister Rustem Umerov").build()).graph();
        assertTrue(IsoMatcher.isomorphic(one, two));
        assertEquals(one.size(), two.size());
        assertTrue(one.find().toList().stream().allMatch(two::contains), "same IRIs, not only isomorphic");
    }

    @Test
    void placeParticipantsAndEvidenceOutsideTheArticleAreLeftOutAndTheGraphStillConforms() {
        FactsFixture f = talks("a1", LocalDate.of(2025, 5, 17), "on Friday", "2025-05-16");
        f.event(f.event("e1", EventType.ATTACK, EventStatus.OCCURRED, "talks", "Turkey hosted the talks",
                List.of(f.party(Role.TARGET, ISTANBUL, "Turkey hosted")), null, null, List.of()));
        f.event(new Event("e2", EventType.MEETING, EventStatus.OCCURRED, null, f.span("talks"), List.of(), null, null, List.of(),
                null, null, new org.parley.model.Evidence(0, new org.parley.model.TextSpan(0, 100_000), "x", 0.5)));
        ArticleGraph ag = MAPPER.map(f.build());
        assertFalse(ask(ag.withKnowledge(), "?e parley:target ?x"));
        assertFalse(ask(ag.withKnowledge(), "?e a parley:Meeting"));
        assertConforms(ag);
    }

    @Test
    void theGraphModelVersionIsPartOfTheDigest() {
        var a = talks("a1", LocalDate.of(2025, 5, 17), "on Friday", "2025-05-16").article();
        assertNotEquals(MAPPER.digest(a), new GraphMapper(ParleyNamespaces.defaults(), "other").digest(a));
        assertEquals("3", GraphMapper.GRAPH_MODEL_VERSION);
    }
}
