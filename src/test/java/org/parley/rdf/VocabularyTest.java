package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The PARLEY class and ontology/parley.ttl declare exactly the same terms, each documented; the ontology's
 * references inside its own namespace all resolve; prefixes agree between ontology and code.
 */
class VocabularyTest {
    static {
        JenaSystem.init();
    }

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/parley.ttl");

    private static Set<String> javaTerms() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : PARLEY.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) continue;
            Object v = f.get(null);
            if (v instanceof Resource r) {
                assertEquals(PARLEY.NS + f.getName().replace('_', '-'), r.getURI(), "constant named like its local name");
                out.add(r.getURI());
            }
        }
        return out;
    }

    /** Classes, properties, concept schemes and the event statuses: what code must be able to name. */
    private static Set<String> ontologyTerms() {
        Set<String> out = new TreeSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                SKOS.ConceptScheme})
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(PARLEY.NS)) out.add(r.getURI());
            });
        ONTOLOGY.listSubjectsWithProperty(SKOS.inScheme, PARLEY.EventStatusScheme).forEachRemaining(r -> out.add(r.getURI()));
        return out;
    }

    private static Set<String> declaredOwlTerms() {
        Set<String> out = new TreeSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty})
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.getURI().startsWith(PARLEY.NS)) out.add(r.getURI());
            });
        return out;
    }

    @Test
    void everyConstantIsDeclaredAndEveryDeclaredTermHasAConstant() throws Exception {
        assertEquals(ontologyTerms(), javaTerms());
    }

    @Test
    void everyTermHasALabelAndAComment() {
        for (String t : declaredOwlTerms()) {
            Resource r = ONTOLOGY.getResource(t);
            assertTrue(r.hasProperty(RDFS.label), t + " has rdfs:label");
            assertTrue(r.hasProperty(RDFS.comment), t + " has rdfs:comment");
            assertTrue(r.getProperty(RDFS.comment).getString().length() >= 20, t + " has a real definition");
            assertTrue(r.hasProperty(RDFS.isDefinedBy), t + " has rdfs:isDefinedBy");
        }
    }

    @Test
    void propertiesAreDeclaredAsPropertiesAndClassesAsClasses() throws Exception {
        for (Field f : PARLEY.class.getFields()) {
            Object v = f.get(null);
            if (v instanceof Property p) {
                assertTrue(ONTOLOGY.contains(p, RDF.type, OWL.ObjectProperty) || ONTOLOGY.contains(p, RDF.type, OWL.DatatypeProperty)
                        || ONTOLOGY.contains(p, RDF.type, OWL.AnnotationProperty), p + " is a property in the ontology");
                assertTrue(Character.isLowerCase(f.getName().charAt(0)), "property constants start lower case: " + f.getName());
            } else if (v instanceof Resource r && ONTOLOGY.contains(r, RDF.type, OWL.Class)) {
                assertFalse(Character.isLowerCase(f.getName().charAt(0)), "class constants start upper case: " + f.getName());
            }
        }
    }

    @Test
    void everyReferenceIntoTheParleyNamespaceIsDeclared() {
        Set<String> known = new TreeSet<>(declaredOwlTerms());
        ONTOLOGY.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource()) known.add(s.getURI());
        });
        List<String> dangling = new ArrayList<>();
        for (Statement st : ONTOLOGY.listStatements().toList()) {
            RDFNode o = st.getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(PARLEY.NS) && !known.contains(o.asResource().getURI()))
                dangling.add(st.toString());
        }
        assertEquals(List.of(), dangling);
    }

    @Test
    void objectPropertiesHaveRangesOrSuperPropertiesAndDatatypePropertiesXsdRanges() {
        for (Resource p : ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).toList()) {
            if (!p.getURI().startsWith(PARLEY.NS)) continue;
            Resource range = p.getPropertyResourceValue(RDFS.range);
            assertTrue(range != null && range.getURI().startsWith("http://www.w3.org/2001/XMLSchema#"), p + " has an xsd range");
        }
        for (Resource p : ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).toList()) {
            if (!p.getURI().startsWith(PARLEY.NS)) continue;
            assertTrue(p.hasProperty(RDFS.domain) || p.hasProperty(RDFS.subPropertyOf) || p.hasProperty(RDFS.range),
                    p + " has a domain, a range or a super-property");
        }
    }

    @Test
    void everyEventClassIsAnEventWithItsCodes() {
        Set<Resource> events = new java.util.HashSet<>();
        java.util.Deque<Resource> todo = new java.util.ArrayDeque<>(List.of(PARLEY.Event));
        while (!todo.isEmpty())
            for (Resource sub : ONTOLOGY.listSubjectsWithProperty(RDFS.subClassOf, todo.pop()).toList())
                if (events.add(sub)) todo.push(sub);
        assertTrue(events.size() >= 15, "event classes: " + events.size());
        assertTrue(events.contains(PARLEY.Demand) && events.contains(PARLEY.PrisonerExchange));
        assertTrue(events.contains(PARLEY.Founding), "an organisation's founding is an event");
        assertTrue(ONTOLOGY.contains(PARLEY.Founding, PARLEY.typicalCode, PARLEY.plover("COOPERATE")));
        for (Resource c : ONTOLOGY.listSubjectsWithProperty(PARLEY.typicalCode).toList())
            for (Statement st : c.listProperties(PARLEY.typicalCode).toList()) {
                Resource concept = st.getResource();
                assertTrue(concept.hasProperty(RDF.type, SKOS.Concept), concept + " is a SKOS concept");
                assertTrue(concept.hasProperty(SKOS.inScheme, PARLEY.CAMEO) || concept.hasProperty(SKOS.inScheme, PARLEY.PLOVER),
                        concept + " is in the CAMEO or PLOVER scheme");
                assertTrue(concept.hasProperty(SKOS.notation), concept + " has its code as notation");
            }
        assertTrue(ONTOLOGY.contains(PARLEY.cameo("046"), SKOS.prefLabel, ONTOLOGY.createLiteral("Engage in negotiation", "en")));
        assertTrue(ONTOLOGY.contains(PARLEY.plover("CONSULT"), RDF.type, SKOS.Concept));
    }

    @Test
    void alignmentsUseTheExactExternalIris() {
        Map<Resource, Resource> expected = Map.of(
                PARLEY.Event, ONTOLOGY.createResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
                PARLEY.Person, ONTOLOGY.createResource("http://xmlns.com/foaf/0.1/Person"),
                PARLEY.Post, ONTOLOGY.createResource("http://www.w3.org/ns/org#Post"),
                PARLEY.Article, ONTOLOGY.createResource(SCHEMA.NS + "NewsArticle"),
                PARLEY.Mention, ONTOLOGY.createResource(NIF.NS + "Phrase"));
        expected.forEach((c, sup) -> assertTrue(ONTOLOGY.contains(c, RDFS.subClassOf, sup), c + " ⊑ " + sup));
        assertTrue(ONTOLOGY.contains(PARLEY.memberOf, RDFS.subPropertyOf, ONTOLOGY.createResource("http://www.w3.org/ns/org#memberOf")));
        assertTrue(ONTOLOGY.contains(PARLEY.memberOf, SKOS.closeMatch, ONTOLOGY.createResource("http://www.wikidata.org/prop/direct/P463")));
        assertTrue(ONTOLOGY.contains(PARLEY.evidence, RDFS.subPropertyOf, ONTOLOGY.createResource("http://www.w3.org/ns/prov#wasDerivedFrom")));
        assertTrue(ONTOLOGY.contains(PARLEY.time, RDFS.subPropertyOf, ONTOLOGY.createResource("http://www.w3.org/2006/time#hasTime")));
    }

    @Test
    void ontologyPrefixesAgreeWithTheCodesPrefixes() {
        Map<String, String> code = ParleyNamespaces.defaults().prefixes().getNsPrefixMap();
        Map<String, String> onto = ONTOLOGY.getNsPrefixMap();
        for (Map.Entry<String, String> e : onto.entrySet())
            if (code.containsKey(e.getKey()))
                assertEquals(code.get(e.getKey()), e.getValue(), "prefix " + e.getKey());
        assertEquals("http://schema.org/", onto.get("schema"));
        for (String ns : code.values()) assertFalse(ns.startsWith("https://schema.org"), ns);
    }

    @Test
    void ontologyHeaderCarriesWhatAReviewerExpects() {
        Resource o = ONTOLOGY.getResource(PARLEY.ONTOLOGY_IRI);
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        for (Property p : new Property[] {OWL.versionIRI, OWL.versionInfo, DCTerms.license, DCTerms.creator, DCTerms.created,
                DCTerms.modified, DCTerms.title, DCTerms.description, RDFS.label,
                ONTOLOGY.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix"),
                ONTOLOGY.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri")})
            assertTrue(o.hasProperty(p), "ontology has " + p);
        assertEquals(PARLEY.NS, o.getProperty(ONTOLOGY.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri")).getString());
        assertTrue(o.getPropertyResourceValue(OWL.versionIRI).getURI().endsWith(o.getProperty(OWL.versionInfo).getString()));
    }
}
