package org.parley.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.parley.rdf.PARLEY;

/**
 * The knowledge graph as nodes and edges for graph tools (Gephi, Cytoscape), derived generically from the
 * ontology's terms: every instance of a subclass of {@code parley:Entity} or {@code parley:Event} is a node
 * (with its most specific Parley class, label and IRI); every Parley object property between two nodes is a
 * labelled edge, except the participant properties ({@code parley:hasParticipant} and its sub-properties), which
 * become participation edges from the agent to the event carrying the role; and entities named in the same
 * sentence are joined by undirected co-occurrence edges weighted by the number of sentences.
 */
public final class GraphView {
    /** A node: IRI, label, most specific Parley class (local name), and kind ({@code entity} or {@code event}). */
    public record GNode(String id, String iri, String label, String type, String kind) {}

    /** An edge; {@code kind} is {@code relation}, {@code participation} or {@code co-occurrence}. */
    public record GEdge(String id, String source, String target, String label, String kind, String predicate, String role,
                        int weight, boolean directed) {}

    private final List<GNode> nodes;
    private final List<GEdge> edges;

    private GraphView(List<GNode> nodes, List<GEdge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
    }

    public List<GNode> nodes() {
        return nodes;
    }

    public List<GEdge> edges() {
        return edges;
    }

    /**
     * Builds the view of a dataset's article graphs (union) with the ontology's class and property hierarchy.
     *
     * @param cooccurrence whether to add co-occurrence edges between entities named in one sentence
     */
    public static GraphView of(DatasetGraph dsg, Graph ontology, boolean cooccurrence) {
        return of(dsg, ontology, cooccurrence, m -> { });
    }

    /**
     * {@link #of(DatasetGraph, Graph, boolean)}, telling {@code progress} how many nodes, edges and co-occurrence
     * edges it has found as each is done (a large store takes minutes).
     */
    public static GraphView of(DatasetGraph dsg, Graph ontology, boolean cooccurrence, Consumer<String> progress) {
        Objects.requireNonNull(ontology, "ontology");
        return of(dsg, ontology, cooccurrence, edgeProperties(ontology, subsOf(ontology, RDFS.subClassOf.asNode(), PARLEY.Entity.asNode()),
                subsOf(ontology, RDFS.subClassOf.asNode(), PARLEY.Event.asNode())), progress);
    }

    /** {@link #of(DatasetGraph, Graph, boolean)} with the object properties whose quads are read for edges. */
    static GraphView of(DatasetGraph dsg, Graph ontology, boolean cooccurrence, Set<Node> objectProps) {
        return of(dsg, ontology, cooccurrence, objectProps, m -> { });
    }

