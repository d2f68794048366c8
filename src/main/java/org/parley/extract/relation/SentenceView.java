package org.parley.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parley.model.EntityRef;
import org.parley.model.EntityType;
import org.parley.model.ResolvedMention;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.Token;

/**
 * One sentence seen by the relation rules: its tokens, their lower-case forms, and the resolved mentions that lie in
 * it, placed on token positions.
 */
final class SentenceView {
    /** A resolved mention with the tokens {@code [start, end)} it covers. */
    record Ment(ResolvedMention resolved, int start, int end) {
        EntityRef entity() {
            return resolved.entity();
        }

        EntityType type() {
            return resolved.entity().type();
        }
    }

    final Sentence sentence;
    final List<Token> tokens;
    /** token texts for title matching: a prefix "ex-", "then-" or "former-" is cut off */
    final List<String> words;
    /** whether a token carried such a prefix */
    final boolean[] pastPrefix;
    final String[] lower;
    private final Ment[] at;
    final List<Ment> mentions;

    SentenceView(Sentence sentence, List<ResolvedMention> all) {
        this(sentence, all, (i, t) -> null);
    }

    /** Finds, for an uncovered token, a mention the name finder missed; see {@link RuleRelationExtractor}. */
    interface Backoff {
        ResolvedMention at(int sentenceIndex, Token token);
    }

    SentenceView(Sentence sentence, List<ResolvedMention> all, Backoff backoff) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        this.lower = new String[n];
        this.pastPrefix = new boolean[n];
        List<String> w = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i).text().replace('\u2019', '\'');
            lower[i] = t.toLowerCase(Locale.ROOT);
            String cut = t;
            for (String p : new String[]{"ex-", "then-", "former-"})
                if (lower[i].startsWith(p) && t.length() > p.length() + 1) {
                    cut = t.substring(p.length());
                    pastPrefix[i] = true;
                }
            w.add(cut);
        }
        this.words = List.copyOf(w);
        this.at = new Ment[n];
        List<Ment> ms = new ArrayList<>();
        for (ResolvedMention rm : all) {
            if (rm.mention().sentence() != sentence.index())
                continue;
            TextSpan s = rm.mention().span();
            int start = -1, end = -1;
            for (int i = 0; i < n; i++) {
                TextSpan ts = tokens.get(i).span();
                if (start < 0 && ts.begin() >= s.begin() && ts.begin() < s.end())
                    start = i;
                if (ts.end() <= s.end() && ts.begin() >= s.begin())
                    end = i + 1;
            }
            if (start < 0 || end <= start)
                continue;
            Ment m = new Ment(rm, start, end);
            ms.add(m);
            for (int i = start; i < end; i++)
                if (at[i] == null)
                    at[i] = m;
        }
        for (int i = 0; i < n; i++) {
            if (at[i] != null)
                continue;
            ResolvedMention extra = backoff.at(sentence.index(), tokens.get(i));
            if (extra != null) {
                Ment m = new Ment(extra, i, i + 1);
                ms.add(m);
                at[i] = m;
            }
        }
        ms.sort(java.util.Comparator.comparingInt(Ment::start));
        this.mentions = List.copyOf(ms);
    }

    int size() {
        return tokens.size();
    }

    /** The mention covering token {@code i}, or null (also for out-of-range {@code i}). */
    Ment at(int i) {
        return i < 0 || i >= at.length ? null : at[i];
    }

    /** The mention that starts exactly at token {@code i}, or null. */
    Ment startingAt(int i) {
        Ment m = at(i);
        return m != null && m.start() == i ? m : null;
    }

    /** The mention that ends exactly before token {@code i} (its last token is {@code i - 1}), or null. */
    Ment endingBefore(int i) {
        Ment m = at(i - 1);
        return m != null && m.end() == i ? m : null;
    }

    boolean is(int i, String... alternatives) {
        if (i < 0 || i >= lower.length)
            return false;
        for (String a : alternatives)
            if (lower[i].equals(a))
                return true;
        return false;
    }

    boolean isPossessive(int i) {
        return is(i, "'s", "'");
    }

    String pos(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).pos();
    }

    String lemma(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    boolean isPunct(int i) {
        return i >= 0 && i < tokens.size() && lower[i].chars().noneMatch(Character::isLetterOrDigit);
    }

    /** The character span of tokens {@code [from, to)}. */
    TextSpan span(int from, int to) {
        return sentence.spanOf(from, to);
    }
}
