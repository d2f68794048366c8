package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

import org.parley.serve.ParleyServer;

/**
 * The query load's method against a real server: each client opens its connection with one untimed request before
 * any timed request is sent, and keeps using that connection; the warm-up sends every kind.
 */
class QueryLoadIT {
    private static final String Q = "SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 5";

    /** Records the client port of every request the server sees. */
    private static final class Ports implements Filter {
        final Set<Integer> ports = ConcurrentHashMap.newKeySet();
        volatile int requests;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            ports.add(request.getRemotePort());
            synchronized (this) {
                requests++;
            }
            chain.doFilter(request, response);
        }
    }

    private static DatasetGraph store() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o")));
        return dsg;
    }

    @Test
    void everyClientOpensItsConnectionBeforeTheTimedRequestsAndKeepsIt() throws Exception {
        Ports ports = new Ports();
        List<String> callers = new ArrayList<>();
        QueryLoad.Kind kind = new QueryLoad.Kind("all", i -> {
            synchronized (callers) {
                callers.add(Thread.currentThread().getName());
            }
            return Q;
        });
        int clients = 4, requests = 24;
        QueryLoad.Result r;
        try (ParleyServer server = ParleyServer.builder().dataset(store()).port(0).enableUi(false)
                .addFilter("/*", ports).build().start()) {
            r = QueryLoad.run(server.sparqlUrl(), kind, clients, requests);
        }
        assertEquals(0, r.errors(), r.firstError());
        assertNull(r.firstError());
        assertEquals(clients, r.clients());
        assertEquals(requests, r.requests());
        assertEquals(clients, r.opened(), "one opening request per client");
        assertTrue(r.openingMax() > 0);
        assertEquals(clients + requests, callers.size(), "opening requests and timed requests");
        assertEquals(clients + requests, ports.requests, "the server saw them all");
        assertEquals(clients, new HashSet<>(callers.subList(0, clients)).size(),
                "the first requests are one per client: no timed request before every client has opened its connection");
        assertEquals(clients, ports.ports.size(), "each client keeps its one connection: " + ports.ports);
        assertEquals(clients, r.connections(), "no client had to reconnect");
        assertTrue(r.p50() > 0 && r.p50() <= r.p95() && r.p95() <= r.p99() && r.p99() <= r.max(), r.toString());
    }

    @Test
    void theWarmUpSendsEveryKindInTurn() throws Exception {
        Set<String> sent = ConcurrentHashMap.newKeySet();
        List<QueryLoad.Kind> kinds = new ArrayList<>();
        for (String name : List.of("a", "b", "c"))
            kinds.add(new QueryLoad.Kind(name, i -> {
                sent.add(name + i);
                return Q;
            }));
        QueryLoad.Warmup w;
        try (ParleyServer server = ParleyServer.builder().dataset(store()).port(0).enableUi(false).build().start()) {
            w = QueryLoad.warmUp(server.sparqlUrl(), kinds, 2, 30, 30);
        }
        assertEquals(0, w.errors(), w.firstError());
        assertEquals(32, w.requests(), "30 warm-up queries (no more allowed) and the two clients' opening requests");
        for (String name : List.of("a", "b", "c"))
            for (int i = 0; i < 10; i++) assertTrue(sent.contains(name + i), name + i + " in " + sent);
    }

    @Test
    void aCellWarmsUpWithItsOwnKindAndConcurrencyUntilTheJitIsQuietOrTimeIsUp() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        QueryLoad.Kind kind = new QueryLoad.Kind("k", i -> {
            threads.add(Thread.currentThread().getName());
            return Q;
        });
        QueryLoad.Warmup once, bounded;
        try (ParleyServer server = ParleyServer.builder().dataset(store()).port(0).enableUi(false).build().start()) {
            once = QueryLoad.warmCell(server.sparqlUrl(), kind, 3, 12, 0);
            bounded = QueryLoad.warmCell(server.sparqlUrl(), kind, 3, 12, 2);
        }
        assertEquals(0, once.errors(), once.firstError());
        assertEquals(12 + 3, once.requests(), "no time allowed: one round of 12 and the three opening requests");
        assertEquals(3, threads.size(), "the cell's three clients: " + threads);
        assertEquals(0, bounded.errors(), bounded.firstError());
        assertEquals(0, bounded.requests() % 15, "whole rounds: " + bounded.requests());
        assertTrue(bounded.jitShare() < QueryLoad.JIT_QUIET || bounded.seconds() >= 2,
                "it stops once the JIT is quiet or the time is up: " + bounded);
    }
}
