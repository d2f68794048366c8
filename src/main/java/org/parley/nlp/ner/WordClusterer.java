package org.parley.nlp.ner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Distributional word clusters computed from plain token sequences (Parley's own, no external embeddings).
 *
 * <p>Every word seen at least {@code minCount} times is described by the words right before and right after
 * it (lower-cased, among the {@code contextSize} most frequent words, plus sentence start and end), weighted by
 * positive pointwise mutual information and scaled to unit length. Words are then grouped by spherical k-means
 * (cosine similarity), started with k-means++ from a fixed seed, for a fixed number of rounds. Ties are broken
 * by index, words are processed in a fixed order, so the result depends only on the input and the parameters.
 */
final class WordClusterer {
    private static final String START = "<s>";
    private static final String END = "</s>";

    private WordClusterer() {
    }

    /**
     * Clusters the words of {@code sentences}.
     *
     * @return word → cluster number, for every word seen at least {@code minCount} times
     */
    static Map<String, Integer> cluster(List<List<String>> sentences, int k, int minCount, int contextSize,
            int rounds, long seed) {
        Map<String, Integer> freq = new HashMap<>();
        Map<String, Integer> lowerFreq = new HashMap<>();
        for (List<String> s : sentences) {
            for (String w : s) {
                freq.merge(w, 1, Integer::sum);
                lowerFreq.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<String> vocab = sortedByFrequency(freq, minCount);
        List<String> contexts = new ArrayList<>(sortedByFrequency(lowerFreq, 1));
        if (contexts.size() > contextSize) {
            contexts = new ArrayList<>(contexts.subList(0, contextSize));
        }
        contexts.add(START);
        contexts.add(END);
        Map<String, Integer> ctxIndex = new HashMap<>();
        for (int i = 0; i < contexts.size(); i++) {
            ctxIndex.put(contexts.get(i), i);
        }
        Map<String, Integer> wordIndex = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            wordIndex.put(vocab.get(i), i);
        }
        int c = contexts.size();
        int dims = 2 * c; // left contexts, then right contexts
        List<Map<Integer, Double>> raw = new ArrayList<>(vocab.size());
        for (int i = 0; i < vocab.size(); i++) {
            raw.add(new HashMap<>());
        }
        double[] ctxTotals = new double[dims];
        double total = 0;
        for (List<String> s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                Integer wi = wordIndex.get(s.get(i));
                if (wi == null) {
                    continue;
                }
                String left = i == 0 ? START : s.get(i - 1).toLowerCase(Locale.ROOT);
                String right = i == s.size() - 1 ? END : s.get(i + 1).toLowerCase(Locale.ROOT);
                Integer li = ctxIndex.get(left);
                Integer ri = ctxIndex.get(right);
                if (li != null) {
                    raw.get(wi).merge(li, 1.0, Double::sum);
                    ctxTotals[li]++;
                    total++;
                }
                if (ri != null) {
                    raw.get(wi).merge(c + ri, 1.0, Double::sum);
                    ctxTotals[c + ri]++;
                    total++;
                }
            }
        }
        // PPMI vectors, unit length, as sorted sparse arrays
        int n = vocab.size();
        int[][] idx = new int[n][];
        double[][] val = new double[n][];
        for (int w = 0; w < n; w++) {
            Map<Integer, Double> m = new TreeMap<>(raw.get(w));
            double wTotal = 0;
            for (double v : m.values()) {
                wTotal += v;
            }
            List<int[]> keep = new ArrayList<>();
            List<Double> vals = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : m.entrySet()) {
                double pmi = Math.log(e.getValue() * total / (wTotal * ctxTotals[e.getKey()]));
                if (pmi > 0) {
                    keep.add(new int[] {e.getKey()});
                    vals.add(pmi);
                }
            }
            idx[w] = new int[keep.size()];
            val[w] = new double[keep.size()];
            double norm = 0;
            for (int j = 0; j < keep.size(); j++) {
                idx[w][j] = keep.get(j)[0];
                val[w][j] = vals.get(j);
                norm += vals.get(j) * vals.get(j);
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int j = 0; j < val[w].length; j++) {
                    val[w][j] /= norm;
                }
            }
        }
        int kk = Math.min(k, n);
        double[][] centroids = initialCentroids(idx, val, dims, kk, new Random(seed));
        int[] assign = new int[n];
        for (int round = 0; round < rounds; round++) {
            boolean changed = false;
            for (int w = 0; w < n; w++) {
                int best = 0;
                double bestSim = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < kk; j++) {
                    double sim = dot(idx[w], val[w], centroids[j]);
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = j;
                    }
                }
                if (round == 0 || assign[w] != best) {
                    changed = true;
                }
                assign[w] = best;
            }
            if (!changed) {
                break;
            }
            double[][] next = new double[kk][dims];
            for (int w = 0; w < n; w++) {
                double[] cen = next[assign[w]];
                for (int j = 0; j < idx[w].length; j++) {
                    cen[idx[w][j]] += val[w][j];
                }
            }
            for (int j = 0; j < kk; j++) {
                double norm = 0;
                for (double v : next[j]) {
                    norm += v * v;
                }
                norm = Math.sqrt(norm);
                if (norm == 0) {
                    next[j] = centroids[j]; // empty cluster keeps its centre
                } else {
                    for (int d = 0; d < dims; d++) {
                        next[j][d] /= norm;
                    }
                }
            }
            centroids = next;
        }
        Map<String, Integer> out = new HashMap<>();
        for (int w = 0; w < n; w++) {
            out.put(vocab.get(w), assign[w]);
        }
        return out;
    }

    private static double[][] initialCentroids(int[][] idx, double[][] val, int dims, int k, Random rnd) {
        int n = idx.length;
        double[][] cen = new double[k][];
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int first = rnd.nextInt(n);
        cen[0] = dense(idx[first], val[first], dims);
        for (int j = 1; j < k; j++) {
            double sum = 0;
            for (int w = 0; w < n; w++) {
                double d = 1 - dot(idx[w], val[w], cen[j - 1]);
                if (d < dist[w]) {
                    dist[w] = d;
                }
                sum += Math.max(0, dist[w]);
            }
            double r = rnd.nextDouble() * sum;
            int pick = n - 1;
            for (int w = 0; w < n; w++) {
                r -= Math.max(0, dist[w]);
                if (r <= 0) {
                    pick = w;
                    break;
                }
            }
            cen[j] = dense(idx[pick], val[pick], dims);
        }
        return cen;
    }

    private static double[] dense(int[] idx, double[] val, int dims) {
        double[] d = new double[dims];
        for (int j = 0; j < idx.length; j++) {
            d[idx[j]] = val[j];
        }
        return d;
    }

    private static double dot(int[] idx, double[] val, double[] dense) {
        double s = 0;
        for (int j = 0; j < idx.length; j++) {
            s += val[j] * dense[idx[j]];
        }
        return s;
    }

    private static List<String> sortedByFrequency(Map<String, Integer> freq, int minCount) {
        List<String> out = new ArrayList<>();
        freq.forEach((w, f) -> {
            if (f >= minCount) {
                out.add(w);
            }
        });
        out.sort(Comparator.<String>comparingInt(freq::get).reversed().thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /**
     * The clusters as an OpenNLP word-cluster dictionary file: one {@code word cluster} line per word, sorted by
     * word. Words containing spaces are left out (the format separates by space).
     */
    static byte[] toDictionaryBytes(Map<String, Integer> clusters, String prefix) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(clusters).forEach((w, c) -> {
            if (w.indexOf(' ') < 0 && w.indexOf('\u00a0') < 0) {
                sb.append(w).append(' ').append(prefix).append(c).append('\n');
            }
        });
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
