package org.parley.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Article;
import org.parley.model.TextSpan;

/**
 * An article under construction: the lines a format reader produced, with whatever metadata the format
 * stated explicitly. {@link #toArticle} runs the shared analysis and builds the {@link Article}.
 */
final class Draft {
    final List<Line> lines = new ArrayList<>();
    String url;
    String title;
    String publisher;
    LocalDate published;
    /**
     * Whether consecutive content lines belong to one paragraph (hard-wrapped plain text), so that a body
     * region spans them all; otherwise every content line is its own region.
     */
    boolean wrapped;

    /** Splits normalised plain text into lines (the text is the lines joined by {@code '\n'}). */
    static Draft ofPlainText(String normalised) {
        Draft d = new Draft();
        for (String s : normalised.split("\n", -1))
            d.lines.add(Line.of(s));
        d.wrapped = looksHardWrapped(d.lines);
        return d;
    }

    /**
     * Runs header analysis, boilerplate classification and publisher finding, then joins the lines into the
     * article text and collects the body regions.
     *
     * @param fallbackKey the key when the draft has no URL
     * @throws BadInputException when no content is left
     */
    Article toArticle(String fallbackKey, String sourceName) throws BadInputException {
        HeaderAnalyzer.analyze(this);
        Boilerplate.classify(lines);
        if (publisher == null)
            publisher = PublisherFinder.find(lines);
        Boilerplate.trimTail(lines, publisher);

        StringBuilder text = new StringBuilder();
        List<TextSpan> body = new ArrayList<>();
        int lastContentLine = -2;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i > 0)
                text.append('\n');
            int start = text.length();
            text.append(line.text);
            if (!line.isContent())
                continue;
            int begin = start + line.contentStart;
            int end = start + line.text.stripTrailing().length();
            if (wrapped && lastContentLine == i - 1 && !line.listItem)
                body.set(body.size() - 1, new TextSpan(body.get(body.size() - 1).begin(), end));
            else
                body.add(new TextSpan(begin, end));
            lastContentLine = i;
        }
        if (body.isEmpty())
            throw new BadInputException("no article content found (only headings or boilerplate)");
        String cleanUrl = absoluteUrl(url);
        return new Article(cleanUrl != null ? cleanUrl : fallbackKey, sourceName, cleanUrl,
                TextNormalizer.oneLine(title), TextNormalizer.oneLine(publisher), published, text.toString(), body);
    }

    /**
     * Plain text is hard-wrapped when its longest line is at most 100 characters and at least three lines
     * are 50 characters or longer, so that consecutive lines continue one paragraph.
     */
    static boolean looksHardWrapped(List<Line> lines) {
        int longest = 0;
        int longish = 0;
        for (Line l : lines) {
            int len = l.text.strip().length();
            longest = Math.max(longest, len);
            if (len >= 50)
                longish++;
        }
        return longest <= 100 && longish >= 3;
    }

    /** The URL when it is an absolute http(s) address, else {@code null}. */
    static String absoluteUrl(String url) {
        if (url == null || url.isBlank())
            return null;
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null)
                return null;
            scheme = scheme.toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? u : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
