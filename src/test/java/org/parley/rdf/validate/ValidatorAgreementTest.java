package org.parley.rdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import org.parley.rdf.NIF;
import org.parley.rdf.OntologyResources;
import org.parley.rdf.PARLEY;

/**
 * The fast validation (SHACL Core plus the SPARQL constraints evaluated in Java) and the all-SHACL reference agree
 * on the hand-written example and on hundreds of broken copies of it. (Seed article graphs: ValidatorAgreementIT.)
 */
class ValidatorAgreementTest {
    static {
        JenaSystem.init();
    }

    private static final String ID = "https://w3id.org/parley/id/";
    private static final Node ARTICLE = iri("article/0123456789abcdef");

    private static Node iri(String local) {
        return NodeFactory.createURI(ID + local);
    }

    private static Graph example() {
        return RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");
    }

    @Test
    void everySparqlConstraintOfTheShapesIsEvaluatedInJava() {
        long inShapes = OntologyResources.shapes()
                .find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql"), Node.ANY).toList().size();
        assertEquals(9, inShapes);
        assertEquals(inShapes, GraphValidator.standard().javaConstraints(),
                "a sh:sparql constraint whose query changed needs its Java twin (SparqlChecks) updated");
    }

    @Test
    void anEditedQueryIsNoLongerMatchedAndRunsInShacl() {
        Graph shapes = ValidatorAgreement.mutated(OntologyResources.shapes(), s -> {
            Node select = NodeFactory.createURI("http://www.w3.org/ns/shacl#select");
            Triple t = s.find(Node.ANY, select, Node.ANY).filterKeep(x -> x.getObject().getLiteralLexicalForm()
                    .contains("$this rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o")).next();
            s.delete(t);
            s.add(t.getSubject(), select, NodeFactory.createLiteralString(
                    t.getObject().getLiteralLexicalForm().replace("FILTER NOT EXISTS", "FILTER EXISTS")));
        });
        GraphValidator edited = new GraphValidator(shapes, OntologyResources.ontology());
        assertEquals(8, edited.javaConstraints());
        // the edited constraint now flags every claim whose triple IS stated: SHACL ran it
        Validation v = edited.validate(example());
        assertFalse(v.conforms());
        assertTrue(v.problems().stream().allMatch(p -> p.contains("does not state")), v.problems().toString());
    }

    @Test
    void theExampleAndEachCopyWithoutOneTripleAgree() {
        ValidatorAgreement a = new ValidatorAgreement();
        a.assertAgreeWithoutEachTriple("example", example());
        assertTrue(a.violating() > 50, "many removals break the graph: " + a.violating() + " of " + a.graphs());
    }

    @Test
    void brokenSpansAgree() {
        ValidatorAgreement a = new ValidatorAgreement();
        a.assertAgreeOnBrokenSpans("example", example(), 4);
        assertTrue(a.violating() > a.graphs() / 2, a.violating() + " of " + a.graphs());
    }

    @Test
    void textWithCharactersOutsideTheBmpCountsCodePoints() {
        ValidatorAgreement a = new ValidatorAgreement();
        for (int shift : new int[] {2, 3}) {
            // two code points ("😀 ") are three UTF-16 units: offsets moved by 2 are right, by 3 wrong
            Graph g = ValidatorAgreement.mutated(example(), m -> {
                Node text = ValidatorAgreement.one(m, ARTICLE, NIF.isString.asNode());
                ValidatorAgreement.set(m, ARTICLE, NIF.isString.asNode(),
                        NodeFactory.createLiteralString("\uD83D\uDE00 " + text.getLiteralLexicalForm()));
                for (Node p : new Node[] {NIF.beginIndex.asNode(), NIF.endIndex.asNode()})
                    for (Triple t : m.find(Node.ANY, p, Node.ANY).toList())
                        ValidatorAgreement.set(m, t.getSubject(), p, ValidatorAgreement.integer(
                                ValidatorAgreement.value(t.getObject()) + shift,
                                (org.apache.jena.datatypes.xsd.XSDDatatype) t.getObject().getLiteralDatatype()));
            });
            a.assertAgree("shifted by " + shift, g);
            assertEquals(shift == 2, GraphValidator.standard().validate(g).conforms(), "shift " + shift);
        }
    }

