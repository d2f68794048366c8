package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

import org.parley.model.TextSpan;

/**
 * Repairs two habits of the English models on news text: sentence breaks after abbreviations
 * ("former U.S. | President Donald Trump") and possessive {@code 's} left on the word ("Trump's").
 */
final class SentenceRepair {
    private SentenceRepair() {}

    /** Abbreviations that are practically never the end of a sentence: titles and the like. */
    private static final Pattern TITLE_ABBREVIATION = Pattern.compile(
            "(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Brig|Prof|Rev|Hon|Amb|Pres|St|Ft|Mt|"
                    + "Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|approx|est)\\.$");
    /** Initialisms written with stops: U.S., U.K., U.N., E.U. */
    private static final Pattern INITIALISM = Pattern.compile("(?:^|[\\s(])(?:[A-Z]\\.){2,}$");
    /** Words that usually start a new sentence, so a break after an initialism before them is kept. */
    private static final Set<String> SENTENCE_STARTERS = Set.of("The", "This", "That", "These", "Those", "It", "Its",
            "He", "She", "They", "We", "I", "You", "But", "And", "Yet", "So", "In", "On", "At", "A", "An", "As", "If",
            "However", "Meanwhile", "Still", "Despite", "While", "When", "After", "Before", "There", "Their", "His",
            "Her", "Our", "Some", "Many", "Most", "Both", "Such", "For", "Since", "Although", "Though", "Earlier",
            "Later", "Now", "Then", "What", "Why", "How", "Who", "Where", "Also", "Analysts", "Officials");

    static List<TextSpan> mergeAfterAbbreviations(String text, List<TextSpan> sentences) {
        if (sentences.size() < 2) return sentences;
        List<TextSpan> out = new ArrayList<>(sentences.size());
        TextSpan current = sentences.get(0);
        for (int i = 1; i < sentences.size(); i++) {
            TextSpan next = sentences.get(i);
            if (continues(text, current, next)) {
                current = new TextSpan(current.begin(), next.end());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out;
    }

    private static boolean continues(String text, TextSpan sentence, TextSpan next) {
        String tail = text.substring(Math.max(sentence.begin(), sentence.end() - 12), sentence.end());
        if (TITLE_ABBREVIATION.matcher(tail).find()) return true;
        if (!INITIALISM.matcher(tail).find()) return false;
        String first = firstWord(text, next);
        return !first.isEmpty() && !SENTENCE_STARTERS.contains(first);
    }

    private static String firstWord(String text, TextSpan s) {
        int i = s.begin();
        while (i < s.end() && Character.isLetter(text.charAt(i))) i++;
        return text.substring(s.begin(), i);
    }

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:[A-Za-z]\\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|Inc|Corp|Ltd|Co|etc|vs)\\.");

    private static boolean isAbbreviation(String word) {
        return ABBREVIATION.matcher(word).matches();
    }

    /**
     * Splits a sentence-final full stop left on the last word, and {@code 's} and the plural possessive apostrophe off the word they end, as the Penn Treebank
     * convention does; spans are relative to the sentence, which starts at {@code offset} in {@code text}.
     */
    static Span[] splitPossessives(String text, int offset, Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length + 4);
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            int b = offset + t.getStart(), e = offset + t.getEnd();
            int len = e - b;
            if (i == tokens.length - 1 && len > 1 && text.charAt(e - 1) == '.' && Character.isLetter(text.charAt(e - 2))
                    && !isAbbreviation(text.substring(b, e))) {
                // the sentence's full stop, left on its last word ("Umerov.")
                out.add(new Span(t.getStart(), t.getEnd() - 1));
                out.add(new Span(t.getEnd() - 1, t.getEnd()));
            } else if (len > 2 && text.charAt(e - 2) == '\'' && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                    && Character.isLetterOrDigit(text.charAt(e - 3))) {
                out.add(new Span(t.getStart(), t.getEnd() - 2));
                out.add(new Span(t.getEnd() - 2, t.getEnd()));
            } else if (len > 2 && text.charAt(e - 1) == '\'' && text.charAt(e - 2) == 's' && Character.isLetter(text.charAt(b))) {
                out.add(new Span(t.getStart(), t.getEnd() - 1));
                out.add(new Span(t.getEnd() - 1, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out.toArray(new Span[0]);
    }
}
