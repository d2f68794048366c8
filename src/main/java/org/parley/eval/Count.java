package org.parley.eval;

/**
 * Counts of one category: gold items, predicted items and correct (matched) items, with precision, recall
 * and F1. An empty denominator gives 0.
 */
public record Count(long gold, long predicted, long correct) {
    public Count {
        if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted)
            throw new IllegalArgumentException("inconsistent counts: gold=" + gold + ", predicted=" + predicted
                    + ", correct=" + correct);
    }

    public static final Count ZERO = new Count(0, 0, 0);

    public Count plus(Count o) {
        return new Count(gold + o.gold, predicted + o.predicted, correct + o.correct);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
