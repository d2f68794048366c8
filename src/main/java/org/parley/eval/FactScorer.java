package org.parley.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.model.EntityRef;
import org.parley.model.Event;
import org.parley.model.EventQuantity;
import org.parley.model.ExtractedArticle;
import org.parley.model.Participant;
import org.parley.model.Relation;
import org.parley.model.ResolvedMention;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;

/**
 * Compares what the pipeline extracted from documents with their gold annotation, document by document, and
 * sums the matches (micro-averaging). Not thread-safe: one instance collects one run.
 *
 * <p>Matching, per document:
 * <ul>
 * <li><b>entities</b>: the distinct (normalised text, type) pairs of the gold against those of the resolved
 *     mentions, except mentions found as demonyms (extractor {@code …:demonym}: "Ukrainian" for Ukraine), which
 *     the gold does not list as names (they still count as mention texts of their entity below);</li>
 * <li><b>relations</b>: (type, subject, object, post), where a gold entity string matches a predicted entity when
 *     it equals, after normalisation, the entity's label or the text of any of its mentions in the document;
 *     predicted relations are counted once per distinct (type, subject, object, post);</li>
 * <li><b>events</b>: (type, status), and the predicted trigger or evidence lies in a sentence that the gold
 *     evidence overlaps; each gold event matches at most one predicted event and the other way round (of
 *     several candidates, the one sharing most arguments);</li>
 * <li><b>event arguments</b>: each participant (role + entity), the place, the time (its ISO value) and each
 *     quantity (role + value) of an event is one argument; the arguments of a matched pair of events are
 *     compared, those of unmatched events are all missed or all spurious.</li>
 * </ul>
 * Normalisation: Unicode NFKC, lower case, every run of characters other than letters and digits one space.
 */
public final class FactScorer {
    public static final String ENTITIES = "entities";
    public static final String RELATIONS = "relations";
    public static final String EVENTS = "events";
    public static final String ARGUMENTS = "event arguments";
    /** The categories, in table order. */
    public static final List<String> CATEGORIES = List.of(ENTITIES, RELATIONS, EVENTS, ARGUMENTS);

    private final Map<String, Count> categories = new LinkedHashMap<>();
    private final Map<String, Count> relationTypes = new TreeMap<>();
    private final Map<String, Count> eventTypes = new TreeMap<>();
    private final List<Scores.Error> errors = new ArrayList<>();
    private int documents;

    public FactScorer() {
        for (String c : CATEGORIES) categories.put(c, Count.ZERO);
    }

    /** Normalises a name or title for comparison. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Scores one document: its gold annotation against what the pipeline extracted from it. */
    public void add(GoldDocument gold, ExtractedArticle predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        documents++;
        Surfaces surfaces = new Surfaces(predicted.mentions());
        scoreEntities(gold, predicted);
        scoreRelations(gold, predicted, surfaces);
        scoreEvents(gold, predicted, surfaces);
    }

    public Scores scores() {
        return new Scores(documents, categories, relationTypes, eventTypes, errors);
    }

    /** The surface forms (normalised) of each entity of a document: its label and its mentions' texts. */
    private static final class Surfaces {
        final Map<String, Set<String>> byKey = new HashMap<>();

        Surfaces(List<ResolvedMention> mentions) {
            for (ResolvedMention m : mentions) {
                Set<String> s = byKey.computeIfAbsent(m.entity().key(), k -> new LinkedHashSet<>());
                s.add(normalize(m.entity().label()));
                s.add(normalize(m.mention().text()));
            }
        }

        boolean matches(String gold, EntityRef predicted) {
            if (gold == null || predicted == null) return gold == null && predicted == null;
            String g = normalize(gold);
            if (g.equals(normalize(predicted.label()))) return true;
            Set<String> s = byKey.get(predicted.key());
            return s != null && s.contains(g);
        }
    }

    private void add(String category, long gold, long predicted, long correct) {
        categories.merge(category, new Count(gold, predicted, correct), Count::plus);
    }

    private void error(String category, boolean falsePositive, GoldDocument doc, String what) {
        errors.add(new Scores.Error(category, falsePositive, doc.id(), what));
    }

    private void scoreEntities(GoldDocument gold, ExtractedArticle predicted) {
        Map<String, String> g = new LinkedHashMap<>(), p = new LinkedHashMap<>();
        for (GoldDocument.Entity e : gold.entities())
            g.putIfAbsent(normalize(e.text()) + "\t" + e.type(), e.text() + " (" + e.type() + ")");
        for (ResolvedMention m : predicted.mentions())
            if (!isDemonym(m)) p.putIfAbsent(normalize(m.mention().text()) + "\t" + m.mention().type(),
                    m.mention().text() + " (" + m.mention().type() + ")");
        long correct = g.keySet().stream().filter(p::containsKey).count();
        add(ENTITIES, g.size(), p.size(), correct);
        g.forEach((k, v) -> { if (!p.containsKey(k)) error(ENTITIES, false, gold, v); });
        p.forEach((k, v) -> { if (!g.containsKey(k)) error(ENTITIES, true, gold, v); });
    }

