package org.parley.rdf.doc;

/** Escaping for the XHTML Parley writes (pages must stay well-formed XML). */
public final class Html {
    private Html() {}

    /** Text or attribute value with {@code & < > " '} escaped and characters XML forbids dropped. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) sb.appendCodePoint(c);
                }
            }
        });
        return sb.toString();
    }

    /** The start of a page: doctype, XHTML namespace, title, a small style sheet. */
    public static String head(String title, String extraHead) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "<title>" + esc(title) + "</title>\n" + (extraHead == null ? "" : extraHead)
                + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
                + "code,.iri{font-family:ui-monospace,monospace;font-size:.9em;word-break:break-all}"
                + "table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.3rem;vertical-align:top;text-align:left}"
                + "mark{background:#ffe066}blockquote{margin:.3rem 0 .1rem 1rem}.muted{color:#666}"
                + "section.term{border-top:2px solid #eee;margin-top:1.5rem}</style>\n</head>\n<body>\n";
    }

    public static String foot() {
        return "</body>\n</html>\n";
    }
}
