package org.parley.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.channels.NetworkChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.WebContent;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.store.UnionScanExecutor;

/**
 * Parley's SPARQL server: an embedded Apache Jena Fuseki that publishes one TDB2 dataset read-only.
 *
 * <p>Endpoints (with the default dataset name {@code /parley}):
 * <ul>
 *   <li>{@code /parley/sparql} and {@code /parley/query}: SPARQL query (GET and POST);</li>
 *   <li>{@code /parley/get}: Graph Store Protocol, read-only ({@code ?graph=IRI}, {@code ?default});</li>
 *   <li>{@code /}: the Fuseki UI (optional), with the read-only admin endpoints it needs:
 *       {@code /$/ping}, {@code /$/server}, {@code /$/datasets}, {@code /$/stats}, {@code /$/tasks}.</li>
 * </ul>
 * By default there is no SPARQL Update endpoint and no Graph Store write access; {@link Builder#allowUpdate}
 * adds {@code /parley/update} and {@code /parley/data} for one user with HTTP basic authentication. Every admin
 * request other than GET, HEAD and OPTIONS is refused with 405. Queries see the union of the named graphs as the
 * default graph (TDB2's {@code unionDefaultGraph}), are cancelled after the query timeout and return at most
 * {@link Builder#maxResultRows} solutions; request bodies over {@link Builder#maxRequestBytes} get 413, request
 * headers over {@value #MAX_REQUEST_HEADER_BYTES} bytes are refused. Browsers may read cross-origin (CORS), never
 * write. The server binds to the loopback interface unless told otherwise. Building a server installs Parley's
 * SPARQL JSON results writer ({@link JsonResultsWriter}) for the whole JVM: the same JSON, for less CPU.
 *
 * <p>Built either around a dataset in code ({@link Builder#dataset}) or from a Fuseki configuration file
 * ({@link #fromConfig}, e.g. {@code fuseki-config/parley.ttl}), in which case the file's services are used as
 * they would be by a stand-alone Fuseki.
 *
 * <pre>{@code
 * try (ParleyServer server = ParleyServer.builder().dataset(dsg).port(0).build().start()) {
 *     URI endpoint = URI.create(server.sparqlUrl());
 *     ...
 * }
 * }</pre>
 */