    /** Demonyms and national adjectives are not names in the gold (see GUIDELINES.md). */
    static boolean isDemonym(ResolvedMention m) {
        return m.mention().extractor().endsWith(":demonym");
    }

    private void scoreRelations(GoldDocument gold, ExtractedArticle predicted, Surfaces surfaces) {
        Map<String, Relation> distinct = new LinkedHashMap<>();
        for (Relation r : predicted.relations())
            distinct.putIfAbsent(r.type() + "\t" + r.subject().key() + "\t" + (r.object() == null ? "" : r.object().key())
                    + "\t" + (r.post() == null ? "" : normalize(r.post())), r);
        List<Relation> preds = new ArrayList<>(distinct.values());
        boolean[] used = new boolean[preds.size()];
        for (GoldDocument.Relation g : gold.relations()) {
            int hit = -1;
            for (int i = 0; i < preds.size() && hit < 0; i++)
                if (!used[i] && matches(g, preds.get(i), surfaces)) hit = i;
            boolean ok = hit >= 0;
            if (ok) used[hit] = true;
            else error(RELATIONS, false, gold, describe(g));
            relationTypes.merge(g.type().name(), new Count(1, ok ? 1 : 0, ok ? 1 : 0), Count::plus);
        }
        for (int i = 0; i < preds.size(); i++)
            if (!used[i]) {
                relationTypes.merge(preds.get(i).type().name(), new Count(0, 1, 0), Count::plus);
                error(RELATIONS, true, gold, describe(preds.get(i)));
            }
        long correct = 0;
        for (boolean u : used) if (u) correct++;
        add(RELATIONS, gold.relations().size(), preds.size(), correct);
    }

    private static boolean matches(GoldDocument.Relation g, Relation p, Surfaces s) {
        return g.type() == p.type()
                && Objects.equals(g.post() == null ? null : normalize(g.post()), p.post() == null ? null : normalize(p.post()))
                && s.matches(g.subject(), p.subject()) && s.matches(g.object(), p.object());
    }

    private static String describe(GoldDocument.Relation g) {
        return g.type() + "(" + g.subject() + ", " + g.object() + (g.post() == null ? "" : ", " + g.post()) + ") «"
                + g.evidence() + "»";
    }

    private static String describe(Relation r) {
        return r.type() + "(" + r.subject().label() + ", " + (r.object() == null ? null : r.object().label())
                + (r.post() == null ? "" : ", " + r.post()) + ") [sentence " + r.evidence().sentence() + "]";
    }

    private void scoreEvents(GoldDocument gold, ExtractedArticle predicted, Surfaces surfaces) {
        String text = predicted.article().text();
        List<Sentence> sentences = predicted.annotated().sentences();
        List<Event> preds = predicted.events();
        List<Set<Integer>> predSentences = new ArrayList<>();
        for (Event e : preds) {
            Set<Integer> s = sentencesOverlapping(sentences, List.of(e.trigger(), e.evidence().span()));
            s.add(e.evidence().sentence());
            predSentences.add(s);
        }
        boolean[] used = new boolean[preds.size()];
        long correctEvents = 0, goldArgs = 0, predArgs = 0, correctArgs = 0;
        for (GoldDocument.Event g : gold.events()) {
            Set<Integer> gs = sentencesOverlapping(sentences, occurrences(text, g.evidence()));
            int best = -1, bestArgs = -1;
            for (int i = 0; i < preds.size(); i++) {
                Event p = preds.get(i);
                if (used[i] || p.type() != g.type() || p.status() != g.status()) continue;
                if (predSentences.get(i).stream().noneMatch(gs::contains)) continue;
                int a = matchArguments(g, p, surfaces, null, null);
                if (a > bestArgs) {
                    best = i;
                    bestArgs = a;
                }
            }
            List<String> goldArgList = arguments(g);
            goldArgs += goldArgList.size();
            boolean ok = best >= 0;
            eventTypes.merge(g.type().name(), new Count(1, ok ? 1 : 0, ok ? 1 : 0), Count::plus);
            if (ok) {
                used[best] = true;
                correctEvents++;
                List<String> missed = new ArrayList<>(), spurious = new ArrayList<>();
                correctArgs += matchArguments(g, preds.get(best), surfaces, missed, spurious);
                for (String m : missed) error(ARGUMENTS, false, gold, label(g) + " " + m);
                for (String s : spurious) error(ARGUMENTS, true, gold, label(g) + " " + s);
            } else {
                error(EVENTS, false, gold, label(g) + " «" + g.evidence() + "»");
                for (String a : goldArgList) error(ARGUMENTS, false, gold, label(g) + " " + a);
            }
        }
        for (int i = 0; i < preds.size(); i++) {
            List<String> args = arguments(preds.get(i));
            predArgs += args.size();
            if (used[i]) continue;
            Event p = preds.get(i);
            eventTypes.merge(p.type().name(), new Count(0, 1, 0), Count::plus);
            String what = p.type() + "/" + p.status() + " '" + p.trigger().cover(text) + "' [sentence "
                    + p.evidence().sentence() + "]";
            error(EVENTS, true, gold, what);
            for (String a : args) error(ARGUMENTS, true, gold, what + " " + a);
        }
        add(EVENTS, gold.events().size(), preds.size(), correctEvents);
        add(ARGUMENTS, goldArgs, predArgs, correctArgs);
    }

