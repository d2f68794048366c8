package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class BoilerplateTest {
    private static final String PARA = "Officials from both countries met on Tuesday to discuss a ceasefire and the exchange of prisoners.";

    private static boolean boilerplate(String line) {
        return Boilerplate.isBoilerplateLine(Line.of(line));
    }

    @Test
    void widgetLines() {
        for (String s : List.of("Share", "Share this article", "SHARE ON FACEBOOK", "Share | Tweet | Email",
                "Like", "12 Likes", "0 Comments", "Comments (3)", "Leave a comment", "What\u2019s Your Reaction?",
                "Reactions", "Advertisement", "Skip to content", "Read more \u00BB", "4 min read", "Print \u00B7 Email",
                "Sign up"))
            assertTrue(boilerplate(s), s);
    }

    @Test
    void linesWithoutLettersAreBoilerplate() {
        for (String s : List.of("\uD83D\uDC4D 12  \uD83D\uDE02 3  \uD83D\uDE2E 0", "***", "- - -", "42"))
            assertTrue(boilerplate(s), s);
    }

    @Test
    void callsToActionAndCopyrightInShortLines() {
        for (String s : List.of("Enjoying the read? Follow us on Bluesky or Twitter for daily updates.",
                "Have thoughts or corrections? Email us", "Subscribe to our newsletter for the latest updates",
                "\u00A9 2025 Example News", "Copyright 2025 Example News Ltd.", "(c) 2025 Example",
                "All Rights Reserved", "Read more: Ceasefire talks stall in Geneva", "Related: Earlier talks",
                "Photo: Jane Doe/Example Agency", "Tags: diplomacy, Ukraine", "Reporting by Anna Weber; Editing by Tom Ruiz"))
            assertTrue(boilerplate(s), s);
    }

    @Test
    void ordinaryContentIsNotBoilerplate() {
        for (String s : List.of(PARA, "Like many diplomats, he was sceptical of the talks.", "Comments from the ministry followed.",
                "The share of imports fell.", "Related talks in Geneva failed.", "Reporters followed us on the way out, he said.",
                "Ceasefire demands"))
            assertFalse(boilerplate(s), s);
    }

    @Test
    void callToActionInsideALongParagraphIsContent() {
        String longQuote = "The minister told reporters that the government would \"email us the proposal\" within a week, "
                + "a step that officials in both capitals described as a sign that talks could resume before the summer, "
                + "although no date has been set and several earlier promises were not kept by either side in the past.";
        assertFalse(boilerplate(longQuote));
    }

    private static Article txt(String s) throws BadInputException {
        return PlainTextFormatTest.txt(s);
    }

    @Test
    void relatedHeadingAndItsLinkListAreBoilerplate() throws Exception {
        Article a = txt(PARA + "\n\nRelated stories\nTalks stall over prisoner lists\nWhat the ceasefire plan says\n\n" + PARA.replace("Tuesday", "Friday"));
        assertEquals(PARA + "\n" + PARA.replace("Tuesday", "Friday"), Collected.body(a));
    }

    @Test
    void trailingSourcesSectionIsBoilerplate() throws Exception {
        Article a = txt(PARA + "\nReferences:\n1. Ministry statement, 16 May 2025\n2. https://example.org/statement\n");
        assertEquals(PARA, Collected.body(a));
        assertTrue(a.text().contains("https://example.org/statement"));
    }

    @Test
    void sourcesHeadingFollowedByProseStaysContent() throws Exception {
        String prose = "Intelligence officials would not say how they learned of the plan, and several of them declined to be named because they were not authorised to speak to the press about it.";
        Article a = txt(PARA + "\nSources\n" + prose);
        assertEquals(PARA + "\nSources\n" + prose, Collected.body(a));
    }

    @Test
    void publisherBlurbAtTheEndIsBoilerplate() throws Exception {
        String blurb = "ExampleWire is an independent outlet. We publish daily and our readers trust us.";
        Article a = txt("EXAMPLEWIRE\n" + PARA + "\n" + blurb);
        assertEquals(PARA, Collected.body(a));
        String domainBlurb = "Example.org brings you the news. We thank our readers.";
        assertEquals(PARA, Collected.body(txt(PARA + "\n" + domainBlurb)));
        assertEquals(PARA, Collected.body(txt(PARA + "\nThis article was originally published by Example Review.")));
    }

    @Test
    void firstPersonQuotesInTheMiddleAreContent() throws Exception {
        String quote = "\"We want our soldiers home,\" the ExampleWire was told by a minister who asked us not to name him.";
        Article a = txt("EXAMPLEWIRE\n" + quote + "\n" + PARA);
        assertEquals(quote + "\n" + PARA, Collected.body(a));
    }
}
