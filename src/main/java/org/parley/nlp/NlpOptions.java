package org.parley.nlp;

/**
 * Limits that keep language processing bounded on pathological input.
 *
 * @param maxSentenceChars a sentence longer than this is cut into pieces of at most this many characters
 *                         (at whitespace where possible)
 * @param maxTokensPerSentence a sentence with more tokens is split into chunks of this many tokens
 * @param languageSampleChars how much text the language detector reads
 */
public record NlpOptions(int maxSentenceChars, int maxTokensPerSentence, int languageSampleChars) {
    public NlpOptions {
        if (maxSentenceChars < 50) throw new IllegalArgumentException("maxSentenceChars < 50: " + maxSentenceChars);
        if (maxTokensPerSentence < 10) throw new IllegalArgumentException("maxTokensPerSentence < 10: " + maxTokensPerSentence);
        if (languageSampleChars < 20) throw new IllegalArgumentException("languageSampleChars < 20: " + languageSampleChars);
    }

    public static NlpOptions defaults() {
        return new NlpOptions(2_000, 200, 2_000);
    }
}