    private static String label(GoldDocument.Event g) {
        return g.type() + "/" + g.status() + " '" + g.trigger() + "'";
    }

    /** Where {@code needle} occurs in {@code text} (after NFC), every occurrence. */
    static List<TextSpan> occurrences(String text, String needle) {
        String n = Normalizer.normalize(needle, Normalizer.Form.NFC);
        List<TextSpan> out = new ArrayList<>();
        for (int i = text.indexOf(n); i >= 0 && !n.isEmpty(); i = text.indexOf(n, i + 1))
            out.add(new TextSpan(i, i + n.length()));
        return out;
    }

    private static Set<Integer> sentencesOverlapping(List<Sentence> sentences, List<TextSpan> spans) {
        Set<Integer> out = new TreeSet<>();
        for (Sentence s : sentences)
            for (TextSpan t : spans)
                if (s.span().overlaps(t) || (t.length() == 0 && s.span().contains(t))) out.add(s.index());
        return out;
    }

    private static List<String> arguments(GoldDocument.Event g) {
        List<String> out = new ArrayList<>();
        for (GoldDocument.Participant p : g.participants()) out.add(p.role() + "=" + p.entity());
        if (g.place() != null) out.add("place=" + g.place());
        if (g.time() != null) out.add("time=" + g.time());
        for (GoldDocument.Amount q : g.quantities()) out.add(q.role() + "=" + q.value());
        return out;
    }

    private static List<String> arguments(Event p) {
        List<String> out = new ArrayList<>();
        for (Participant x : p.participants()) out.add(x.role() + "=" + x.entity().label());
        if (p.place() != null) out.add("place=" + p.place().label());
        if (p.time() != null) out.add("time=" + p.time().value());
        for (EventQuantity q : p.quantities()) out.add(q.role() + "=" + q.value());
        return out;
    }

    /**
     * How many arguments of a gold and a predicted event match, one to one; fills {@code missed} and
     * {@code spurious} (when not {@code null}) with the rest.
     */
    private static int matchArguments(GoldDocument.Event g, Event p, Surfaces s, List<String> missed,
                                      List<String> spurious) {
        int correct = 0;
        boolean[] used = new boolean[p.participants().size()];
        for (GoldDocument.Participant gp : g.participants()) {
            int hit = -1;
            for (int i = 0; i < used.length && hit < 0; i++) {
                Participant pp = p.participants().get(i);
                if (!used[i] && pp.role() == gp.role() && s.matches(gp.entity(), pp.entity())) hit = i;
            }
            if (hit >= 0) {
                used[hit] = true;
                correct++;
            } else if (missed != null) {
                missed.add(gp.role() + "=" + gp.entity());
            }
        }
        if (spurious != null)
            for (int i = 0; i < used.length; i++)
                if (!used[i]) spurious.add(p.participants().get(i).role() + "=" + p.participants().get(i).entity().label());
        if (g.place() != null && p.place() != null && s.matches(g.place(), p.place())) {
            correct++;
        } else {
            if (g.place() != null && missed != null) missed.add("place=" + g.place());
            if (p.place() != null && spurious != null) spurious.add("place=" + p.place().label());
        }
        if (g.time() != null && p.time() != null && g.time().equals(p.time().value())) {
            correct++;
        } else {
            if (g.time() != null && missed != null) missed.add("time=" + g.time());
            if (p.time() != null && spurious != null) spurious.add("time=" + p.time().value());
        }
        boolean[] usedQ = new boolean[p.quantities().size()];
        for (GoldDocument.Amount q : g.quantities()) {
            int hit = -1;
            for (int i = 0; i < usedQ.length && hit < 0; i++) {
                EventQuantity pq = p.quantities().get(i);
                if (!usedQ[i] && pq.role() == q.role() && pq.value() == q.value()) hit = i;
            }
            if (hit >= 0) {
                usedQ[hit] = true;
                correct++;
            } else if (missed != null) {
                missed.add(q.role() + "=" + q.value());
            }
        }
        if (spurious != null)
            for (int i = 0; i < usedQ.length; i++)
                if (!usedQ[i]) spurious.add(p.quantities().get(i).role() + "=" + p.quantities().get(i).value());
        return correct;
    }
}
