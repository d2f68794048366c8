package org.parley.testutil;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

import org.parley.store.KnowledgeStore;

/** A copy of every named graph of a store, for comparing stores in tests. */
public final class StoreGraphs {
    private StoreGraphs() {}

    public static Map<Node, Graph> snapshot(KnowledgeStore ks) {
        return Txn.calculateRead(ks.dataset(), () -> {
            Map<Node, Graph> out = new HashMap<>();
            ks.dataset().listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                ks.dataset().getGraph(g).find().forEachRemaining(copy::add);
                out.put(g, copy);
            });
            return out;
        });
    }
}
