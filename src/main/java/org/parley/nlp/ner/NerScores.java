package org.parley.nlp.ner;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Exact-span precision, recall and F1 per type and overall.
 *
 * @param counts per type (in {@link NerTypes#ALL} order): true positives, false positives, false negatives
 * @param sentences number of sentences scored
 */
public record NerScores(Map<String, Counts> counts, int sentences) {

    /**
     * Counts for one type.
     *
     * @param truePositives predicted spans that match a gold span exactly (bounds and type)
     * @param falsePositives predicted spans that match none
     * @param falseNegatives gold spans that no prediction matches
     */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public Counts {
            if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }

        /** tp / (tp + fp); 0 when nothing was predicted. */
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        /** tp / (tp + fn); 0 when there is no gold span. */
        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        /** Harmonic mean of precision and recall; 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    public NerScores {
        counts = Map.copyOf(Objects.requireNonNull(counts, "counts"));
    }

    /** Counts for one type (zeros if the type never occurred). */
    public Counts of(String type) {
        return counts.getOrDefault(type, new Counts(0, 0, 0));
    }

    /** Micro-averaged counts over all types. */
    public Counts overall() {
        Counts c = new Counts(0, 0, 0);
        for (Counts x : counts.values()) {
            c = c.plus(x);
        }
        return c;
    }

    /** A plain-text table: one row per type and one overall row. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-13s %6s %6s %6s %9s %7s %7s%n",
                "type", "gold", "found", "match", "precision", "recall", "F1"));
        Map<String, Counts> rows = new LinkedHashMap<>();
        for (String t : NerTypes.ALL) {
            rows.put(t, of(t));
        }
        rows.put("overall", overall());
        rows.forEach((t, c) -> sb.append(String.format(Locale.ROOT, "%-13s %6d %6d %6d %9.4f %7.4f %7.4f%n", t,
                c.truePositives() + c.falseNegatives(), c.truePositives() + c.falsePositives(),
                c.truePositives(), c.precision(), c.recall(), c.f1())));
        return sb.toString();
    }

    /** One line: overall P/R/F1. */
    public String summary() {
        Counts c = overall();
        return String.format(Locale.ROOT, "P %.4f R %.4f F1 %.4f", c.precision(), c.recall(), c.f1());
    }

}