    @Test
    void brokenFactsMentionsAndSourcesAgree() {
        Node talks = iri("event/istanbul-talks-2025-05-16");
        Node mention = iri("article/0123456789abcdef/mention/37-43");
        Node sentence0 = iri("article/0123456789abcdef/sentence/0");
        Node umerov = iri("person/rustem-umerov");
        Map<String, Consumer<Graph>> breaks = new LinkedHashMap<>();
        breaks.put("mention in another article's sentence", g -> ValidatorAgreement.set(g, sentence0,
                PARLEY.inArticle.asNode(), iri("article/other")));
        breaks.put("sentence without article", g -> g.remove(sentence0, PARLEY.inArticle.asNode(), Node.ANY));
        breaks.put("sentence in two articles", g -> g.add(sentence0, PARLEY.inArticle.asNode(), iri("article/other")));
        breaks.put("sentence's article a literal", g -> g.add(sentence0, PARLEY.inArticle.asNode(),
                NodeFactory.createLiteralString("x")));
        breaks.put("mention outside its sentence", g -> ValidatorAgreement.set(g, mention, PARLEY.inSentence.asNode(),
                iri("article/0123456789abcdef/sentence/2")));
        breaks.put("mention in two sentences", g -> g.add(mention, PARLEY.inSentence.asNode(),
                iri("article/0123456789abcdef/sentence/2")));
        breaks.put("mention's sentence a literal", g -> ValidatorAgreement.set(g, mention, PARLEY.inSentence.asNode(),
                NodeFactory.createLiteralString("s")));
        breaks.put("second article without text", g -> {
            g.add(iri("article/other"), RDF.type.asNode(), PARLEY.Article.asNode());
            g.add(mention, PARLEY.inArticle.asNode(), iri("article/other"));
        });
        breaks.put("second article with text", g -> {
            g.add(iri("article/other"), RDF.type.asNode(), PARLEY.Article.asNode());
            g.add(iri("article/other"), NIF.isString.asNode(), NodeFactory.createLiteralString("Other text"));
            g.add(mention, PARLEY.inArticle.asNode(), iri("article/other"));
        });
        breaks.put("text with a language tag", g -> ValidatorAgreement.set(g, ARTICLE, NIF.isString.asNode(),
                NodeFactory.createLiteralLang(ValidatorAgreement.one(g, ARTICLE, NIF.isString.asNode())
                        .getLiteralLexicalForm(), "en")));
        breaks.put("two texts", g -> g.add(ARTICLE, NIF.isString.asNode(), NodeFactory.createLiteralString("Short.")));
        breaks.put("entity without source", g -> {
            g.add(iri("person/nobody"), RDF.type.asNode(), PARLEY.Entity.asNode());
            g.add(iri("person/nobody"), RDFS.label.asNode(), NodeFactory.createLiteralString("Nobody"));
        });
        breaks.put("fact without claim", g -> g.add(talks, PARLEY.host.asNode(), iri("state/UA")));
        breaks.put("literal fact without claim", g -> g.add(talks, PARLEY.personCount.asNode(),
                ValidatorAgreement.integer(3, org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)));
        breaks.put("claim of an unstated triple", g -> {
            Node c = iri("article/0123456789abcdef/claim/99");
            Node c0 = iri("article/0123456789abcdef/claim/0");
            g.find(c0, Node.ANY, Node.ANY).toList().forEach(t -> g.add(c, t.getPredicate(), t.getObject()));
            ValidatorAgreement.set(g, c, RDF.object.asNode(), iri("state/TR"));
        });
        breaks.put("claim with a literal predicate", g -> ValidatorAgreement.set(g, iri("article/0123456789abcdef/claim/0"),
                RDF.predicate.asNode(), NodeFactory.createLiteralString("p")));
        breaks.put("memberOf without claim and with unsourced ends", g -> g.add(iri("person/nobody"),
                PARLEY.memberOf.asNode(), iri("org/nothing")));
        breaks.put("relation to an unsourced end", g -> g.add(umerov, PARLEY.affiliatedWith.asNode(), iri("org/nothing")));
        breaks.put("relation to a literal", g -> g.add(umerov, PARLEY.locatedIn.asNode(), NodeFactory.createLiteralString("x")));
        breaks.put("membership without its edge", g -> g.remove(umerov, PARLEY.memberOf.asNode(), Node.ANY));
        breaks.put("event without participants", g -> g.remove(talks, PARLEY.hasParticipant.asNode(), Node.ANY));
        breaks.put("event content of another", g -> g.add(iri("event/x"), PARLEY.content.asNode(), talks));
        breaks.put("shapes test: two statuses", g -> g.add(iri("article/0123456789abcdef/event/e0"),
                PARLEY.eventStatus.asNode(), PARLEY.status_scheduled.asNode()));
        breaks.put("shapes test: bad Wikidata link", g -> g.add(iri("state/UA"), org.apache.jena.vocabulary.OWL.sameAs.asNode(),
                NodeFactory.createURI("https://www.wikidata.org/wiki/Q212")));
        ValidatorAgreement a = new ValidatorAgreement();
        breaks.forEach((name, b) -> a.assertAgree(name, ValidatorAgreement.mutated(example(), b)));
        assertTrue(a.violating() >= breaks.size() - 2, a.violating() + " of " + a.graphs());
    }
}
