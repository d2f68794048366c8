package org.parley.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.optimize.TransformFilterPlacement;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.iterator.QueryIterFilterExpr;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.NodeIdType;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.solver.QC2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's query executor, except that basic graph patterns over the union default graph skip the copies of a triple
 * that many article graphs hold.
 *
 * <p>A Parley store states one claim per fact and article, so the type and label of a person named by 20,000
 * articles are in 20,000 graphs. Over the union default graph, TDB2 reads such a pattern from an index that ends in
 * the graph ({@code SPOG}, {@code POSG}, {@code OSPG}), where the copies of a triple are adjacent, and drops every
 * copy but the first: {@code <person> ?p ?o} reads 80,000 index entries to give four triples. This executor reads the
 * same index, but once a triple has repeated {@link #SKIP_AFTER} times in a row it seeks the B+tree to the key after
 * the triple's last possible copy, so the cost follows the distinct triples, not the copies. The solutions are
 * TDB2's. A filter over such a pattern is placed among its triple patterns as TDB2 places it. Patterns inside
 * {@code GRAPH}, with a TDB2 tuple filter, with triple terms, or over a dataset that is not TDB2 are left to TDB2's
 * own executor.
 *
 * <p>Install with {@link #install(Context)} in a dataset's or an endpoint's context.
 */
public final class UnionScanExecutor extends OpExecutorTDB2 {

    /** Creates this executor for a TDB2 dataset, and TDB2's own for any other. */
    public static final OpExecutorFactory FACTORY = cxt -> cxt.getDataset() instanceof DatasetGraphTDB
            ? new UnionScanExecutor(cxt, true) : OpExecutorTDB2.OpExecFactoryTDB.create(cxt);

    /** For the parts of a filtered pattern, which are already in order. */
    private static final OpExecutorFactory IN_ORDER = cxt -> new UnionScanExecutor(cxt, false);

    /**
     * Consecutive copies of one triple read before the scan seeks past its remaining copies. A seek costs as much
     * as reading dozens of entries: on the 100,000-article store, 8 made the events-by-date query 20% slower than
     * TDB2's scan (its dates have tens of copies each), 64 made it 20% faster, while the lookup and neighbourhood
     * queries of a much-named entity (thousands of copies) stayed 10 to 25 times faster than TDB2's.
     */
    static final int SKIP_AFTER = 64;

    private static final int ID = NodeId.SIZE;
    private static final int TRIPLE_BYTES = 3 * ID;
    private static final String QUAD_SLOTS = "GSPO";
    private static final LongAdder SEEKS = new LongAdder();
    private static final LongAdder PATTERNS = new LongAdder();

    /** Makes queries under {@code context} use this executor. */
    public static void install(Context context) {
        QC.setFactory(context, FACTORY);
    }

    /** Seeks past the copies of a triple since the process started (diagnostics and tests). */
    public static long seeks() {
        return SEEKS.sum();
    }

    /** Union-graph basic graph patterns this executor has run since the process started (diagnostics and tests). */
    public static long patterns() {
        return PATTERNS.sum();
    }

    private final boolean reorder;
    /** The dataset's graph-last indexes, looked up once per executor; null when it has none. */
    private final GraphEndIndexes indexes;

    private UnionScanExecutor(ExecutionContext execCxt, boolean reorder) {
        super(execCxt);
        this.reorder = reorder;
        this.indexes = GraphEndIndexes.of((DatasetGraphTDB) execCxt.getDataset());
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
        if (!handles(quadPattern)) return super.execute(quadPattern, input);
        BasicPattern bgp = quadPattern.getBasicPattern();
        if (reorder) {
            QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
            if (!peek.hasNext()) return peek;
            input = peek;
            bgp = inOrder(bgp, peek.peek());
        }
        return solve(bgp, input, Map.of());
    }

    /**
     * A filter over a union-graph pattern: TDB2's way (order the patterns, then place each filter expression after
     * the first pattern that binds its variables) with the placed patterns solved here.
     */
    @Override
    protected QueryIterator execute(OpFilter opFilter, QueryIterator input) {
        if (!(opFilter.getSubOp() instanceof OpQuadPattern quadPattern) || !handles(quadPattern))
            return super.execute(opFilter, input);
        if (!reorder) {
            // a part of a placed filter: its pattern, then its expressions
            QueryIterator it = solve(quadPattern.getBasicPattern(), input, DateWindow.of(opFilter.getExprs()));
            for (Expr e : opFilter.getExprs()) it = new QueryIterFilterExpr(it, e, execCxt);
            return it;
        }
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        if (!peek.hasNext()) return peek;
        BasicPattern bgp = inOrder(quadPattern.getBasicPattern(), peek.peek());
        Op placed = TransformFilterPlacement.transform(opFilter.getExprs(), quadPattern.getGraphNode(), bgp);
        ExecutionContext inOrder = ExecutionContext.copy(execCxt);
        inOrder.setExecutor(IN_ORDER);
        return QC.execute(placed, peek, inOrder);
    }

    private boolean handles(OpQuadPattern quadPattern) {
        return Quad.isUnionGraph(quadPattern.getGraphNode()) && indexes != null
                && QC2.getFilter(execCxt.getContext()) == null && !hasTripleTerm(quadPattern.getBasicPattern());
    }

    private DatasetGraphTDB dataset() {
        return (DatasetGraphTDB) execCxt.getDataset();
    }

    /** Like TDB2: the patterns in the order they would have with the first input binding substituted. */
    private BasicPattern inOrder(BasicPattern bgp, Binding first) {
        ReorderTransformation transform = dataset().getReorderTransform();
        if (bgp.size() < 2 || transform == null) return bgp;
        return transform.reorderIndexes(Substitute.substitute(bgp, first)).reorder(bgp);
    }

    /** @param windows date windows the filter over these patterns puts on variables (empty when none) */
    private QueryIterator solve(BasicPattern bgp, QueryIterator input, Map<Var, DateWindow> windows) {
        PATTERNS.increment();
        NodeTable nodes = dataset().getQuadTable().getNodeTupleTable().getNodeTable();
        AtomicBoolean cancel = execCxt.getCancelSignal();
        Iterator<BindingNodeId> chain = Iter.map(input, b -> toIds(b, nodes));
        for (Triple t : bgp) {
            Triple pattern = t;
            chain = Iter.flatMap(chain, in -> indexes.match(in, pattern, nodes, cancel, windows));
        }
        NodeMemo memo = new NodeMemo();
        Iterator<Binding> out = Iter.map(chain, ids -> new NodeKeepingBinding(ids, nodes, memo));
        return new Solutions(out, input, execCxt);
    }

    /**
     * The triples matching {@code s p o} ({@code Node.ANY} or null for any) in the union of the named graphs, each
     * once, in index order. On a TDB2 dataset the copies of a triple are skipped as in queries; on any other the
     * quads are found and repeats dropped. Must run inside a read transaction, and be read to the end or dropped
     * before it ends.
     */
    public static Iterator<Triple> unionFind(org.apache.jena.sparql.core.DatasetGraph dsg, Node s, Node p, Node o) {
        DatasetGraphTDB tdb = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        GraphEndIndexes indexes = tdb == null ? null : GraphEndIndexes.of(tdb);
        if (indexes == null) {
            java.util.Set<Triple> seen = new java.util.HashSet<>();
            return Iter.iter(dsg.find(Node.ANY, s, p, o)).filter(q -> !q.isDefaultGraph()).map(Quad::asTriple).filter(seen::add);
        }
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        Node[] terms = {s, p, o};
        NodeId[] ids = new NodeId[3];
        for (int i = 0; i < 3; i++) {
            if (terms[i] == null || !terms[i].isConcrete()) continue;
            ids[i] = nodes.getNodeIdForNode(terms[i]);
            if (NodeId.isDoesNotExist(ids[i])) return Iter.nullIterator();
        }
        return Iter.map(indexes.find(ids), t -> Triple.create(nodes.getNodeForNodeId(t[0]), nodes.getNodeForNodeId(t[1]),
                nodes.getNodeForNodeId(t[2])));
    }

    private static boolean hasTripleTerm(BasicPattern bgp) {
        for (Triple t : bgp)
            if (t.getSubject().isTripleTerm() || t.getPredicate().isTripleTerm() || t.getObject().isTripleTerm()) return true;
        return false;
    }

    /** An input binding with the store's id of each of its values, as TDB2 converts one. */
    private static BindingNodeId toIds(Binding b, NodeTable nodes) {
        if (b instanceof BindingTDB tdb) return tdb.getBindingId();
        BindingNodeId ids = new BindingNodeId(b);
        for (Iterator<Var> vars = b.vars(); vars.hasNext(); ) {
            Var v = vars.next();
            Node n = b.get(v);
            if (n != null) ids.put(v, nodes.getNodeIdForNode(n));
        }
        return ids;
    }

    /** The quad indexes whose last slot is the graph, with the slots of S, P and O in each. */
    private record GraphEndIndexes(IndexInfo[] indexes) {

        static GraphEndIndexes of(DatasetGraphTDB dsg) {
            TupleIndex[] all = dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
            java.util.List<IndexInfo> usable = new java.util.ArrayList<>();
            for (TupleIndex i : all) {
                if (!(i.baseTupleIndex() instanceof TupleIndexRecord rec)) continue;
                String name = i.getName().toUpperCase(java.util.Locale.ROOT);
                if (name.length() != 4 || name.charAt(3) != 'G' || rec.getRangeIndex().getRecordFactory().keyLength() != 4 * ID)
                    continue;
                int[] natural = new int[3];     // index position -> 0 (S), 1 (P), 2 (O)
                boolean ok = true;
                for (int k = 0; k < 3; k++) {
                    natural[k] = QUAD_SLOTS.indexOf(name.charAt(k)) - 1;
                    if (natural[k] < 0) ok = false;
                }
                if (ok && natural[0] != natural[1] && natural[1] != natural[2] && natural[0] != natural[2])
                    usable.add(new IndexInfo(rec.getRangeIndex(), natural));
            }
            return usable.isEmpty() ? null : new GraphEndIndexes(usable.toArray(IndexInfo[]::new));
        }

        Iterator<BindingNodeId> match(BindingNodeId in, Triple t, NodeTable nodes, AtomicBoolean cancel,
                Map<Var, DateWindow> windows) {
            Node[] terms = {t.getSubject(), t.getPredicate(), t.getObject()};
            NodeId[] ids = new NodeId[3];
            Var[] vars = new Var[3];
            for (int i = 0; i < 3; i++) {
                Node n = terms[i];
                NodeId id;
                if (Var.isVar(n)) {
                    vars[i] = Var.alloc(n);
                    id = in.get(vars[i]);
                    if (id != null) vars[i] = null;
                } else {
                    id = nodes.getNodeIdForNode(n);
                }
                if (id != null && NodeId.isDoesNotExist(id)) return Iter.nullIterator();
                ids[i] = id;
            }
            IndexInfo info = best(ids);
            // an object this pattern binds, under a date window, read in index order right after the bound slots:
            // the scan can seek past the dates outside the window
            DateWindow window = vars[2] == null ? null : windows.get(vars[2]);
            int lead = info.lead(ids);
            if (window != null && (lead == 3 || info.natural[lead] != 2)) window = null;
            return new SkipScan<>(info, ids, cancel, window, key -> bind(in, key, info, vars));
        }

        /** The distinct triples whose terms are {@code ids} where not null (natural order S, P, O). */
        Iterator<NodeId[]> find(NodeId[] ids) {
            IndexInfo info = best(ids);
            return new SkipScan<>(info, ids, null, null, key -> {
                NodeId[] t = new NodeId[3];
                for (int k = 0; k < 3; k++) t[info.natural[k]] = NodeIdFactory.get(key, k * ID);
                return t;
            });
        }

        /** The index with the most bound slots in front. */
        private IndexInfo best(NodeId[] ids) {
            IndexInfo best = null;
            int bestLead = -1;
            for (IndexInfo info : indexes) {
                int lead = info.lead(ids);
                if (lead > bestLead) {
                    best = info;
                    bestLead = lead;
                }
            }
            return best;
        }

        /** The solution for an index entry, or null when a repeated variable does not match. */
        private static BindingNodeId bind(BindingNodeId input, byte[] key, IndexInfo info, Var[] vars) {
            BindingNodeId out = new BindingNodeId(input);
            for (int k = 0; k < 3; k++) {
                Var v = vars[info.natural[k]];
                if (v == null) continue;
                NodeId id = NodeIdFactory.get(key, k * ID);
                NodeId already = out.get(v);
                if (already == null) out.put(v, id);
                else if (!already.equals(id)) return null;
            }
            return out;
        }
    }

    private record IndexInfo(RangeIndex index, int[] natural) {
        /** How many of the index's leading slots {@code ids} (natural order) binds. */
        int lead(NodeId[] ids) {
            int lead = 0;
            while (lead < 3 && ids[natural[lead]] != null) lead++;
            return lead;
        }
    }

    /**
     * One pattern's distinct triples from an index that ends in the graph: a range scan over the bound leading
     * slots that seeks past the remaining copies of a triple once it has seen {@link #SKIP_AFTER} of them.
     */
    private static final class SkipScan<T> implements Iterator<T> {
        private final RangeIndex index;
        private final RecordFactory factory;
        private final Record max;
        private final byte[] bound = new byte[TRIPLE_BYTES];   // the bound ids, in index order
        private final boolean[] isBound = new boolean[3];     // by index position
        private final java.util.function.Function<byte[], T> reader;
        private final AtomicBoolean cancel;
        private final byte[] previous = new byte[TRIPLE_BYTES];
        private boolean hasPrevious;
        private int repeats;
        private long read;
        private Iterator<Record> records;
        private T next;
        /** The window on the slot after the bound ones, or null; that slot's offset in a key is {@link #windowAt}. */
        private final DateWindow window;
        private final int windowAt;

        /**
         * @param ids    the pattern's ids in natural order (S, P, O), null where any
         * @param reader the element for a matching key (index order), or null to pass over it
         */
        SkipScan(IndexInfo info, NodeId[] ids, AtomicBoolean cancel, DateWindow window,
                java.util.function.Function<byte[], T> reader) {
            this.index = info.index;
            this.window = window;
            this.factory = index.getRecordFactory();
            this.reader = reader;
            this.cancel = cancel;
            int lead = info.lead(ids);
            this.windowAt = lead * ID;
            for (int k = 0; k < 3; k++) {
                NodeId id = ids[info.natural[k]];
                if (id != null) {
                    isBound[k] = true;
                    NodeIdFactory.set(id, bound, k * ID);
                }
            }
            Record min = null, maxKey = null;
            if (lead > 0) {
                min = factory.createKeyOnly();
                maxKey = factory.createKeyOnly();
                System.arraycopy(bound, 0, min.getKey(), 0, lead * ID);
                System.arraycopy(bound, 0, maxKey.getKey(), 0, lead * ID);
                NodeIdFactory.setNext(ids[info.natural[lead - 1]], maxKey.getKey(), (lead - 1) * ID);
            }
            this.max = maxKey;
            this.records = index.iterator(min, maxKey);
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!records.hasNext()) return false;
                if ((++read & 0xFFF) == 0 && cancel != null && cancel.get()) throw new QueryCancelledException();
                byte[] key = records.next().getKey();
                if (window != null) {
                    long target = window.seekFrom(getLong(key, windowAt));
                    if (target != DateWindow.INSIDE) {
                        seek(key, target);
                        continue;
                    }
                }
                if (hasPrevious && Arrays.equals(key, 0, TRIPLE_BYTES, previous, 0, TRIPLE_BYTES)) {
                    if (++repeats >= SKIP_AFTER) seekPastPrevious();
                    continue;
                }
                System.arraycopy(key, 0, previous, 0, TRIPLE_BYTES);
                hasPrevious = true;
                repeats = 0;
                if (matchesBound(key)) next = reader.apply(key);
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) throw new NoSuchElementException();
            T b = next;
            next = null;
            return b;
        }

        /** Whether the key has the bound ids in the slots after the scanned prefix too. */
        private boolean matchesBound(byte[] key) {
            for (int k = 0; k < 3; k++)
                if (isBound[k] && !Arrays.equals(key, k * ID, (k + 1) * ID, bound, k * ID, (k + 1) * ID)) return false;
            return true;
        }

        /** Restarts the scan at the key with this key's bound slots, then {@code value} in the window's slot. */
        private void seek(byte[] key, long value) {
            SEEKS.increment();
            Record from = factory.createKeyOnly();
            byte[] k = from.getKey();
            System.arraycopy(key, 0, k, 0, windowAt);
            for (int i = 0; i < ID; i++) k[windowAt + i] = (byte) (value >>> (8 * (ID - 1 - i)));
            hasPrevious = false;
            repeats = 0;
            records = index.iterator(from, max);
        }

        private static long getLong(byte[] key, int at) {
            long v = 0;
            for (int i = 0; i < ID; i++) v = (v << 8) | (key[at + i] & 0xFF);
            return v;
        }

        /** Restarts the scan at the first key after every copy of the previous triple. */
        private void seekPastPrevious() {
            SEEKS.increment();
            Record from = factory.createKeyOnly();
            byte[] k = from.getKey();
            System.arraycopy(previous, 0, k, 0, TRIPLE_BYTES);
            int i = TRIPLE_BYTES - 1;
            while (i >= 0 && ++k[i] == 0) i--;                 // big-endian increment of the triple's 24 bytes
            if (i < 0) {                                       // the largest triple there can be: nothing follows
                records = Iter.nullIterator();
                return;
            }
            repeats = 0;
            records = index.iterator(from, max);
        }
    }

    /**
     * The {@code xsd:date} values a filter lets through for one variable, as a range of TDB2's inline encoding.
     * TDB2 stores an {@code xsd:date} inside its 8-byte id: type byte, then 7 bits of timezone, then year, month and
     * day, so within one timezone (or none) ids sort as the dates do. From conjuncts such as {@code ?d >= "2004-01-01"^^xsd:date}
     * and {@code ?d < "2004-02-01"^^xsd:date} the window is {@code [lo, hi)} inside the constants' timezone block;
     * a scan may then skip the ids of that block outside the window, and only those: every other value (other
     * timezones, other types, dates TDB2 cannot inline, which are stored as pointers) is read and left to the
     * filter, which is still applied to every solution.
     */
    record DateWindow(long blockStart, long blockEnd, long lo, long hi) {
        /** {@link #seekFrom} for a value the scan must read. */
        static final long INSIDE = -1L;
        private static final long TIME_AND_DATE_BITS = (1L << 49) - 1;

        /** The windows the conjuncts of {@code exprs} put on variables; empty when none does. */
        static Map<Var, DateWindow> of(ExprList exprs) {
            Map<Var, long[]> bounds = new HashMap<>();       // var -> {block, lo, hi}, block -1 when in conflict
            for (Expr e : exprs) collect(e, bounds);
            Map<Var, DateWindow> out = new HashMap<>();
            bounds.forEach((v, b) -> {
                if (b[0] != -1) out.put(v, new DateWindow(b[0], b[0] + TIME_AND_DATE_BITS + 1, b[1], b[2]));
            });
            return out;
        }

        /**
         * Where a scan reading {@code value} in this slot must go on: {@link #INSIDE} to read it, or the value to
         * seek to (the window's start for a date before it, the end of the block for a date after it).
         */
        long seekFrom(long value) {
            if (Long.compareUnsigned(value, blockStart) < 0 || Long.compareUnsigned(value, blockEnd) >= 0) return INSIDE;
            if (Long.compareUnsigned(value, lo) < 0) return lo;
            if (Long.compareUnsigned(value, hi) >= 0) return blockEnd;
            return INSIDE;
        }

        private static void collect(Expr e, Map<Var, long[]> bounds) {
            if (e instanceof E_LogicalAnd and) {
                collect(and.getArg1(), bounds);
                collect(and.getArg2(), bounds);
                return;
            }
            if (!(e instanceof ExprFunction2 f)) return;
            // ?d op C, or C op ?d (flipped)
            boolean flip = !f.getArg1().isVariable();
            Expr variable = flip ? f.getArg2() : f.getArg1();
            Long constant = date(flip ? f.getArg1() : f.getArg2());
            if (!variable.isVariable() || constant == null) return;
            Var v = variable.asVar();
            long c = constant;
            long lo, hi;                                      // in the constant's block; -1 for no bound
            if (e instanceof E_Equals) {
                lo = c;
                hi = c + 1;
            } else if (e instanceof E_GreaterThanOrEqual) {
                lo = flip ? -1 : c;                           // C >= ?d is ?d <= C
                hi = flip ? c + 1 : -1;
            } else if (e instanceof E_GreaterThan) {
                lo = flip ? -1 : c + 1;
                hi = flip ? c : -1;
            } else if (e instanceof E_LessThanOrEqual) {
                lo = flip ? c : -1;
                hi = flip ? -1 : c + 1;
            } else if (e instanceof E_LessThan) {
                lo = flip ? c + 1 : -1;
                hi = flip ? -1 : c;
            } else {
                return;
            }
            long block = c & ~TIME_AND_DATE_BITS;
            long[] b = bounds.computeIfAbsent(v, x -> new long[] {block, block, block + TIME_AND_DATE_BITS + 1});
            if (b[0] != block) {
                b[0] = -1;                                    // bounds in two timezones: no window for this variable
                return;
            }
            if (lo != -1 && Long.compareUnsigned(lo, b[1]) > 0) b[1] = lo;
            if (hi != -1 && Long.compareUnsigned(hi, b[2]) < 0) b[2] = hi;
            if (Long.compareUnsigned(b[2], b[1]) < 0) b[2] = b[1];     // empty window
        }

        /** The id of an {@code xsd:date} constant that TDB2 stores inline, as an unsigned long; null otherwise. */
        private static Long date(Expr e) {
            if (!e.isConstant()) return null;
            NodeValue nv = e.getConstant();
            Node n = nv.asNode();
            if (!n.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(n.getLiteralDatatypeURI())) return null;
            NodeId id = NodeIdInline.inline(n);
            if (id == null || id.type() != NodeIdType.XSD_DATE) return null;
            byte[] bytes = new byte[ID];
            NodeIdFactory.set(id, bytes, 0);
            return SkipScan.getLong(bytes, 0);
        }
    }

    /**
     * A solution that turns each of its ids into a node once. TDB2's binding asks the node table on every read of a
     * value, and a solution is read several times on its way out (hashed for {@code DISTINCT}, projected, written):
     * each read is a lookup in the node table's shared cache, which was a fifth of the server's CPU for a
     * neighbourhood query returning 200 rows. The solutions of one pattern also share a {@link NodeMemo}, so that
     * a value many of them have (a predicate, a type) is looked up once. A solution is read by one thread at a time,
     * as all of a query's are.
     */
    static final class NodeKeepingBinding extends BindingTDB {
        private final NodeMemo memo;
        private Var[] vars = new Var[3];
        private Node[] values = new Node[3];
        private int kept;

        NodeKeepingBinding(BindingNodeId ids, NodeTable nodes, NodeMemo memo) {
            super(ids, nodes);
            this.memo = memo;
        }

        @Override
        public Node get1(Var var) {
            for (int i = 0; i < kept; i++)
                if (vars[i] == var || vars[i].equals(var)) return values[i];
            NodeId id = getNodeId(var);
            Node n = id == null ? super.get1(var) : memo.get(id);
            if (n == null && id != null) {
                n = super.get1(var);
                if (n != null) memo.put(id, n);
            }
            if (n != null) {
                if (kept == vars.length) {
                    vars = Arrays.copyOf(vars, 2 * kept);
                    values = Arrays.copyOf(values, 2 * kept);
                }
                vars[kept] = var;
                values[kept++] = n;
            }
            return n;
        }
    }

    /**
     * The nodes of the ids a pattern's solutions read last, in a small table indexed by the id's hash (a newer id
     * replaces an older one in its slot). Lives as long as one execution of one pattern, inside its transaction,
     * read by the query's thread only.
     */
    static final class NodeMemo {
        private static final int SLOTS = 256;
        private final NodeId[] ids = new NodeId[SLOTS];
        private final Node[] nodes = new Node[SLOTS];

        Node get(NodeId id) {
            int slot = id.hashCode() & (SLOTS - 1);
            return id.equals(ids[slot]) ? nodes[slot] : null;
        }

        void put(NodeId id, Node node) {
            int slot = id.hashCode() & (SLOTS - 1);
            ids[slot] = id;
            nodes[slot] = node;
        }
    }

    /** The solutions of one union-graph basic graph pattern; closes and cancels its input. */
    private static final class Solutions extends QueryIter1 {
        private final Iterator<Binding> solutions;

        Solutions(Iterator<Binding> solutions, QueryIterator input, ExecutionContext cxt) {
            super(input, cxt);
            this.solutions = solutions;
        }

        @Override
        protected boolean hasNextBinding() {
            return solutions.hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return solutions.next();
        }

        @Override
        protected void requestSubCancel() {
        }

        @Override
        protected void closeSubIterator() {
            Iter.close(solutions);
        }

        @Override
        protected void details(IndentedWriter out, SerializationContext sCxt) {
            out.print("UnionScan");
        }
    }

}
