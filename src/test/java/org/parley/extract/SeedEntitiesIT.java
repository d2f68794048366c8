package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.ingest.ArticleReader;
import org.parley.pipeline.IngestJob;
import org.parley.pipeline.IngestOptions;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.ProgressListener;
import org.parley.rdf.ParleyNamespaces;
import org.parley.serve.ParleyServer;
import org.parley.store.KnowledgeStore;
import org.parley.testutil.Sparql;

/**
 * Acceptance over the seed articles: every person, state, alliance, organisation and place they name is
 * found with the right type and resolved to exactly one entity, whatever spelling each article uses.
 * The expectations are what a careful reader of the five articles finds; the pipeline is not told them.
 */
class SeedEntitiesIT {
    static KnowledgeStore store;
    static ParleyServer server;
    static String endpoint;

    @BeforeAll
    static void build() throws Exception {
        store = KnowledgeStore.inMemory();
        new IngestJob(PipelineResources.load(ParleyNamespaces.defaults()), store,
                new IngestOptions(2, Set.of("eng"), false, false), new ArticleReader())
                .run(List.of(Path.of("data/articles")), ProgressListener.NONE);
        server = ParleyServer.builder().dataset(store.dataset()).port(0).build().start();
        endpoint = server.sparqlUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    /** Each expected thing: its type and every spelling the articles use for it. */
    static final Map<String, List<String>> PERSONS = Map.ofEntries(
            Map.entry("Rustem Umerov", List.of("Rustem Umerov")),
            Map.entry("Vladimir Medinsky", List.of("Vladimir Medinsky", "Vladimir Medinskyy")),
            Map.entry("Volodymyr Zelenskyy", List.of("Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelensky", "Zelenskyy")),
            Map.entry("Vladimir Putin", List.of("Vladimir Putin", "Putin")),
            Map.entry("Donald Trump", List.of("Donald Trump", "Trump")),
            Map.entry("Joe Biden", List.of("Joe Biden")),
            Map.entry("Peter Slezkine", List.of("Peter Slezkine")),
            Map.entry("Heorhii Tykhyi", List.of("Heorhii Tykhyi", "Tykhyi")),
            Map.entry("JD Vance", List.of("JD Vance")),
            Map.entry("Marco Rubio", List.of("Marco Rubio", "Rubio")),
            Map.entry("Mikhail Galuzin", List.of("Mikhail Galuzin")),
            Map.entry("Alexander Fomin", List.of("Alexander Fomin")),
            Map.entry("Igor Kostyukov", List.of("Igor Kostyukov")),
            Map.entry("Recep Tayyip Erdogan", List.of("Recep Tayyip Erdogan")),
            Map.entry("Steve Witkoff", List.of("Steve Witkoff")),
            Map.entry("Keith Kellogg", List.of("Keith Kellogg")),
            Map.entry("Oleg Ignatov", List.of("Oleg Ignatov")));
    static final Map<String, List<String>> STATES = Map.ofEntries(
            Map.entry("Ukraine", List.of("Ukraine")), Map.entry("Russia", List.of("Russia")),
            Map.entry("Turkey", List.of("Turkey")), Map.entry("United States", List.of("U.S.", "United States", "US")),
            Map.entry("France", List.of("France")), Map.entry("Germany", List.of("Germany")),
            Map.entry("Poland", List.of("Poland")), Map.entry("United Kingdom", List.of("United Kingdom", "U.K.")),
            Map.entry("Italy", List.of("Italy")), Map.entry("Albania", List.of("Albania")), Map.entry("Qatar", List.of("Qatar")));
    static final Map<String, List<String>> ALLIANCES = Map.of(
            "Weimar+", List.of("Weimar+"), "NATO", List.of("NATO"), "European Union", List.of("EU"),
            "United Nations", List.of("United Nations"));
    static final Map<String, List<String>> ORGANIZATIONS = Map.of(
            "Stimson Center", List.of("Stimson Center"), "International Crisis Group", List.of("International Crisis Group"),
            "Reuters", List.of("Reuters"));
    static final Map<String, List<String>> PLACES = Map.ofEntries(
            Map.entry("Istanbul", List.of("Istanbul")), Map.entry("Dolmabahçe Palace", List.of("Dolmabahçe Palace")),
            Map.entry("Bilopillia", List.of("Bilopillia")), Map.entry("Crimea", List.of("Crimea")),
            Map.entry("Donetsk", List.of("Donetsk")), Map.entry("Luhansk", List.of("Luhansk")),
            Map.entry("Kherson", List.of("Kherson")), Map.entry("Zaporizhzhia", List.of("Zaporizhzhia", "Zaporizhzhya")),
            Map.entry("Kyiv", List.of("Kyiv")), Map.entry("Ankara", List.of("Ankara")),
            // the dateline of 004 ("LONDON -- ...") names the city in capitals
            Map.entry("London", List.of("London", "LONDON")));

    /** The entities of a type that a mention with exactly this text refers to. */
    private static Set<String> entitiesNamed(String type, String text) {
        Set<String> out = new TreeSet<>();
        for (Map<String, String> r : Sparql.select(endpoint, """
                SELECT DISTINCT ?e { ?m nif:anchorOf %s ; parley:refersTo ?e . ?e a parley:%s }"""
                .formatted(literal(text), type)))
            out.add(r.get("e"));
        return out;
    }

    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void check(String type, Map<String, List<String>> expected) {
        List<String> problems = new ArrayList<>();
        expected.forEach((name, spellings) -> {
            Set<String> entities = new TreeSet<>();
            for (String sp : spellings) {
                Set<String> e = entitiesNamed(type, sp);
                if (e.isEmpty()) problems.add(type + " '" + sp + "' (" + name + ") not found");
                entities.addAll(e);
            }
            if (entities.size() > 1) problems.add(type + " " + name + " is split over " + entities);
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void persons() {
        check("Person", PERSONS);
    }

    @Test
    void states() {
        check("State", STATES);
    }

    @Test
    void alliances() {
        check("Alliance", ALLIANCES);
    }

    @Test
    void organizations() {
        check("Organization", ORGANIZATIONS);
    }

    @Test
    void places() {
        check("Place", PLACES);
    }

    @Test
    void gazetteerEntitiesLinkToWikidata() {
        assertEquals(List.of(Map.of("w", "http://www.wikidata.org/entity/Q212")), Sparql.select(endpoint,
                "SELECT DISTINCT ?w { ?e a parley:State ; rdfs:label \"Ukraine\" ; owl:sameAs ?w }"));
        assertEquals(List.of(Map.of("w", "http://www.wikidata.org/entity/Q406")), Sparql.select(endpoint,
                "SELECT DISTINCT ?w { ?e a parley:Place ; rdfs:label \"Istanbul\" ; owl:sameAs ?w }"));
    }

    @Test
    void capitalsActingAsStatesReferToTheState() {
        // "Moscow insists on withdrawal ...": the state acts; "talks in Istanbul": the city
        assertTrue(Sparql.count(endpoint, """
                SELECT (COUNT(?m) AS ?n) { ?m nif:anchorOf "Moscow" ; parley:refersTo ?e . ?e a parley:State ; rdfs:label "Russia" }""") >= 1);
        assertEquals(0, Sparql.count(endpoint, """
                SELECT (COUNT(?m) AS ?n) { ?m nif:anchorOf "Istanbul" ; parley:refersTo ?e . ?e a parley:State }"""));
    }

    @Test
    void aDatelineInCapitalsIsThePlaceNotAnOrganisation() {
        assertEquals(0, Sparql.count(endpoint, """
                SELECT (COUNT(?m) AS ?n) { ?m nif:anchorOf "LONDON" ; parley:refersTo ?e . ?e a parley:Organization }"""));
    }

    @Test
    void everyMentionCarriesItsRecogniserAndConfidence() {
        assertEquals(0, Sparql.count(endpoint, """
                SELECT (COUNT(?m) AS ?n) { ?m a parley:Mention .
                  FILTER NOT EXISTS { ?m parley:extractor ?x ; parley:confidence ?c ; nif:beginIndex ?b ; nif:endIndex ?e } }"""));
    }
}
