package org.parley.rdf.doc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

import org.parley.rdf.OntologyResources;

/** The generated documentation lists the terms of the ontology, including those declared functional or disjoint. */
class OntologyDocTest {
    static {
        JenaSystem.init();
    }

    @Test
    void theDocumentationHasASectionForEveryNewFactTerm() {
        String html = OntologyDoc.html(ModelFactory.createModelForGraph(OntologyResources.ontology()));
        for (String term : new String[] {"Claim", "EventReport", "reportOf", "Annexation", "Withdrawal", "heldPost",
                "affiliatedWith", "locatedIn", "proposer", "supporter", "victim", "delegationHead", "yearMonth", "year",
                "timeExpression", "personsPerSide", "numberInjured", "durationDays", "personsPerWeek"})
            assertTrue(html.contains("id=\"" + term + "\""), term);
    }
}
