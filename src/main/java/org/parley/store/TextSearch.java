package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-text search over the labels ({@code rdfs:label}) and aliases ({@code skos:altLabel}) of the store, with a
 * Lucene index (jena-text). The index is attached to the dataset's context, where jena-text's
 * {@code text:query} property function finds it, so SPARQL over the store and over the served endpoint can
 * search it:
 *
 * <pre>{@code
 * PREFIX text: <http://jena.apache.org/text#>
 * SELECT DISTINCT ?e ?label { ?e text:query (rdfs:label "Zelensk*") ; rdfs:label ?label }
 * }</pre>
 *
 * Labels and aliases share one field ({@value #FIELD}), so a search for either finds the entity. At the end of
 * each run that writes an article, ingest indexes again the subjects its writes and links touched ({@link #update}),
 * or rebuilds the whole index after a first or bulk load or a run that stopped before its indexing ({@link #rebuild};
 * {@code KnowledgeStore.markLinkingPending}), which keeps it in step with replaced, quarantined and relinked
 * article graphs. {@code fuseki-config/parley.ttl} configures the same index for a stand-alone Fuseki.
 */
public final class TextSearch {
    private static final Logger log = LoggerFactory.getLogger(TextSearch.class);
    /** The Lucene field holding labels and aliases. */
    public static final String FIELD = "label";
    /** The Lucene field holding the entity IRI. */
    public static final String URI_FIELD = "uri";
    /** The properties whose literals the index holds, in the order they are indexed. */
    static final java.util.List<Node> INDEXED_PROPERTIES = java.util.List.of(RDFS.label.asNode(), SKOS.altLabel.asNode());
    /** Where the index lives inside a TDB2 database directory. */
    public static final String DIRECTORY = "text-index";

    private TextSearch() {}

    /** The entity map: {@code rdfs:label} and {@code skos:altLabel} both in {@value #FIELD}. */
    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(URI_FIELD, FIELD, RDFS.label.asNode());
        def.set(FIELD, SKOS.altLabel.asNode());
        return def;
    }

    /** Attaches an index in {@code dir} (created when missing) to {@code dsg}, building it when it is empty. */
    public static TextIndex attach(DatasetGraph dsg, Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            return attach(dsg, FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir, e);
        }
    }

    /** Attaches an in-memory index to {@code dsg}. */
    public static TextIndex attachInMemory(DatasetGraph dsg) {
        return attach(dsg, new ByteBuffersDirectory());
    }

    private static TextIndex attach(DatasetGraph dsg, Directory directory) {
        Objects.requireNonNull(dsg, "dsg");
        TextIndex index = TextDatasetFactory.createLuceneIndex(directory, new TextIndexConfig(entityDefinition()));
        dsg.getContext().set(TextQuery.textIndex, index);
        if (isEmpty(index) && Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, RDFS.label.asNode(), Node.ANY).hasNext()))
            rebuild(dsg);
        return index;
    }

    /** The index attached to a dataset, if any. */
    public static Optional<TextIndex> of(DatasetGraph dsg) {
        Object o = dsg.getContext().get(TextQuery.textIndex);
        return o instanceof TextIndex t ? Optional.of(t) : Optional.empty();
    }

    /** Closes and detaches the index attached to a dataset, if any. */
    public static void detach(DatasetGraph dsg) {
        of(dsg).ifPresent(TextIndex::close);
        dsg.getContext().remove(TextQuery.textIndex);
    }

    /**
     * Re-indexes every label and alias in the dataset's named graphs (each subject and text once). Does
     * nothing when no index is attached. Returns the number of entries indexed.
     */
    public static long rebuild(DatasetGraph dsg) {
        Optional<TextIndex> attached = of(dsg);
        if (attached.isEmpty()) return 0;
        TextIndex index = attached.get();
        long n = indexInOneCommit(dsg, index, () -> {
            if (index instanceof TextIndexLucene lucene) lucene.getIndexWriter().deleteAll();
            // the union graph gives each (subject, label) once however many article graphs state it, as a
            // stream: nothing here grows with the store (a set of the pairs seen would, by millions)
            return addLabels(index, dsg.getUnionGraph(), Node.ANY);
        });
        log.debug("text index: {} labels and aliases", n);
        return n;
    }

    /**
     * Indexes again the labels and aliases of some subjects: their entries are deleted and those the dataset's
     * named graphs now give them are added, as {@link #rebuild} would add them. For the subjects an ingest's writes
     * and links touched ({@code KnowledgeStore.takeRelabelled}, the linkers' rewritten IRIs), this leaves the index
     * as a rebuild would, at the cost of those subjects rather than of the store. Does nothing when no index is
     * attached or the index is not Lucene's. Returns the number of entries indexed.
     */
    public static long update(DatasetGraph dsg, java.util.Collection<Node> subjects) {
        Optional<TextIndex> attached = of(dsg);
        if (attached.isEmpty() || !(attached.get() instanceof TextIndexLucene lucene)) return 0;
        long n = indexInOneCommit(dsg, lucene, () -> {
            long count = 0;
            org.apache.jena.graph.Graph union = dsg.getUnionGraph();
            for (Node s : subjects) {
                if (!s.isURI()) continue;
                lucene.getIndexWriter().deleteDocuments(new org.apache.lucene.index.Term(URI_FIELD, s.getURI()));
                count += addLabels(lucene, union, s);
            }
            return count;
        });
        log.debug("text index: {} labels and aliases of {} subjects indexed again", n, subjects.size());
        return n;
    }

    /** Changes to an index, counting the entries added. */
    private interface IndexWork {
        long run() throws IOException;
    }

    /** Runs {@code work} in a read transaction of {@code dsg} and commits the index, or rolls it back on failure. */
    private static long indexInOneCommit(DatasetGraph dsg, TextIndex index, IndexWork work) {
        return Txn.calculateRead(dsg, () -> {
            try {
                long count = work.run();
                index.prepareCommit();
                index.commit();
                return count;
            } catch (IOException | RuntimeException e) {
                index.rollback();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        });
    }

    /** Adds an entry for each label and alias of {@code subject} (or of every subject) in {@code graph}. */
    private static long addLabels(TextIndex index, org.apache.jena.graph.Graph graph, Node subject) {
        long count = 0;
        for (Node p : INDEXED_PROPERTIES) {
            Iterator<org.apache.jena.graph.Triple> it = graph.find(subject, p, Node.ANY);
            while (it.hasNext()) {
                org.apache.jena.graph.Triple q = it.next();
                if (!q.getSubject().isURI() || !q.getObject().isLiteral()) continue;
                Entity e = new Entity(q.getSubject().getURI(), null);
                e.put(FIELD, q.getObject().getLiteralLexicalForm());
                index.addEntity(e);
                count++;
            }
        }
        return count;
    }

    private static boolean isEmpty(TextIndex index) {
        if (index instanceof TextIndexLucene lucene) return lucene.getIndexWriter().getDocStats().numDocs == 0;
        return false;
    }
}
