package org.parley.serve;

import static org.parley.rdf.doc.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

import org.parley.rdf.PARLEY;
import org.parley.rdf.doc.Html;

/**
 * The HTML page of a resource: its label, types, properties (IRIs as links), what points at it, and the source
 * sentences with the mention marked. Well-formed XHTML.
 */
final class ResourcePage {
    private ResourcePage() {}

    /**
     * @param d      the description
     * @param pm     prefixes for short names
     * @param href   maps an IRI to the link to put in the page (local for Parley's own IRIs)
     */
    static String render(ResourceDescription d, PrefixMapping pm, Function<String, String> href) {
        Node s = org.apache.jena.graph.NodeFactory.createURI(d.iri());
        String label = d.label(s);
        String title = label != null ? label : pm.shortForm(d.iri());
        StringBuilder sb = new StringBuilder(8192);
        StringBuilder alt = new StringBuilder();
        for (ConNeg.Format f : ConNeg.Format.values())
            if (f != ConNeg.Format.HTML)
                alt.append("<link rel=\"alternate\" type=\"").append(f.mediaType).append("\" href=\"?format=").append(f.extension).append("\"/>\n");
        sb.append(Html.head(title + " — Parley", alt.toString()));
        sb.append("<header>\n<p class=\"iri\">").append(esc(d.iri())).append("</p>\n<h1>").append(esc(title)).append("</h1>\n");
        List<String> types = new ArrayList<>();
        d.graph().find(s, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(link(t.getObject(), d, pm, href)));
        if (!types.isEmpty()) sb.append("<p>Type: ").append(String.join(", ", types)).append("</p>\n");
        sb.append("</header>\n");

        if (!d.sources().isEmpty()) {
            sb.append("<section id=\"sources\">\n<h2>Source sentences</h2>\n<ol>\n");
            for (ResourceDescription.Source src : d.sources()) {
                sb.append("<li><blockquote>").append(esc(src.before()));
                if (!src.mention().isEmpty()) sb.append("<mark>").append(esc(src.mention())).append("</mark>");
                sb.append(esc(src.after())).append("</blockquote>\n<p class=\"muted\">— <a href=\"").append(esc(href.apply(src.article())))
                        .append("\">").append(esc(src.articleTitle() != null ? src.articleTitle() : src.article())).append("</a>")
                        .append(" (<a href=\"").append(esc(href.apply(src.sentence()))).append("\">sentence</a>)</p></li>\n");
            }
            sb.append("</ol>\n</section>\n");
        }

        Map<String, List<String>> out = new TreeMap<>();
        d.graph().find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().equals(RDF.type.asNode())) return;
            out.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(value(t.getObject(), d, pm, href));
        });
        if (!out.isEmpty()) {
            sb.append("<section id=\"properties\">\n<h2>Properties</h2>\n<table>\n");
            out.forEach((p, vs) -> sb.append("<tr><th>").append(link(org.apache.jena.graph.NodeFactory.createURI(p), d, pm, href))
                    .append("</th><td>").append(String.join("<br/>", vs.stream().sorted().toList())).append("</td></tr>\n"));
            sb.append("</table>\n</section>\n");
        }

        Map<String, List<String>> in = new TreeMap<>();
        int mentions = 0;
        for (Triple t : d.graph().find(Node.ANY, Node.ANY, s).toList()) {
            if (t.getPredicate().equals(PARLEY.refersTo.asNode())) {
                mentions++;
                continue;
            }
            in.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(link(t.getSubject(), d, pm, href));
        }
        if (!in.isEmpty() || mentions > 0) {
            sb.append("<section id=\"incoming\">\n<h2>Referred to by</h2>\n<table>\n");
            if (mentions > 0)
                sb.append("<tr><th>").append(esc(pm.shortForm(PARLEY.refersTo.getURI()))).append("</th><td>").append(mentions)
                        .append(mentions == 1 ? " mention" : " mentions").append(" (see the source sentences)</td></tr>\n");
            in.forEach((p, vs) -> sb.append("<tr><th>").append(link(org.apache.jena.graph.NodeFactory.createURI(p), d, pm, href))
                    .append(" of</th><td>").append(String.join("<br/>", vs.stream().sorted().toList())).append("</td></tr>\n"));
            sb.append("</table>\n</section>\n");
        }

        sb.append("<footer>\n<p class=\"muted\">This description as ");
        List<String> links = new ArrayList<>();
        for (ConNeg.Format f : ConNeg.Format.values())
            if (f != ConNeg.Format.HTML)
                links.add("<a href=\"?format=" + f.extension + "\">" + esc(f.mediaType) + "</a>");
        sb.append(String.join(", ", links)).append(". Served by Parley.</p>\n</footer>\n");
        sb.append(Html.foot());
        return sb.toString();
    }

    private static String value(Node o, ResourceDescription d, PrefixMapping pm, Function<String, String> href) {
        if (!o.isLiteral()) return link(o, d, pm, href);
        String lex = o.getLiteralLexicalForm();
        String lang = o.getLiteralLanguage();
        String shown = esc(lex);
        if (lex.length() > 300) shown = "<details><summary>" + esc(lex.substring(0, 200)) + "…</summary>" + esc(lex) + "</details>";
        if (lang != null && !lang.isEmpty()) return shown + " <span class=\"muted\">@" + esc(lang) + "</span>";
        return shown;
    }

    private static String link(Node n, ResourceDescription d, PrefixMapping pm, Function<String, String> href) {
        if (n.isBlank()) return "<span class=\"muted\">(blank node)</span>";
        if (n.isLiteral()) return esc(n.getLiteralLexicalForm());
        String label = d.label(n);
        String text = label != null ? label : pm.shortForm(n.getURI());
        return "<a href=\"" + esc(href.apply(n.getURI())) + "\" title=\"" + esc(n.getURI()) + "\">" + esc(text) + "</a>";
    }
}
