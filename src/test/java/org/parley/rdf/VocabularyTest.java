package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The PARLEY class and ontology/parley.ttl declare exactly the same terms, each documented. */
class VocabularyTest {
    static {
        JenaSystem.init();
    }

    private final Model ontology = RDFDataMgr.loadModel("ontology/parley.ttl");

    private static Set<String> javaTerms() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : PARLEY.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) continue;
            Object v = f.get(null);
            if (v instanceof Resource r) {
                assertEquals(PARLEY.NS + f.getName(), r.getURI(), "constant named like its local name");
                out.add(r.getURI());
            }
        }
        return out;
    }

    private Set<String> ontologyTerms() {
        Set<String> out = new TreeSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty})
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(PARLEY.NS)) out.add(r.getURI());
            });
        return out;
    }

    @Test
    void everyConstantIsDeclaredAndEveryDeclaredTermHasAConstant() throws Exception {
        assertEquals(ontologyTerms(), javaTerms());
    }

    @Test
    void everyTermHasALabelAndAComment() {
        for (String t : ontologyTerms()) {
            Resource r = ontology.getResource(t);
            assertTrue(r.hasProperty(RDFS.label), t + " has rdfs:label");
            assertTrue(r.hasProperty(RDFS.comment), t + " has rdfs:comment");
        }
    }

    @Test
    void propertiesAreDeclaredAsPropertiesAndClassesAsClasses() throws Exception {
        for (Field f : PARLEY.class.getFields()) {
            Object v = f.get(null);
            if (v instanceof Property p) {
                assertTrue(ontology.contains(p, RDF.type, OWL.ObjectProperty) || ontology.contains(p, RDF.type, OWL.DatatypeProperty),
                        p + " is a property in the ontology");
            } else if (v instanceof Resource r) {
                assertTrue(ontology.contains(r, RDF.type, OWL.Class), r + " is a class in the ontology");
                assertFalse(Character.isLowerCase(f.getName().charAt(0)), "class constants start upper case: " + f.getName());
            }
        }
    }

    @Test
    void ontologyHeaderCarriesVersionAndLicence() {
        Resource o = ontology.getResource("https://w3id.org/parley/ontology");
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(o.hasProperty(OWL.versionIRI));
        assertTrue(o.hasProperty(OWL.versionInfo));
        assertTrue(o.hasProperty(org.apache.jena.vocabulary.DCTerms.license));
    }
}
