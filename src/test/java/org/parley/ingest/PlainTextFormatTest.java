package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.TextSpan;

/** Header, publisher and body rules for plain text, on made-up articles (not the seeds). */
class PlainTextFormatTest {
    private static final String PARA = "Officials from both countries met on Tuesday to discuss a ceasefire and the exchange of prisoners.";
    private static final String PARA2 = "No agreement was reached, but a second round is planned for next month in Geneva.";

    static Article txt(String text) throws BadInputException {
        Article a = ArticleReader.readText(ArticleReader.Format.TEXT, "key.txt", "dir/key.txt", text);
        Collected.assertWellFormed(a);
        return a;
    }

    @Test
    void keyAndSourceNameAreTheOnesGiven() throws Exception {
        Article a = txt(PARA);
        assertEquals("key.txt", a.key());
        assertEquals("dir/key.txt", a.sourceName());
        assertNull(a.url());
        assertEquals(java.util.List.of(new TextSpan(0, PARA.length())), a.body());
    }

    @Test
    void titleCaseFirstLineIsTheTitle() throws Exception {
        Article a = txt("Leaders Meet in Geneva as Ceasefire Hopes Fade\n" + PARA + "\n" + PARA2);
        assertEquals("Leaders Meet in Geneva as Ceasefire Hopes Fade", a.title());
        assertEquals(PARA + "\n" + PARA2, Collected.body(a));
    }

    @Test
    void shortSentenceCaseLineAboveABlankLineIsTheTitle() throws Exception {
        assertEquals("Leaders meet in Geneva", txt("Leaders meet in Geneva\n\n" + PARA).title());
    }

    @Test
    void linesThatReadAsSentencesAreNotTitles() throws Exception {
        assertNull(txt(PARA + "\n" + PARA2).title());
        assertNull(txt("Leaders met in Geneva.\n" + PARA).title(), "final period");
        assertNull(txt("Leaders met in Geneva, officials said\n" + PARA).title(), "sentence case without a blank line");
        assertNull(txt("Leaders Meet in Geneva").title(), "nothing follows");
        assertNull(txt("- Leaders Meet in Geneva\n" + PARA).title(), "list item");
    }

    @Test
    void titleMayEndWithAnAbbreviation() throws Exception {
        assertEquals("Envoys Head to Talks in the U.S.", txt("Envoys Head to Talks in the U.S.\n" + PARA).title());
    }

    @Test
    void mastheadIsThePublisherInTheTextsOwnSpelling() throws Exception {
        Article a = txt("DAILYWIRE\n\nLeaders Meet in Geneva\n" + PARA + "\nVisit dailywire.net or DailyWire's app. Dailywire.com\n");
        assertEquals("DailyWire", a.publisher());
        assertEquals("Leaders Meet in Geneva", a.title());
        assertTrue(Collected.body(a).startsWith(PARA));
    }

    @Test
    void mastheadWithoutMixedCaseSpellingIsCapitalisedOrKeptWhenShort() throws Exception {
        assertEquals("Newsdesk", txt("NEWSDESK\nLeaders Meet in Geneva\n" + PARA).publisher());
        assertEquals("BBC", txt("BBC\nLeaders Meet in Geneva\n" + PARA).publisher());
    }

    @Test
    void kickerIsAHeaderLineButNoPublisher() throws Exception {
        Article a = txt("BREAKING\nLeaders Meet in Geneva\n" + PARA);
        assertNull(a.publisher());
        assertEquals("Leaders Meet in Geneva", a.title());
        assertEquals(PARA, Collected.body(a));
    }

    @Test
    void dateLinesInTheHeaderAreRead() throws Exception {
        assertEquals(LocalDate.of(2025, 5, 15), txt("Leaders Meet in Geneva\nMay 15, 2025\n" + PARA).published());
        assertEquals(LocalDate.of(2025, 5, 15), txt("15 May 2025\n" + PARA).published());
        assertEquals(LocalDate.of(2025, 5, 15), txt("2025-05-15\nLeaders Meet in Geneva\n" + PARA).published());
        Article a = txt("Leaders Meet in Geneva\nPublished: 4/3/2025 10:15 AM\n" + PARA);
        assertEquals(LocalDate.of(2025, 4, 3), a.published(), "month first");
        assertEquals(LocalDate.of(2025, 3, 14), txt("14/3/2025\n" + PARA).published(), "day first when > 12");
        assertEquals(PARA, Collected.body(a));
    }

    @Test
    void datesFarFromTheTopOrInsideSentencesAreNotRead() throws Exception {
        assertNull(txt(PARA + "\n" + PARA2 + "\nMay 15, 2025").published());
        assertNull(txt("On May 15, 2025, officials met.\n" + PARA).published());
    }

    @Test
    void bylineIsAHeaderLine() throws Exception {
        Article a = txt("Leaders Meet in Geneva\nBy Anna Weber and Tom Ruiz\n" + PARA);
        assertEquals(PARA, Collected.body(a));
    }

    @Test
    void publisherFromStatedForms() throws Exception {
        assertEquals("Example Press", txt(PARA + "\nPublished by Example Press.").publisher());
        assertEquals("Reuters", txt("GENEVA (Reuters) - " + PARA).publisher());
        assertEquals("AP", txt("KYIV, Ukraine (AP) \u2014 " + PARA).publisher());
        assertEquals("Agence Example", txt(PARA + "\n\u2014 Agence Example").publisher());
        assertEquals("Example Media Group", txt(PARA + "\n\u00A9 2024-2025 Example Media Group. All rights reserved.").publisher());
    }

    @Test
    void namesInRunningTextAreNotPublishers() throws Exception {
        assertNull(txt("A diplomat told Reuters the talks were over. " + PARA).publisher());
        assertNull(txt(PARA + "\n- Reuters report on the talks").publisher(), "list item");
    }

    @Test
    void hardWrappedParagraphsAreOneRegion() throws Exception {
        String wrapped = "Officials from both countries met on Tuesday to discuss a\n"
                + "ceasefire and the exchange of prisoners, according to a\n"
                + "statement released by the host government late on Tuesday.\n"
                + "\n"
                + "No agreement was reached, but a second round is planned for\n"
                + "next month in Geneva, the statement said.";
        Article a = txt(wrapped);
        assertEquals(2, a.body().size());
        assertEquals(wrapped.substring(0, wrapped.indexOf("\n\n")), a.body().get(0).cover(a.text()));
    }

    @Test
    void longLinesAreParagraphsOfTheirOwn() throws Exception {
        assertEquals(2, txt(PARA + "\n" + PARA2).body().size());
    }

    @Test
    void listMarkersAreOutsideTheBody() throws Exception {
        Article a = txt(PARA + "\n- Prisoner exchange agreed in principle by both sides\n* Ceasefire talks continue next month");
        assertEquals(PARA + "\nPrisoner exchange agreed in principle by both sides\nCeasefire talks continue next month",
                Collected.body(a));
    }

    @Test
    void textThatIsOnlyBoilerplateIsAProblem() {
        BadInputException e = assertThrows(BadInputException.class, () -> txt("Share this article\n\u00A9 2025 Example"));
        assertTrue(e.getMessage().contains("no article content"), e.getMessage());
        assertThrows(BadInputException.class, () -> txt(" \n\u00A0\t\n"));
    }
}
