package org.parley.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void wordClassesAreRead() {
        Lexicon lex = Lexicon.load();
        assertTrue(lex.has("past", "former"));
        assertTrue(lex.has("drop", "senior"));
        assertTrue(lex.has("affiliation-role", "fellow"));
        assertTrue(lex.has("rank", "deputy"));
        assertFalse(lex.has("past", "senior"));
        assertFalse(lex.has("no-such-class", "former"));
    }

    @Test
    void postsAreTitleCasedWithLowerCaseFunctionWords() {
        assertEquals("Foreign Ministry", RuleRelationExtractor.titleCase("foreign ministry"));
        assertEquals("Head of the Military Intelligence Agency",
                RuleRelationExtractor.titleCase("head of the military intelligence agency"));
    }
}
