package org.parley.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publisher where the text states it in a recognisable form, and only there. In order of trust:
 * <ol>
 *   <li>a line "Published by X";</li>
 *   <li>an agency dateline at the start of one of the first three content lines: {@code KYIV (Reuters) -};</li>
 *   <li>a credit line that is only a dash and a name of at most four words: {@code — Reuters};</li>
 *   <li>the holder named in a copyright line: {@code © 2025 Example News. All rights reserved.}</li>
 * </ol>
 * A name mentioned in running text ("told Reuters") is never taken. The masthead rule lives in
 * {@link HeaderAnalyzer}.
 */
final class PublisherFinder {
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}&.'\u2019 -]{0,50}?";
    private static final Pattern PUBLISHED_BY = Pattern.compile(
            "published by\\s+(" + NAME + ")\\s*\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,40})?\\s*\\((" + NAME + ")\\)\\s*(?:[-\u2013\u2014]{1,2})\\s");
    private static final Pattern DASH_CREDIT = Pattern.compile("(?:[\u2013\u2014]|--)\\s*(" + NAME + ")");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:\u00A9|\\(c\\)|copyright)\\s*(?:\u00A9|\\(c\\))?\\s*(?:copyright\\s*)?(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?\\s*,?\\s*)?"
                    + "(" + NAME + ")\\s*[.,]?\\s*(?:all rights reserved.*)?",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_WORDS = 5;

    private PublisherFinder() {
    }

    static String find(List<Line> lines) {
        String found = firstMatch(lines, PUBLISHED_BY, false, Integer.MAX_VALUE, true);
        if (found == null)
            found = firstMatch(lines, DATELINE, true, 3, false);
        if (found == null)
            found = firstMatch(lines, DASH_CREDIT, false, Integer.MAX_VALUE, true);
        if (found == null)
            found = firstMatch(lines, COPYRIGHT, false, Integer.MAX_VALUE, true);
        return found;
    }

    private static String firstMatch(List<Line> lines, Pattern p, boolean contentOnly, int maxLines, boolean whole) {
        int seen = 0;
        for (Line line : lines) {
            if (line.isBlank() || line.listItem || (contentOnly && !line.isContent()))
                continue;
            if (seen++ >= maxLines)
                return null;
            Matcher m = p.matcher(line.content());
            if (whole ? m.matches() : m.lookingAt()) {
                String name = m.group(1).strip();
                if (name.toLowerCase(java.util.Locale.ROOT).startsWith("all rights"))
                    continue;
                if (!name.isEmpty() && name.split("\\s+").length <= MAX_NAME_WORDS)
                    return name;
            }
        }
        return null;
    }
}
