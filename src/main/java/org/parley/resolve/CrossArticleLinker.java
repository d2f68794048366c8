package org.parley.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;

/**
 * Links people named by surname alone in one article ("Zelensky") to the person named in full in other
 * articles ("Volodymyr Zelenskyy"), when exactly one such person is in the store: the surname entity's
 * IRI is replaced by the full-name entity's IRI in every article graph. Two people who share a surname
 * stay two entities, and a surname that could be either of them is left alone.
 *
 * <pre>{@code
 * int linked = new CrossArticleLinker(ParleyNamespaces.defaults()).link(store.dataset());
 * }</pre>
 *
 * Runs after ingest, over the whole store; idempotent.
 */
public final class CrossArticleLinker {
    private final String personPrefix;

    public CrossArticleLinker(ParleyNamespaces ns) {
        this.personPrefix = Objects.requireNonNull(ns, "ns").id() + "person/";
    }

    /** Links what can be linked; returns how many surname entities were merged into full-name entities. */
    public int link(DatasetGraph dsg) {
        return link(dsg, n -> { });
    }

    /** {@link #link(DatasetGraph)}, telling {@code rewritten} each IRI replaced and each IRI it was replaced by. */
    public int link(DatasetGraph dsg, java.util.function.Consumer<Node> rewritten) {
        Map<Node, Node> merges = Txn.calculateRead(dsg, () -> plan(dsg));
        if (merges.isEmpty()) return 0;
        Txn.executeWrite(dsg, () -> merges.forEach((from, to) -> rewrite(dsg, from, to)));
        merges.forEach((from, to) -> {
            rewritten.accept(from);
            rewritten.accept(to);
        });
        return merges.size();
    }

    /** Which surname entity goes into which full-name entity. */
    Map<Node, Node> plan(DatasetGraph dsg) {
        TreeSet<String> persons = personKeys(dsg, personPrefix);
        Map<String, List<String>> fullBySurname = new HashMap<>();
        for (String local : persons) {
            int dash = local.lastIndexOf('-');
            if (dash > 0 && isPlainKey(local)) fullBySurname.computeIfAbsent(local.substring(dash + 1), k -> new ArrayList<>()).add(local);
        }
        Map<Node, Node> merges = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (String local : persons) {
            if (local.indexOf('-') >= 0 || !isPlainKey(local)) continue;
            List<String> full = fullBySurname.getOrDefault(local, List.of());
            if (full.size() == 1)
                merges.put(NodeFactory.createURI(personPrefix + local), NodeFactory.createURI(personPrefix + full.get(0)));
        }
        return merges;
    }

    /** Keys made of name-key words only (no hash suffix for names in other scripts). */
    private static boolean isPlainKey(String local) {
        return local.matches("[a-z0-9]+(-[a-z0-9]+)*") && !local.matches(".*-h[0-9a-f]{1,8}$");
    }

    /** The local names (after {@code personPrefix}) of every person entity in the store, sorted. */
    static TreeSet<String> personKeys(DatasetGraph dsg, String personPrefix) {
        TreeSet<String> persons = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PARLEY.Person.asNode()).forEachRemaining(q -> {
            Node s = q.getSubject();
            if (s.isURI() && s.getURI().startsWith(personPrefix)) persons.add(s.getURI().substring(personPrefix.length()));
        });
        return persons;
    }

    /** Replaces IRI {@code from} by {@code to} in subject and object position, in every graph. */
    static void rewrite(DatasetGraph dsg, Node from, Node to) {
        List<Quad> old = new ArrayList<>();
        dsg.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
        dsg.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
        for (Quad q : old) {
            dsg.delete(q);
            Node s = q.getSubject().equals(from) ? to : q.getSubject();
            Node o = q.getObject().equals(from) ? to : q.getObject();
            dsg.add(q.getGraph(), s, q.getPredicate(), o);
        }
    }
}
