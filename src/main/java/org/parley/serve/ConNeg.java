package org.parley.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Content negotiation for linked-data responses: picks one of the offered formats from an HTTP
 * {@code Accept} header (media ranges with q-values), or from a {@code format} query parameter that overrides it.
 */
final class ConNeg {
    /** The formats Parley serves resource descriptions in, in order of preference for {@code *}{@code /*}. */
    enum Format {
        TURTLE("text/turtle", "ttl"),
        NTRIPLES("application/n-triples", "nt"),
        JSONLD("application/ld+json", "jsonld"),
        RDFXML("application/rdf+xml", "rdf"),
        HTML("text/html", "html");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static Format byExtension(String ext) {
            for (Format f : values())
                if (f.extension.equalsIgnoreCase(ext) || f.name().equalsIgnoreCase(ext)) return f;
            return null;
        }
    }

    private record Range(String type, String subtype, double q, int order) {}

    private ConNeg() {}

    /**
     * The best format for an Accept header, or null when nothing offered is acceptable. A missing or empty
     * header accepts everything. {@code application/xhtml+xml} counts as HTML.
     */
    static Format choose(String accept) {
        if (accept == null || accept.isBlank()) return Format.TURTLE;
        List<Range> ranges = parse(accept);
        Format best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        int bestOrder = Integer.MAX_VALUE;
        for (Format f : Format.values()) {
            for (String mt : f == Format.HTML ? List.of("text/html", "application/xhtml+xml") : List.of(f.mediaType)) {
                String[] p = mt.split("/");
                Range match = null;
                int specificity = -1;
                for (Range r : ranges) {
                    int s = r.type.equals("*") ? 0 : !r.type.equals(p[0]) ? -1 : r.subtype.equals("*") ? 1 : r.subtype.equals(p[1]) ? 2 : -1;
                    if (s > specificity) {
                        specificity = s;
                        match = r;
                    }
                }
                if (match == null || match.q <= 0) continue;
                // a format named explicitly beats one matched by a wildcard at the same q
                boolean better = match.q > bestQ
                        || match.q == bestQ && specificity > bestSpecificity
                        || match.q == bestQ && specificity == bestSpecificity && specificity == 2 && match.order < bestOrder;
                if (better) {
                    best = f;
                    bestQ = match.q;
                    bestSpecificity = specificity;
                    bestOrder = match.order;
                }
            }
        }
        return best;
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        int order = 0;
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            String mt = bits[0].trim().toLowerCase(Locale.ROOT);
            if (mt.isEmpty()) continue;
            if (mt.equals("*")) mt = "*/*";
            int slash = mt.indexOf('/');
            if (slash < 0) continue;
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q, order++));
        }
        return out;
    }
}
