package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.iri3986.provider.IRIProvider3986;
import org.apache.jena.irix.SystemIRIx;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * How the server takes requests under load, over HTTP against a real server: at most {@code concurrency} run at once
 * and the others wait their turn in order of arrival, for at most the queue wait; every waiting request is read (the
 * thread pool is large enough); response buffers come from Jetty's pool instead of a new direct buffer per response;
 * SPARQL is parsed with the RFC 3986 IRI parser.
 */
class AdmissionIT {
    /** A servlet whose requests ({@code ?n=NAME}) record their arrival and then wait until released by name. */
    private static final class Gate extends HttpServlet {
        final List<String> entered = new CopyOnWriteArrayList<>();
        final Map<String, CountDownLatch> release = new ConcurrentHashMap<>();

        CountDownLatch latch(String name) {
            return release.computeIfAbsent(name, k -> new CountDownLatch(1));
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getParameter("n");
            entered.add(name);
            try {
                if (!latch(name).await(30, TimeUnit.SECONDS)) throw new IOException("never released: " + name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            resp.setContentType("text/plain");
            resp.getWriter().print("ok " + name);
        }
    }

    private static DatasetGraph store() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o")));
        return dsg;
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static CompletableFuture<HttpResponse<String>> send(ParleyServer server, String name) {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/gate?n=" + name);
        return HTTP.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(5);
        }
    }

    @Test
    void requestsBeyondTheConcurrencyWaitTheirTurnInOrderOfArrival() throws Exception {
        Gate gate = new Gate();
        try (ParleyServer server = ParleyServer.builder().dataset(store()).port(0).enableUi(false).concurrency(2)
                .queueWait(Duration.ofSeconds(30)).addServlet("/gate", gate).build().start()) {
            assertEquals(2, server.concurrency());
            AdmissionFilter admission = server.admission();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            answers.add(send(server, "a"));
            answers.add(send(server, "b"));
            await(() -> gate.entered.size() == 2, "the first two run");
            for (String name : List.of("c", "d", "e")) {
                int before = admission.waiting();
                answers.add(send(server, name));
                await(() -> admission.waiting() == before + 1, name + " waits");
            }
            Thread.sleep(200);
            assertEquals(java.util.Set.of("a", "b"), java.util.Set.copyOf(gate.entered), "only two run at once");
            assertEquals(2, gate.entered.size());
            gate.latch("b").countDown();
            await(() -> gate.entered.size() == 3, "one more runs when one ends");
            assertEquals("c", gate.entered.get(2), "the first to arrive");
            // a still runs: each request that ends lets exactly one more in, so the order is the queue's own
            gate.latch("c").countDown();
            await(() -> gate.entered.size() == 4, "d runs when c ends");
            assertEquals("d", gate.entered.get(3), "the second to arrive");
            gate.latch("d").countDown();
            await(() -> gate.entered.size() == 5, "e runs when d ends");
            assertEquals(List.of("c", "d", "e"), gate.entered.subList(2, 5), "in order of arrival");
            gate.latch("a").countDown();
            gate.latch("e").countDown();
            for (CompletableFuture<HttpResponse<String>> f : answers) assertEquals(200, f.get(30, TimeUnit.SECONDS).statusCode());
            assertEquals(0, admission.overtaken());
        }
    }

    @Test
    void aRequestThatWaitedTheLongestWaitRunsAnyway() throws Exception {
        Gate gate = new Gate();
        try (ParleyServer server = ParleyServer.builder().dataset(store()).port(0).enableUi(false).concurrency(1)
                .queueWait(Duration.ofMillis(300)).addServlet("/gate", gate).build().start()) {
            CompletableFuture<HttpResponse<String>> slow = send(server, "slow");
            await(() -> gate.entered.size() == 1, "the slow request runs");
            long t0 = System.nanoTime();
            gate.latch("next").countDown();
            HttpResponse<String> next = send(server, "next").get(30, TimeUnit.SECONDS);
            long waitedMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, next.statusCode());
            assertEquals("ok next", next.body());
            assertTrue(waitedMs >= 250, "it waited its turn first: " + waitedMs + " ms");
            assertEquals(1, server.admission().overtaken());
            assertTrue(!slow.isDone(), "while the slow one still ran");
            gate.latch("slow").countDown();
            assertEquals(200, slow.get(30, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void everyWaitingRequestIsReadEvenBeyondFusekisOwnThreadPool() throws Exception {
        Gate gate = new Gate();
        int waiting = 40;
        try (ParleyServer server = ParleyServer.builder().dataset(store()).port(0).enableUi(false).concurrency(1)
                .queueWait(Duration.ofSeconds(30)).addServlet("/gate", gate).build().start()) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            answers.add(send(server, "first"));
            await(() -> gate.entered.size() == 1, "the first runs");
            for (int i = 0; i < waiting; i++) answers.add(send(server, "w" + i));
            await(() -> server.admission().waiting() == waiting, waiting + " requests wait in the queue, not unread in "
                    + "their sockets (Fuseki's pool of 20 threads could hold only a dozen)");
            gate.latch("first").countDown();
            for (int i = 0; i < waiting; i++) gate.latch("w" + i).countDown();
            for (CompletableFuture<HttpResponse<String>> f : answers) assertEquals(200, f.get(30, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void responsesUsePooledBuffersNotANewDirectBufferEach() throws Exception {
        try (ParleyServer server = ParleyServer.builder().dataset(store()).port(0).enableUi(false).build().start()) {
            for (Connector connector : server.fuseki().getJettyServer().getConnectors()) {
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                int buffer = http.getHttpConfiguration().getOutputBufferSize();
                ArrayByteBufferPool pool = assertInstanceOf(ArrayByteBufferPool.class, connector.getByteBufferPool());
                assertTrue(buffer <= pool.getMaxCapacity(), "the response buffer (" + buffer + " bytes) is one the pool keeps ("
                        + pool.getMaxCapacity() + ")");
            }
            BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                    .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
            URI uri = URI.create(server.sparqlUrl() + "?query=ASK%7B%7D");
            HttpResponse<String> warm = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, warm.statusCode());
            long before = direct.getMemoryUsed(), most = before;
            for (int i = 0; i < 200; i++) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                most = Math.max(most, direct.getMemoryUsed());
            }
            assertTrue(most - before < 16L << 20, "direct memory grew by " + ((most - before) >> 20) + " MB over 200 answers");
        }
    }

    @Test
    void sparqlIsParsedWithTheRfc3986IriParser() {
        try (ParleyServer server = ParleyServer.builder().dataset(store()).port(0).enableUi(false).build()) {
            assertInstanceOf(IRIProvider3986.class, SystemIRIx.getProvider());
            assertTrue(server.concurrency() >= 1);
        }
    }

    @Test
    void theConcurrencyAndQueueWaitAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> ParleyServer.builder().concurrency(0));
        assertThrows(IllegalArgumentException.class, () -> ParleyServer.builder().queueWait(Duration.ofMillis(-1)));
        try (ParleyServer server = ParleyServer.builder().dataset(store()).port(0).enableUi(false).build()) {
            assertEquals(Runtime.getRuntime().availableProcessors(), server.concurrency(),
                    "one request at a time per processor by default");
        }
    }
}