public final class ParleyServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);

    /** Default HTTP port, as for Fuseki. */
    public static final int DEFAULT_PORT = 3030;
    /** Default host: the IPv4 loopback interface. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default dataset name, the path under which the endpoints live. */
    public static final String DEFAULT_DATASET_NAME = "/parley";
    /** Default query timeout. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** Default result-size limit: solutions of a SELECT, CONSTRUCT or DESCRIBE query. */
    public static final long DEFAULT_MAX_RESULT_ROWS = 100_000;
    /** Default limit of a request body, in bytes (1 MiB). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    /** Limit of the request line and headers together, in bytes (a GET query must fit; larger ones are POSTed). */
    public static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;
    /**
     * Response buffer of a request, in bytes. Fuseki asks Jetty for 5 MiB, more than Jetty's buffer pool keeps (64 kB),
     * so every response allocated a new 5 MiB direct buffer; under load the JVM's direct-memory limit was reached
     * every fraction of a second and each time the JDK forced a full GC ({@code System.gc()}), stopping every
     * request. A buffer the pool keeps is reused.
     */
    public static final int RESPONSE_BUFFER_BYTES = 32 * 1024;
    /** Default longest wait of a request for its turn before it runs anyway (see {@link Builder#queueWait}). */
    public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofMillis(250);
    /** Server threads kept and the most there may be (each open request holds one, waiting or running). */
    static final int MIN_SERVER_THREADS = 8, MAX_SERVER_THREADS = 256;
    /** Endpoint name of SPARQL Update, when updates are allowed. */
    public static final String UPDATE_ENDPOINT = "update";
    /** Endpoint name of the read-write Graph Store Protocol, when updates are allowed. */
    public static final String GSP_WRITE_ENDPOINT = "data";
    /** Realm of HTTP basic authentication. */
    static final String REALM = "Parley";

    /** Endpoint names of SPARQL query, in preference order for {@link #sparqlUrl()}. */
    static final List<String> QUERY_ENDPOINTS = List.of("sparql", "query");
    /** Endpoint name of the read-only Graph Store Protocol. */
    static final String GSP_READ_ENDPOINT = "get";
    /** Operations that would let a client change data; a Parley server never offers them. */
    private static final Set<Operation> WRITE_OPERATIONS =
            Set.of(Operation.Update, Operation.GSP_RW, Operation.Upload, Operation.Patch, Operation.PREFIXES_RW);
    /** Classpath folder of the Fuseki UI files (in the jena-fuseki-ui jar). */
    private static final String UI_RESOURCE = "webapp/index.html";

    private final FusekiServer server;
    private final AdmissionFilter admission;
    private final String host;
    private final String datasetName;
    private final boolean uiEnabled;
    private final boolean updateEnabled;
    private final Object lifecycleLock = new Object();
    private boolean started;
    private boolean stopped;

    private ParleyServer(FusekiServer server, String host, String datasetName, boolean uiEnabled, boolean updateEnabled,
                         AdmissionFilter admission) {
        this.server = server;
        this.admission = admission;
        this.host = host;
        this.datasetName = datasetName;
        this.uiEnabled = uiEnabled;
        this.updateEnabled = updateEnabled;
    }

    /** A builder for a server around a dataset given in code. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for a server whose dataset and endpoints come from a Fuseki configuration file, as a
     * stand-alone {@code fuseki-server --config FILE} would read it. Host, port, UI and customizers can still be
     * set on the builder; the dataset, endpoints and query timeout are the file's.
     *
     * @param configFile the Fuseki configuration file (Turtle), e.g. {@code fuseki-config/parley.ttl}
     * @param dbLocationOverride if not null, replaces every {@code tdb2:location} in the file (absolute path);
     *        if null, relative locations are resolved against the working directory, as Fuseki does
     */
    public static Builder fromConfig(Path configFile, Path dbLocationOverride) {
        return new Builder().configFile(configFile, dbLocationOverride);
    }

    /**
     * Starts the server; returns once it accepts requests.
     *
     * @return this server
     * @throws IllegalStateException if the server was already started or stopped
     */
    public ParleyServer start() {
        synchronized (lifecycleLock) {
            if (started || stopped) {
                throw new IllegalStateException("The server can be started once only");
            }
            server.start();
            started = true;
        }
        LOG.info("Parley SPARQL endpoint: {}", sparqlUrl());
        if (uiEnabled) {
            LOG.info("Fuseki UI: {}", uiUrl());
        }
        return this;
    }

    /** The HTTP port: after {@link #start()}, the port really bound (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The host name or address the server was asked to bind to. */
    public String host() {
        return host;
    }

    /** The dataset name, e.g. {@code /parley}. */
    public String datasetName() {
        return datasetName;
    }

    /**
     * The local address the server's HTTP connector is bound to.
     *
     * @throws IllegalStateException if the server is not running
     */
    public InetSocketAddress boundAddress() {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector
                    && serverConnector.getTransport() instanceof NetworkChannel channel) {
                try {
                    SocketAddress address = channel.getLocalAddress();
                    if (address instanceof InetSocketAddress inet) {
                        return inet;
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("Cannot read the bound address", e);
                }
            }
        }
        throw new IllegalStateException("The server is not bound to an address (not started?)");
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/parley/sparql}. */
    public String sparqlUrl() {
        DataService service = dataService();
        String endpoint = QUERY_ENDPOINTS.stream()
                .filter(name -> service.getEndpoints(Operation.Query).stream().anyMatch(e -> name.equals(e.getName())))
                .findFirst()
                .orElseGet(() -> service.getEndpoints(Operation.Query).stream().map(Endpoint::getName)
                        .findFirst().orElseThrow(() -> new IllegalStateException("No query endpoint")));
        return datasetUrl() + (endpoint.isEmpty() ? "" : "/" + endpoint);
    }

    /** The dataset's base URL, e.g. {@code http://127.0.0.1:3030/parley}. */
    public String datasetUrl() {
        return serverUrl() + datasetName.substring(1);
    }

    /**
     * The URL of the Fuseki UI, e.g. {@code http://127.0.0.1:3030/}.
     *
     * @throws IllegalStateException if the server was built without the UI
     */
    public String uiUrl() {
        if (!uiEnabled) {
            throw new IllegalStateException("The server was built without the UI");
        }
        return serverUrl();
    }

    /** Whether the Fuseki UI is served at {@code /}. */
    public boolean uiEnabled() {
        return uiEnabled;
    }

    /**
     * The SPARQL Update endpoint, e.g. {@code http://127.0.0.1:3030/parley/update}; the read-write Graph Store
     * endpoint is {@code …/data}. Both need HTTP basic authentication.
     *
     * @throws IllegalStateException if the server was built without {@link Builder#allowUpdate}
     */
    public String updateUrl() {
        if (!updateEnabled) {
            throw new IllegalStateException("The server is read-only (no allowUpdate)");
        }
        return datasetUrl() + "/" + UPDATE_ENDPOINT;
    }

    /** How many requests run at once (the others wait their turn). */
    public int concurrency() {
        return admission.permits();
    }

    /** The filter that queues requests for their turn. */
    AdmissionFilter admission() {
        return admission;
    }

    /** The Fuseki server underneath. */
    FusekiServer fuseki() {
        return server;
    }

    /**
     * The query timeout the SPARQL endpoint applies (from the Fuseki endpoint context), if any.
     */
    public Optional<Duration> queryTimeout() {
        return dataService().getEndpoints(Operation.Query).stream()
                .map(e -> e.getContext() == null ? null : e.getContext().getAsString(ARQ.queryTimeout))
                .filter(Objects::nonNull)
                .findFirst()
                .map(ParleyServer::parseTimeout);
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server. Idempotent. The dataset is not closed: it belongs to the caller. */
    public void stop() {
        synchronized (lifecycleLock) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (!started) {
                return;
            }
        }
        server.stop();
        LOG.info("Parley SPARQL server stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private String serverUrl() {
        return "http://" + urlHost() + ":" + port() + "/";
    }

    private String urlHost() {
        String h = host;
        try {
            InetAddress address = InetAddress.getByName(host);
            if (address.isAnyLocalAddress()) {
                h = InetAddress.getLoopbackAddress().getHostAddress();
            }
        } catch (UnknownHostException e) {
            // keep the name as given
        }
        return h.indexOf(':') >= 0 ? "[" + h + "]" : h;
    }

    private DataService dataService() {
        DataAccessPoint dap = server.getDataAccessPointRegistry().get(datasetName);
        if (dap == null) {
            throw new IllegalStateException("No dataset " + datasetName);
        }
        return dap.getDataService();
    }

    /** Parses an ARQ timeout setting: milliseconds, or "initial,overall" in milliseconds (the first counts). */
    static Duration parseTimeout(String value) {
        String first = value.split(",", 2)[0].trim();
        return Duration.ofMillis(Long.parseLong(first));
    }

    /** Canonical dataset name: a leading slash, no trailing slash. */
    static String canonicalDatasetName(String name) {
        Objects.requireNonNull(name, "datasetName");
        String n = name.strip();
        while (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        if (!n.startsWith("/")) {
            n = "/" + n;
        }
        if (n.length() < 2 || n.startsWith("/$") || n.contains("//") || n.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Bad dataset name: '" + name + "'");
        }
        return n;
    }

    /**
     * Builds a {@link ParleyServer}. Give either a dataset ({@link #dataset}) or a configuration file
     * ({@link ParleyServer#fromConfig}).
     */
    public static final class Builder {
        private DatasetGraph dataset;
        private Path configFile;
        private Path dbLocationOverride;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout;
        private String datasetName;
        private boolean enableUi = true;
        private Credentials updateCredentials;
        private long maxResultRows = DEFAULT_MAX_RESULT_ROWS;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int concurrency = defaultConcurrency();
        private Duration queueWait = DEFAULT_QUEUE_WAIT;
        private final List<Consumer<FusekiServer.Builder>> customizers = new ArrayList<>();

        private Builder() {
        }

        /**
         * The TDB2 dataset to serve. Its default graph is served as the union of its named graphs; the
         * dataset itself is not modified (the setting lives in the server's endpoint context).
         */
        public Builder dataset(DatasetGraph dsg) {
            this.dataset = Objects.requireNonNull(dsg, "dsg");
            return this;
        }

        private Builder configFile(Path file, Path locationOverride) {
            this.configFile = Objects.requireNonNull(file, "configFile");
            this.dbLocationOverride = locationOverride;
            return this;
        }

        /**
         * Host name or address to bind to; default {@value ParleyServer#DEFAULT_HOST}. Use {@code 0.0.0.0} to
         * listen on all interfaces (the server then is reachable from the network: there is no authentication).
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host is blank");
            }
            this.host = host.strip();
            return this;
        }

        /** HTTP port; default {@value ParleyServer#DEFAULT_PORT}; 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Query timeout; default 30 s. Not allowed with a configuration file (the file sets it). */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() == 0) {
                throw new IllegalArgumentException("timeout must be at least 1 ms: " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * Dataset name (URL path); default {@value ParleyServer#DEFAULT_DATASET_NAME}. With a configuration
         * file, names which of the file's services {@link ParleyServer#sparqlUrl()} points to.
         */
        public Builder datasetName(String name) {
            this.datasetName = canonicalDatasetName(name);
            return this;
        }

        /**
         * Allows changing data: SPARQL Update at {@value ParleyServer#UPDATE_ENDPOINT} and the read-write Graph
         * Store Protocol at {@value ParleyServer#GSP_WRITE_ENDPOINT}, both only for this user with HTTP basic
         * authentication (wrong or missing credentials: 401, nothing changes). Reads stay open. Off by default.
         * Not with a configuration file.
         */
        public Builder allowUpdate(Credentials credentials) {
            this.updateCredentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * The most solutions a SELECT, CONSTRUCT or DESCRIBE query returns (a {@code LIMIT} applied to queries
         * without a smaller one); default {@value ParleyServer#DEFAULT_MAX_RESULT_ROWS}.
         */
        public Builder maxResultRows(long rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("maxResultRows must be at least 1: " + rows);
            }
            this.maxResultRows = rows;
            return this;
        }

        /** The largest request body accepted (larger ones get 413); default 1 MiB. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxRequestBytes must be at least 1: " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * How many requests run at once; the others wait their turn in order of arrival (default: the number of
         * processors). Fewer requests sharing the cores finish sooner each, and the slowest wait about as long as
         * the average instead of several times longer.
         */
        public Builder concurrency(int requests) {
            if (requests < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1: " + requests);
            }
            this.concurrency = requests;
            return this;
        }

        /**
         * The longest a request waits for its turn; after that it runs anyway, so that long queries, or clients
         * reading large results slowly, cannot hold the others up for longer (default 250 ms).
         */
        public Builder queueWait(Duration wait) {
            Objects.requireNonNull(wait, "wait");
            if (wait.isNegative()) {
                throw new IllegalArgumentException("queueWait is negative: " + wait);
            }
            this.queueWait = wait;
            return this;
        }

        /** Whether to serve the Fuseki UI at {@code /} (default true). */
        public Builder enableUi(boolean enable) {
            this.enableUi = enable;
            return this;
        }

        /**
         * Adds a servlet at a path (passed to {@link FusekiServer.Builder#addServlet}). Paths under {@code /$/}
         * get only GET, HEAD and OPTIONS requests.
         */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            Objects.requireNonNull(pathSpec, "pathSpec");
            Objects.requireNonNull(servlet, "servlet");
            customizers.add(b -> b.addServlet(pathSpec, servlet));
            return this;
        }

        /** Adds a servlet filter at a path (passed to {@link FusekiServer.Builder#addFilter}). */
        public Builder addFilter(String pathSpec, Filter filter) {
            Objects.requireNonNull(pathSpec, "pathSpec");
            Objects.requireNonNull(filter, "filter");
            customizers.add(b -> b.addFilter(pathSpec, filter));
            return this;
        }

        /**
         * A hook that gets the underlying {@link FusekiServer.Builder} after Parley's set-up and before the
         * server is built, in the order the hooks were added.
         */
        public Builder customize(Consumer<FusekiServer.Builder> customizer) {
            customizers.add(Objects.requireNonNull(customizer, "customizer"));
            return this;
        }

        /**
         * Builds the server (not started).
         *
         * @throws IllegalStateException if neither or both of a dataset and a configuration file were given,
         *         or the configuration offers a write operation
         * @throws IllegalArgumentException if the dataset is not TDB2 or the host cannot be resolved
         */
        public ParleyServer build() {
            if ((dataset == null) == (configFile == null)) {
                throw new IllegalStateException("Give exactly one of dataset(...) and fromConfig(...)");
            }
            InetAddress bindAddress = resolve(host);
            if (!bindAddress.isLoopbackAddress()) {
                LOG.warn("The SPARQL server listens on {} which is not loopback: anyone who can reach it can query it",
                        host);
            }
            String name = datasetName == null ? DEFAULT_DATASET_NAME : datasetName;

            JsonResultsWriter.install();
            org.parley.rdf.IriParsing.useRfc3986();
            FusekiServer.Builder fuseki = FusekiServer.create();
            if (configFile != null) {
                if (queryTimeout != null) {
                    throw new IllegalStateException("The query timeout comes from the configuration file");
                }
                if (updateCredentials != null) {
                    throw new IllegalStateException("Updates cannot be allowed with a configuration file");
                }
                Model config = FusekiConfigFile.load(configFile, dbLocationOverride);
                fuseki.parseConfig(config);
            } else {
                if (!TDB2Factory.isTDB2(DatasetFactory.wrap(dataset))) {
                    throw new IllegalArgumentException("The dataset is not a TDB2 dataset: " + dataset.getClass());
                }
                fuseki.add(name, service(dataset, queryTimeout == null ? DEFAULT_QUERY_TIMEOUT : queryTimeout,
                        maxResultRows, updateCredentials));
            }
            Set<String> writePaths = Set.of(name + "/" + UPDATE_ENDPOINT, name + "/" + GSP_WRITE_ENDPOINT);
            AdmissionFilter admission = new AdmissionFilter(concurrency, queueWait);
            // Threads enough for every waiting request to be read and queued in the admission filter; Fuseki's own
            // pool (20 threads) left requests unread in their sockets, in no order, once its threads were waiting.
            fuseki.numServerThreads(MIN_SERVER_THREADS, MAX_SERVER_THREADS);
            fuseki.port(port)
                  .loopback(bindAddress.isLoopbackAddress())
                  .verbose(false)
                  .enableCors(false, null)
                  .enablePing(true)
                  .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new LimitedQueryDataset(maxResultRows))
                  .addFilter("/*", new ReadOnlyCorsFilter(writePaths))
                  .addFilter("/*", new RequestSizeFilter(maxRequestBytes))
                  .addFilter("/*", admission)
                  .addFilter("/$/*", new ReadOnlyAdminFilter());
            if (updateCredentials != null) {
                UserStore users = JettySecurityLib.makeUserStore(updateCredentials.user(), updateCredentials.password());
                ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
                security.setAuthenticator(new StrictBasicAuthenticator());
                fuseki.securityHandler(security);
                if (!bindAddress.isLoopbackAddress()) {
                    LOG.warn("Updates are allowed on {}, which is not loopback: basic authentication over plain HTTP "
                            + "sends the password readable by anyone on the network path", host);
                }
            }
            if (enableUi) {
                fuseki.staticFileBase(uiFilesLocation())
                      .enableStats(true)
                      .enableTasks(true)
                      .addServlet("/$/server", new ActionServerStatus())
                      .addServlet("/$/datasets/*", new ReadOnlyDatasetsAction());
            }
            customizers.forEach(c -> c.accept(fuseki));

            FusekiServer server = fuseki.build();
            checkWrites(server, updateCredentials != null);
            // a dataset from a configuration file gets the union-graph skip scan too (a non-TDB2 one keeps TDB2's);
            // a dataset given to the builder gets it in its endpoints' context (see service)
            if (configFile != null) {
                for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
                    DatasetGraph served = dap.getDataService().getDataset();
                    if (served != null) UnionScanExecutor.install(served.getContext());
                }
            }
            if (server.getDataAccessPointRegistry().get(name) == null) {
                throw new IllegalStateException("No dataset " + name + " in the server; it has "
                        + server.getDataAccessPointRegistry().accessPoints().stream().map(DataAccessPoint::getName)
                                .toList());
            }
            // Bind exactly to the host asked for (Fuseki's loopback flag alone means "localhost"), and bound the
            // request line and headers (Fuseki allows 512 kB), and keep response buffers poolable.
            for (Connector connector : server.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(host);
                }
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
                    http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER_BYTES);
                    http.getHttpConfiguration().setOutputAggregationSize(RESPONSE_BUFFER_BYTES / 4);
                }
            }
            return new ParleyServer(server, host, name, enableUi, updateCredentials != null, admission);
        }

        /** The number of processors this JVM may use, the default {@link #concurrency}. */
        public static int defaultConcurrency() {
            return Runtime.getRuntime().availableProcessors();
        }

        private static InetAddress resolve(String host) {
            try {
                return InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Unknown host: " + host, e);
            }
        }

        /**
         * Query at sparql and query (with the service description and the result limit), GSP read at get, with the
         * union default graph and the timeout in each endpoint context; with credentials, also SPARQL Update at
         * update and GSP read-write at data, for that user only.
         */
        private static DataService service(DatasetGraph dsg, Duration timeout, long maxRows, Credentials credentials) {
            Context context = new Context();
            context.set(TDB2.symUnionDefaultGraph, true);
            UnionScanExecutor.install(context);
            context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            DataService.Builder service = DataService.newBuilder(dsg);
            for (String endpoint : QUERY_ENDPOINTS) {
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(endpoint)
                        .processor(new DescribedQueryProcessor(maxRows)).context(context).build());
            }
            service.addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName(GSP_READ_ENDPOINT)
                    .context(context).build());
            if (credentials != null) {
                AuthPolicy onlyThisUser = Auth.policyAllowSpecific(credentials.user());
                Context updateContext = new Context();
                updateContext.set(ARQ.updateTimeout, Long.toString(timeout.toMillis()));
                service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName(UPDATE_ENDPOINT)
                        .authPolicy(onlyThisUser).context(updateContext).build());
                service.addEndpoint(Endpoint.create().operation(Operation.GSP_RW).endpointName(GSP_WRITE_ENDPOINT)
                        .authPolicy(onlyThisUser).build());
            }
            return service.build();
        }

        /** No write operation, or, when updates are allowed, none without an authentication policy. */
        private static void checkWrites(FusekiServer server, boolean updateAllowed) {
            for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
                for (Endpoint endpoint : dap.getDataService().getEndpoints()) {
                    boolean guarded = updateAllowed && endpoint.getAuthPolicy() != null && !endpoint.getName().isEmpty();
                    if (WRITE_OPERATIONS.contains(endpoint.getOperation()) && !guarded) {
                        throw new IllegalStateException("Refusing to serve a write operation: " + dap.getName() + " "
                                + endpoint.getName() + " " + endpoint.getOperation().getName());
                    }
                }
            }
        }

        /** The UI files' folder inside the jena-fuseki-ui jar, as a URI string for Jetty. */
        private static String uiFilesLocation() {
            URL index = ParleyServer.class.getClassLoader().getResource(UI_RESOURCE);
            if (index == null) {
                throw new IllegalStateException("The Fuseki UI (jena-fuseki-ui) is not on the classpath");
            }
            String s = index.toExternalForm();
            return s.substring(0, s.length() - "index.html".length());
        }
    }
}
