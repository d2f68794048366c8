package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.Token;

class TextAnnotatorIT {
    static TextAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new TextAnnotator(OpenNlpModels.loadDefault(), NlpOptions.defaults());
    }

    private static List<String> words(AnnotatedArticle a) {
        return a.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void everyTokenAndSentenceOffsetPointsAtItsTextInEverySeed() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                AnnotatedArticle a = annotator.annotate(Article.of(f.toString(), f.toString(), text));
                assertTrue(a.sentences().size() > 5, f + " has sentences");
                assertEquals("eng", a.language(), f + " is English");
                for (Sentence s : a.sentences()) {
                    for (Token t : s.tokens()) assertEquals(t.text(), t.span().cover(text), f + " token at " + t.span());
                    assertTrue(s.span().contains(s.tokens().get(0).span()));
                }
            }
        }
    }

    @Test
    void typographicDashesSeparateWordsAndOffsetsStayExact() {
        String text = "Despite some symbolic progress—most notably a swap—the talks stalled.";
        AnnotatedArticle a = annotator.annotate(Article.of("k", "s", text));
        List<String> w = words(a);
        assertTrue(w.contains("progress") && w.contains("most"), w.toString());
        assertTrue(w.contains("swap") && w.contains("the"), w.toString());
    }

    @Test
    void possessivesAndCurlyApostrophesSplitLikePlainOnes() {
        AnnotatedArticle a = annotator.annotate(Article.of("k", "s", "This aligns with Trump’s push and Russia's demands."));
        List<String> w = words(a);
        assertTrue(w.contains("Trump") && w.contains("’s"), w.toString());
        assertTrue(w.contains("Russia") && w.contains("'s"), w.toString());
    }

    @Test
    void initialismsDoNotEndTheSentenceBeforeATitle() {
        AnnotatedArticle a = annotator.annotate(Article.of("k", "s",
                "This development aligns with former U.S. President Donald Trump's push for peace. The talks ended."));
        assertEquals(2, a.sentences().size(), a.sentences().toString());
    }

    @Test
    void tagsProperNounsAndLemmas() {
        AnnotatedArticle a = annotator.annotate(Article.of("k", "s", "Ukraine rejected the demands of Russia."));
        Token ukraine = a.sentences().get(0).tokens().get(0);
        assertEquals("PROPN", ukraine.pos());
        Token demands = a.sentences().get(0).tokens().stream().filter(t -> t.text().equals("demands")).findFirst().orElseThrow();
        assertEquals("demand", demands.lemma());
    }

    @Test
    void onlyBodyRegionsAreProcessed() {
        String text = "Share this article on Facebook\nKyiv rejected the plan.\n© 2025 Example News";
        int b = text.indexOf("Kyiv"), e = text.indexOf("plan.") + 5;
        Article art = new Article("k", "s", null, null, null, null, text, List.of(new TextSpan(b, e)));
        List<String> w = words(annotator.annotate(art));
        assertEquals(List.of("Kyiv", "rejected", "the", "plan", "."), w);
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aMegabyteLineWithoutSentenceBreaksIsCutIntoBoundedSentences() {
        String text = "word ".repeat(200_000);
        AnnotatedArticle a = annotator.annotate(Article.of("k", "s", text));
        assertEquals(200_000, a.tokenCount());
        assertTrue(a.sentences().stream().allMatch(s -> s.tokens().size() <= NlpOptions.defaults().maxTokensPerSentence()
                && s.span().length() <= NlpOptions.defaults().maxSentenceChars()));
    }

    @Test
    void detectsNonEnglish() {
        String german = "Die Verhandlungen zwischen der Ukraine und Russland in Istanbul sind ohne greifbare Ergebnisse "
                + "zu Ende gegangen. Beide Seiten vereinbarten jedoch einen Austausch von Gefangenen.";
        assertEquals("deu", annotator.detectLanguage(Article.of("k", "s", german)));
    }

    /** Every sample article is English from its first 700 characters on: the detector reads no further. */
    @Test
    void aSureFirstSampleDecidesTheLanguage() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.sorted().toList()) {
                TextAnnotator.LanguageGuess g = annotator.guessLanguage(Article.of(f.toString(), f.toString(), Files.readString(f)));
                assertEquals(new TextAnnotator.LanguageGuess("eng", TextAnnotator.FIRST_SAMPLE_CHARS), g, f.toString());
            }
        }
    }

    /** A start the detector is unsure of (a timetable) is read on, up to the sample size, and the German after it decides. */
    @Test
    void anUnsureFirstSampleIsReadFurther() {
        StringBuilder timetable = new StringBuilder();
        while (timetable.length() < TextAnnotator.FIRST_SAMPLE_CHARS) {
            timetable.append("Istanbul 16.05.2025 | Kyiv 12:30 | Moskau 14:10 | Ankara 15:45 | Berlin 09:00 | Paris 10:15 | ");
        }
        String german = "Die Gespräche zwischen den Delegationen der Ukraine und Russlands in Istanbul endeten am Freitag nach "
                + "weniger als zwei Stunden. Beide Seiten einigten sich auf einen Austausch von jeweils tausend Kriegsgefangenen, "
                + "der größte seit Beginn des Krieges. Über eine Waffenruhe wurde dagegen keine Einigung erzielt. Der ukrainische "
                + "Verteidigungsminister, der die Delegation aus Kiew leitete, sagte nach dem Treffen, man habe auch über ein "
                + "mögliches Treffen der beiden Präsidenten gesprochen. Die russische Seite verlangte nach Angaben aus Kiew den "
                + "Rückzug ukrainischer Truppen aus Gebieten, die Moskau für sich beansprucht. Der türkische Außenminister, der "
                + "die Gespräche eröffnet hatte, sprach von einem wichtigen ersten Schritt. Beobachter in Berlin und Brüssel "
                + "äußerten sich zurückhaltend. Sie verwiesen darauf, dass frühere Vereinbarungen über humanitäre Fragen oft nur "
                + "teilweise umgesetzt worden seien. Die Vereinigten Staaten hatten vor dem Treffen angekündigt, nur auf "
                + "niedriger Ebene vertreten zu sein. Ob es eine zweite Gesprächsrunde geben wird, blieb zunächst offen.";
        TextAnnotator.LanguageGuess g = annotator.guessLanguage(Article.of("k", "s", timetable + "\n\n" + german));
        assertEquals("deu", g.language());
        assertTrue(g.charsRead() > TextAnnotator.FIRST_SAMPLE_CHARS + 1_000, "read on past the first sample: " + g.charsRead());
        // the German alone is decided by its first sample
        assertEquals(new TextAnnotator.LanguageGuess("deu", TextAnnotator.FIRST_SAMPLE_CHARS),
                annotator.guessLanguage(Article.of("k", "s", german)));
    }

    @Test
    void aLanguageTheCallerDetectedIsTakenAsItIsAndNullDetectsIt() {
        String german = "Die Verhandlungen zwischen der Ukraine und Russland in Istanbul sind ohne greifbare Ergebnisse "
                + "zu Ende gegangen. Beide Seiten vereinbarten jedoch einen Austausch von Gefangenen.";
        Article a = Article.of("k", "s", german);
        assertEquals("deu", annotator.annotate(a, null).language());
        AnnotatedArticle given = annotator.annotate(a, "xyz");
        assertEquals("xyz", given.language(), "the language passed in is not detected again");
        assertEquals(annotator.annotate(a).sentences(), given.sentences());
    }
}
