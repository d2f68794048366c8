package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.rdf.FactsFixture.TRUMP;
import static org.parley.rdf.FactsFixture.US;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

import org.parley.model.RelationType;

/**
 * queries/conflicts.rq over the union of article graphs finds the date and post disagreements, each claim with
 * its article and sentence, and nothing where sources agree; its lists of single-valued and disjoint properties
 * are the ontology's declarations.
 */
class ConflictsQueryTest {
    static {
        JenaSystem.init();
    }

    private static final GraphMapper MAPPER = FactMapperTest.MAPPER;

    private static String query() throws IOException {
        return Files.readString(Path.of("queries/conflicts.rq"), StandardCharsets.UTF_8);
    }

    private static Model union(FactsFixture... articles) {
        Model m = ModelFactory.createDefaultModel();   // article graphs only, as in the store
        for (FactsFixture f : articles) m.add(ModelFactory.createModelForGraph(MAPPER.map(f.build()).graph()));
        return m;
    }

    private static FactsFixture president(String key, LocalDate published, String text, RelationType type, boolean us) {
        FactsFixture f = new FactsFixture(key, published, text);
        f.mention("Donald Trump", TRUMP);
        if (us) f.mention("US", US);
        String words = text.substring(0, text.indexOf("Trump") + "Trump".length());
        return f.relation(type, TRUMP, us ? US : null, "President", words);
    }

    @Test
    void theQueryListsExactlyTheOntologysSingleValuedAndDisjointProperties() throws IOException {
        checkLists(query());
        checkLists(Files.readString(Path.of("queries/q25-facts-sources-disagree-on.rq"), StandardCharsets.UTF_8));
    }

    private static void checkLists(String q) {
        String functional = q.substring(q.indexOf("VALUES ?predicate {"), q.indexOf("}", q.indexOf("VALUES ?predicate {")));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("parley:(\\w+)").matcher(functional);
        while (m.find()) listed.add(m.group(1));
        java.util.Set<String> declared = new java.util.TreeSet<>();
        Model onto = ModelFactory.createModelForGraph(OntologyResources.ontology());
        onto.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.FunctionalProperty)
                .forEachRemaining(r -> declared.add(r.getLocalName()));
        assertEquals(declared, listed, "VALUES ?predicate in conflicts.rq");
        java.util.Set<String> disjoint = new java.util.TreeSet<>();
        onto.listStatements(null, org.apache.jena.vocabulary.OWL2.propertyDisjointWith, (org.apache.jena.rdf.model.RDFNode) null)
                .forEachRemaining(st -> disjoint.add("(parley:" + st.getSubject().getLocalName() + " parley:"
                        + st.getObject().asResource().getLocalName() + ")"));
        for (String pair : disjoint) assertTrue(q.contains(pair), "conflicts.rq lists " + pair);
    }

    @Test
    void findsTheThreeDatesOfTheTalksAndTheTwoPostsOfTrumpEachWithItsSource() throws IOException {
        Model m = union(
                FactMapperTest.talks("a1", LocalDate.of(2025, 5, 17), "on Saturday", "2025-05-17"),
                FactMapperTest.talks("a2", LocalDate.of(2025, 5, 16), "on Friday", "2025-05-16"),
                FactMapperTest.talks("a3", LocalDate.of(2025, 5, 15), "on Thursday", "2025-05-15"),
                president("t1", LocalDate.of(2025, 5, 16), "US President Donald Trump spoke.", RelationType.HOLDS_POST, true),
                president("t2", LocalDate.of(2025, 5, 15), "Former President Donald Trump spoke.", RelationType.HELD_POST, false));
        List<Map<String, String>> rows = FactMapperTest.select(m, query());

        List<Map<String, String>> dates = rows.stream().filter(r -> r.get("predicate").endsWith("#date")).toList();
        assertEquals(Set.of("2025-05-15", "2025-05-16", "2025-05-17"),
                dates.stream().map(r -> r.get("value")).collect(Collectors.toSet()), rows.toString());
        assertEquals(3, dates.size());
        assertEquals(Set.of("Title of a1", "Title of a2", "Title of a3"), dates.stream().map(r -> r.get("title")).collect(Collectors.toSet()));
        for (Map<String, String> r : dates) {
            assertEquals("Negotiation: Russia, Ukraine in Istanbul", r.get("subjectLabel"));
            assertEquals("different values of a single-valued property", r.get("kind"));
            assertTrue(r.get("sentence").startsWith(r.get("article") + "/sentence/"), r.toString());
            assertEquals("Russia and Ukraine held talks", r.get("evidence"));
        }

        List<Map<String, String>> posts = rows.stream().filter(r -> r.get("predicate").contains("Post")).toList();
        assertEquals(Set.of("https://w3id.org/parley/ontology#holdsPost", "https://w3id.org/parley/ontology#heldPost"),
                posts.stream().map(r -> r.get("predicate")).collect(Collectors.toSet()), rows.toString());
        assertEquals(Set.of("US President Donald Trump", "Former President Donald Trump"),
                posts.stream().map(r -> r.get("evidence")).collect(Collectors.toSet()));
        assertTrue(posts.stream().allMatch(r -> r.get("subjectLabel").equals("Donald Trump")));
        assertEquals(5, rows.size(), rows.toString());
    }

    @Test
    void findsNothingWhereTheSourcesAgree() throws IOException {
        Model m = union(
                FactMapperTest.talks("a1", LocalDate.of(2025, 5, 17), "on Friday", "2025-05-16"),
                FactMapperTest.talks("a2", LocalDate.of(2025, 5, 16), "on Friday", "2025-05-16"),
                FactMapperTest.talks("a3", LocalDate.of(2025, 5, 18), "last Friday", "2025-05-16"),
                president("t1", LocalDate.of(2025, 5, 16), "US President Donald Trump spoke.", RelationType.HOLDS_POST, true),
                president("t2", LocalDate.of(2025, 5, 15), "President Donald Trump spoke.", RelationType.HOLDS_POST, false));
        assertEquals(List.of(), FactMapperTest.select(m, query()));
    }

    @Test
    void aFormerPostOfAnotherOfficeIsNoConflict() throws IOException {
        FactsFixture other = new FactsFixture("t3", LocalDate.of(2025, 5, 15), "Former Senator Donald Trump spoke.");
        other.mention("Donald Trump", TRUMP);
        other.relation(RelationType.HELD_POST, TRUMP, null, "Senator", "Former Senator Donald Trump");
        Model m = union(president("t1", LocalDate.of(2025, 5, 16), "US President Donald Trump spoke.", RelationType.HOLDS_POST, true), other);
        Set<String> found = new TreeSet<>();
        FactMapperTest.select(m, query()).forEach(r -> found.add(r.toString()));
        assertEquals(Set.of(), found);
    }
}
