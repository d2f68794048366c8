package org.parley.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The base of a rule scanner over one sentence: its tokens and their words, read by index with an empty
 * string outside the sentence, so that rules can look before and after a token without bounds checks.
 */
public abstract class SentenceScan {
    protected final Sentence s;
    protected final List<Token> tk;
    protected final List<String> words;

    protected SentenceScan(Sentence s) {
        this.s = Objects.requireNonNull(s, "s");
        this.tk = s.tokens();
        this.words = tk.stream().map(Token::text).toList();
    }

    /** The word at {@code i}, or {@code ""} outside the sentence. */
    protected String w(int i) {
        return i >= 0 && i < tk.size() ? tk.get(i).text() : "";
    }

    /** The word at {@code i} in lower case, or {@code ""} outside the sentence. */
    protected String lw(int i) {
        return w(i).toLowerCase(Locale.ROOT);
    }

    /** The part-of-speech tag at {@code i}, or {@code ""} outside the sentence. */
    protected String pos(int i) {
        return i >= 0 && i < tk.size() ? tk.get(i).pos() : "";
    }
}
