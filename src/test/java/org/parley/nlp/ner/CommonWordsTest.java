package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommonWordsTest {

    private static NerSentence sentence(String text) {
        return new NerSentence(List.of(text.split(" ")), List.of());
    }

    @Test
    void aWordIsCommonWhenLowerCaseOutnumbersCapitalisedInsideSentences() {
        List<NerSentence> corpus = new ArrayList<>();
        for (int i = 0; i < 12; i++) corpus.add(sentence("they love their home ."));
        // "Home" capitalised inside sentences 4 times: 12 < 4 * 4, so "home" is not common
        for (int i = 0; i < 4; i++) corpus.add(sentence("she voted for Home Rule ."));
        // capitalised first in a sentence does not count against "love"
        for (int i = 0; i < 5; i++) corpus.add(sentence("Love won ."));
        Set<String> words = CommonWords.derive(corpus);
        assertTrue(words.contains("love"));
        assertTrue(words.contains("they"));
        assertFalse(words.contains("home"), words.toString());
        assertFalse(words.contains("won"), "seen 5 times only");
    }

    @Test
    void theShippedListHasOrdinaryWordsNotNames() {
        assertTrue(CommonWords.isCommon("Campaign"));
        assertTrue(CommonWords.isCommon("government"));
        assertFalse(CommonWords.isCommon("Bush"));
        assertFalse(CommonWords.isCommon("Congress"));
        assertEquals(false, CommonWords.isCommon("Baghdad"));
    }
}