    private static GraphView of(DatasetGraph dsg, Graph ontology, boolean cooccurrence, Set<Node> objectProps,
                                Consumer<String> progress) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(ontology, "ontology");
        Set<Node> entityClasses = subsOf(ontology, RDFS.subClassOf.asNode(), PARLEY.Entity.asNode());
        Set<Node> eventClasses = subsOf(ontology, RDFS.subClassOf.asNode(), PARLEY.Event.asNode());
        Set<Node> participantProps = subsOf(ontology, RDFS.subPropertyOf.asNode(), PARLEY.hasParticipant.asNode());
        List<Node> nodeClasses = new ArrayList<>(entityClasses);
        eventClasses.stream().filter(c -> !entityClasses.contains(c)).forEach(nodeClasses::add);
        nodeClasses.sort(Comparator.comparing(Node::toString));
        Map<Node, Integer> depth = depths(ontology);
        // the most specific class wins; between classes as deep, the one whose IRI sorts first
        Comparator<Node> moreSpecific = Comparator.<Node>comparingInt(c -> depth.getOrDefault(c, 0))
                .thenComparing(Node::toString, Comparator.reverseOrder());
        return Txn.calculateRead(dsg, () -> {
            Map<Node, GNode> byIri = new LinkedHashMap<>();
            Map<Node, Node> typeOf = new HashMap<>();
            Map<Node, String> kindOf = new HashMap<>();
            // the instances of each entity and event class (not every rdf:type quad: most type mentions and claims)
            for (Node c : nodeClasses) {
                String kind = eventClasses.contains(c) ? "event" : "entity";
                Iterator<Quad> types = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), c);
                while (types.hasNext()) {
                    Node s = types.next().getSubject();
                    if (!s.isURI()) continue;
                    Node prev = typeOf.get(s);
                    if (prev == null || moreSpecific.compare(c, prev) > 0) typeOf.put(s, c);
                    if (!"event".equals(kindOf.get(s))) kindOf.put(s, kind);
                }
            }
            List<Node> sorted = new ArrayList<>(typeOf.keySet());
            sorted.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            for (Node s : sorted)
                byIri.put(s, new GNode("n" + byIri.size(), s.getURI(), label(dsg, s), local(typeOf.get(s)), kindOf.get(s)));
            progress.accept(String.format(Locale.ROOT, "%,d nodes", byIri.size()));
            List<GEdge> edges = new ArrayList<>();
            Set<String> done = new HashSet<>();
            // participation first: per (event, agent), the number of graphs that give each role
            Map<String, Map<Node, Integer>> rolesOf = new TreeMap<>();
            for (Node p : participantProps) {
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (!byIri.containsKey(q.getSubject()) || !byIri.containsKey(q.getObject())) return;
                    String key = q.getSubject().getURI() + ' ' + q.getObject().getURI();
                    rolesOf.computeIfAbsent(key, k -> new HashMap<>()).merge(p, 1, Integer::sum);
                });
            }
            rolesOf.forEach((key, roles) -> {
                String[] so = key.split(" ");
                GNode event = byIri.get(org.apache.jena.graph.NodeFactory.createURI(so[0]));
                GNode agent = byIri.get(org.apache.jena.graph.NodeFactory.createURI(so[1]));
                Node p = role(roles);
                String role = local(p);
                edges.add(new GEdge("e" + edges.size(), agent.id(), event.id(), role, "participation", p.getURI(), role, 1, true));
            });
            for (Node p : objectProps) {
                if (participantProps.contains(p)) continue;
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    GNode s = byIri.get(q.getSubject()), o = byIri.get(q.getObject());
                    if (s == null || o == null) return;
                    if (!done.add(s.id() + ' ' + p.getURI() + ' ' + o.id())) return;
                    edges.add(new GEdge("e" + edges.size(), s.id(), o.id(), local(p), "relation", p.getURI(), null, 1, true));
                });
            }
            progress.accept(String.format(Locale.ROOT, "%,d participation and relation edges", edges.size()));
            if (cooccurrence) {
                int before = edges.size();
                cooccurrences(dsg, byIri, edges);
                progress.accept(String.format(Locale.ROOT, "%,d co-occurrence edges", edges.size() - before));
            }
            return new GraphView(new ArrayList<>(byIri.values()), edges);
        });
    }

    /**
     * A node's label: of its {@code rdfs:label}s, the one the most graphs give (articles name a person in full or by
     * surname, and spell names differently); between labels given by as many graphs, the longer, then the one with
     * fewer capital letters (some agencies write surnames in capitals), then the one that sorts first. The node's IRI
     * when it has none. The same for a store whatever order it holds the quads in.
     */
    static String label(DatasetGraph dsg, Node s) {
        Map<String, Integer> graphs = new HashMap<>();
        dsg.find(Node.ANY, s, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) graphs.merge(q.getObject().getLiteralLexicalForm(), 1, Integer::sum);
        });
        return graphs.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparingInt(e -> -(int) e.getKey().chars().filter(Character::isUpperCase).count())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(s.getURI());
    }

    /**
     * The role of a participation edge, from the participant properties that join an event and an agent and the
     * number of graphs that give each: a specific role over the generic {@code parley:hasParticipant}; between
     * specific roles, the one the most graphs give, then the one whose IRI sorts first.
     */
    static Node role(Map<Node, Integer> graphsByRole) {
        Node generic = PARLEY.hasParticipant.asNode();
        return graphsByRole.entrySet().stream()
                .max(Comparator.<Map.Entry<Node, Integer>>comparingInt(e -> e.getKey().equals(generic) ? 0 : 1)
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().getURI(), Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /**
     * Adds an undirected co-occurrence edge for each pair of entities named in one sentence, weighted by the number of
     * sentences. A mention counts in its first sentence ({@code parley:inSentence}, in the store's order); an entity
     * named twice in a sentence counts once there.
     */
    private static void cooccurrences(DatasetGraph dsg, Map<Node, GNode> byIri, List<GEdge> edges) {
        Map<String, Integer> weight = new TreeMap<>();
        if (sentencesComeTogether(dsg)) sentenceBySentence(dsg, byIri, weight);
        else allSentencesAtOnce(dsg, byIri, weight);
        weight.forEach((pair, w) -> {
            String[] st = pair.split(" ");
            edges.add(new GEdge("e" + edges.size(), st[0], st[1], "co-occurs", "co-occurrence", null, null, w, false));
        });
    }

    /**
     * Whether a scan of the named graphs' {@code parley:inSentence} quads gives those of one sentence one after the
     * other: on a TDB2 dataset with an index that starts with the predicate and then the object ({@code POSG}, in
     * every store Parley creates and in TDB2's defaults), which TDB2 reads for a pattern with only the predicate
     * given. A wrapper around such a dataset passes the scan on.
     */
    static boolean sentencesComeTogether(DatasetGraph dsg) {
        return Exporter.quadIndexes(dsg).stream().anyMatch(name -> name.startsWith("POS"));
    }

    /**
     * Co-occurrences from one sentence at a time, in the store's order of sentences: keeps the entities of the
     * sentence being read and the pairs' weights, never the corpus's sentences (a 100,000-article store has 2.5
     * million). Only for datasets where {@link #sentencesComeTogether} holds.
     */
    private static void sentenceBySentence(DatasetGraph dsg, Map<Node, GNode> byIri, Map<String, Integer> weight) {
        Node inSentence = PARLEY.inSentence.asNode(), refersTo = PARLEY.refersTo.asNode();
        Iterator<Quad> quads = dsg.findNG(Node.ANY, Node.ANY, inSentence, Node.ANY);
        Node sentence = null;
        Set<Node> together = new HashSet<>();
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!q.getObject().equals(sentence)) {
                pairs(together, byIri, weight);
                together.clear();
                sentence = q.getObject();
            }
            Node mention = q.getSubject();
            Iterator<Quad> named = dsg.find(Node.ANY, mention, refersTo, Node.ANY);
            boolean first = false, checked = false;
            while (named.hasNext()) {
                Node e = named.next().getObject();
                if (!byIri.containsKey(e)) continue;
                if (!checked) {   // the mention counts in its first sentence only, as in allSentencesAtOnce
                    Iterator<Quad> s = dsg.find(Node.ANY, mention, inSentence, Node.ANY);
                    first = s.hasNext() && s.next().getObject().equals(sentence);
                    checked = true;
                }
                if (first) together.add(e);
            }
        }
        pairs(together, byIri, weight);
    }

    /** Co-occurrences with every sentence's entities gathered first: for datasets held in memory anyway. */
    private static void allSentencesAtOnce(DatasetGraph dsg, Map<Node, GNode> byIri, Map<String, Integer> weight) {
        Map<Node, Set<Node>> bySentence = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, PARLEY.refersTo.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!byIri.containsKey(q.getObject())) return;
            Iterator<Quad> s = dsg.find(Node.ANY, q.getSubject(), PARLEY.inSentence.asNode(), Node.ANY);
            if (s.hasNext()) bySentence.computeIfAbsent(s.next().getObject(), k -> new HashSet<>()).add(q.getObject());
        });
        for (Set<Node> together : bySentence.values()) pairs(together, byIri, weight);
    }

    /** Counts one sentence's pairs of entities. */
    private static void pairs(Set<Node> together, Map<Node, GNode> byIri, Map<String, Integer> weight) {
        if (together.size() < 2) return;
        List<String> ids = together.stream().map(n -> byIri.get(n).id()).sorted().toList();
        for (int i = 0; i < ids.size(); i++)
            for (int j = i + 1; j < ids.size(); j++) weight.merge(ids.get(i) + ' ' + ids.get(j), 1, Integer::sum);
    }

    /**
     * The object properties whose quads can join two nodes: every {@code owl:ObjectProperty} of the ontology except
     * those with a declared domain or range that no entity or event can be an instance of (a class that is neither
     * an entity or event class nor above one, e.g. {@code parley:Mention}, {@code parley:Article},
     * {@code parley:Sentence}, {@code skos:Concept}). The mentions' and claims' properties ({@code parley:refersTo},
     * {@code parley:inArticle}, {@code parley:inSentence}, {@code parley:evidence} ...) hold most of a store's
     * object-property quads and join no two nodes.
     */
    static Set<Node> edgeProperties(Graph ontology, Set<Node> entityClasses, Set<Node> eventClasses) {
        List<Node> nodeClasses = new ArrayList<>(entityClasses);
        nodeClasses.addAll(eventClasses);
        Set<Node> canHoldNode = closure(ontology, RDFS.subClassOf.asNode(), nodeClasses, true);
        Set<Node> out = new HashSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.ObjectProperty.asNode()).forEachRemaining(t -> {
            Node p = t.getSubject();
            for (Node constraint : new Node[] {RDFS.domain.asNode(), RDFS.range.asNode()})
                for (var d : ontology.find(p, constraint, Node.ANY).toList())
                    if (d.getObject().isURI() && !canHoldNode.contains(d.getObject())) return;
            out.add(p);
        });
        return out;
    }

    /** {@code root} and everything below it by {@code relation} (rdfs:subClassOf or rdfs:subPropertyOf). */
    static Set<Node> subsOf(Graph ontology, Node relation, Node root) {
        return closure(ontology, relation, List.of(root), false);
    }

    /**
     * {@code from} and everything reached from it by {@code relation}: above it ({@code up}: the objects of
     * {@code n relation ?x}) or below it (the subjects of {@code ?x relation n}).
     */
    private static Set<Node> closure(Graph ontology, Node relation, List<Node> from, boolean up) {
        Set<Node> out = new HashSet<>();
        List<Node> todo = new ArrayList<>(from);
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (!out.add(n)) continue;
            if (up) ontology.find(n, relation, Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
            else ontology.find(Node.ANY, relation, n).forEachRemaining(t -> todo.add(t.getSubject()));
        }
        return out;
    }

    /** How deep each Parley class is in the hierarchy (more specific classes are deeper). */
    private static Map<Node, Integer> depths(Graph ontology) {
        Map<Node, Integer> d = new HashMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).forEachRemaining(t -> d.put(t.getSubject(), depth(ontology, t.getSubject(), 0)));
        return d;
    }

    private static int depth(Graph ontology, Node c, int guard) {
        if (guard > 20) return guard;
        int best = 0;
        for (var t : ontology.find(c, RDFS.subClassOf.asNode(), Node.ANY).toList())
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(PARLEY.NS))
                best = Math.max(best, 1 + depth(ontology, t.getObject(), guard + 1));
        return best;
    }

    static String local(Node n) {
        if (n == null) return "";
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
