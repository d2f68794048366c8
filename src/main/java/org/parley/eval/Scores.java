package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The result of scoring: micro-averaged counts per category ({@link FactScorer#CATEGORIES}), per relation type
 * and per event type, and the false positives and negatives found.
 *
 * @param documents     how many documents were scored
 * @param categories    counts by category, in {@link FactScorer#CATEGORIES} order
 * @param relationTypes counts by relation type name
 * @param eventTypes    counts by event type name
 * @param errors        every false positive and false negative, in document order
 */
public record Scores(int documents, Map<String, Count> categories, Map<String, Count> relationTypes,
                    Map<String, Count> eventTypes, List<Error> errors) {
    public Scores {
        categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        relationTypes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(relationTypes));
        eventTypes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(eventTypes));
        errors = List.copyOf(errors);
    }

    /** A false positive (predicted, not in gold) or false negative (in gold, not predicted). */
    public record Error(String category, boolean falsePositive, String document, String what) {
        public Error {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(what, "what");
        }
    }

    public Count category(String name) {
        Count c = categories.get(name);
        if (c == null) throw new IllegalArgumentException("no category " + name);
        return c;
    }

    /** The table: one row per category, then per relation type and per event type. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        String head = "%-28s %7s %9s %7s %7s %7s %7s%n";
        sb.append(String.format(Locale.ROOT, head, "category", "gold", "predicted", "correct", "P", "R", "F1"));
        categories.forEach((k, c) -> row(sb, k, c));
        if (!relationTypes.isEmpty()) {
            sb.append("by relation type:\n");
            relationTypes.forEach((k, c) -> row(sb, "  " + k, c));
        }
        if (!eventTypes.isEmpty()) {
            sb.append("by event type:\n");
            eventTypes.forEach((k, c) -> row(sb, "  " + k, c));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Count c) {
        sb.append(String.format(Locale.ROOT, "%-28s %7d %9d %7d %7.4f %7.4f %7.4f%n", name, c.gold(), c.predicted(),
                c.correct(), c.precision(), c.recall(), c.f1()));
    }

    /** Up to {@code n} false positives and up to {@code n} false negatives per category. */
    public String errorList(int n) {
        StringBuilder sb = new StringBuilder();
        for (String cat : categories.keySet())
            for (boolean fp : new boolean[] {true, false}) {
                List<Error> es = new ArrayList<>();
                for (Error e : errors)
                    if (e.category().equals(cat) && e.falsePositive() == fp) es.add(e);
                if (es.isEmpty()) continue;
                sb.append(cat).append(fp ? " — false positives" : " — false negatives").append(" (")
                        .append(es.size()).append("):\n");
                for (Error e : es.subList(0, Math.min(n, es.size())))
                    sb.append("  ").append(e.document()).append(": ").append(e.what()).append('\n');
            }
        return sb.toString();
    }

    /** The scores as JSON: documents, and for every category and type gold/predicted/correct/P/R/F1. */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.put("documents", documents);
        o.put("categories", json(categories));
        o.put("relationTypes", json(relationTypes));
        o.put("eventTypes", json(eventTypes));
        JsonArray es = new JsonArray();
        for (Error e : errors) {
            JsonObject j = new JsonObject();
            j.put("category", e.category());
            j.put("kind", e.falsePositive() ? "false positive" : "false negative");
            j.put("document", e.document());
            j.put("what", e.what());
            es.add(j);
        }
        o.put("errors", es);
        return o;
    }

    private static org.apache.jena.atlas.json.JsonNumber round(double d) {
        return org.apache.jena.atlas.json.JsonNumber.value(
                java.math.BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_UP));
    }

    private static JsonObject json(Map<String, Count> counts) {
        JsonObject o = new JsonObject();
        counts.forEach((k, c) -> {
            JsonObject j = new JsonObject();
            j.put("gold", c.gold());
            j.put("predicted", c.predicted());
            j.put("correct", c.correct());
            j.put("precision", round(c.precision()));
            j.put("recall", round(c.recall()));
            j.put("f1", round(c.f1()));
            o.put(k, j);
        });
        return o;
    }
}
