package org.parley.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.model.AnnotatedArticle;
import org.parley.model.TimeExpression;

/**
 * The time rules on real text: the seed articles (as read, with the publication date the reader finds) and
 * sentences of Voice of America news. The VOA sentences carry no date; where a test needs one it is an
 * arbitrary Wednesday, 15 March 2006, and the expected values follow from the calendar.
 */
class RuleTimeFinderIT {
    static final LocalDate WEDNESDAY = LocalDate.of(2006, 3, 15);
    static final RuleTimeFinder FINDER = new RuleTimeFinder();
    static List<AnnotatedArticle> seeds;
    static Map<Integer, String> voa;

    @BeforeAll
    static void load() {
        seeds = Texts.seeds();
        voa = Texts.voa(Set.of(7, 33, 45, 51, 89, 91, 106, 165, 192, 267, 275, 399, 690, 837, 997, 1412, 1883, 3342,
                3864, 4124, 4428, 4454, 4693, 5059, 5450, 6507, 7998));
    }

    /** "text=value/GRANULARITY" for each expression, with "~" before the value when it is relative. */
    static List<String> render(List<TimeExpression> times) {
        return times.stream().map(t -> t.text() + "=" + (t.relative() ? "~" : "") + t.value() + "/" + t.granularity()).toList();
    }

    static List<String> times(AnnotatedArticle a) {
        List<TimeExpression> found = FINDER.find(a);
        for (TimeExpression t : found) assertEquals(t.text(), t.span().cover(a.article().text()), "span covers text");
        return render(found);
    }

    static List<String> voa(int sentence, LocalDate published) {
        return times(Texts.sentence(voa.get(sentence), published));
    }

    @Test
    void seedDatesAreTheDatesTheArticlesGive() {
        assertEquals(List.of("May 17, 2025=2025-05-17/DAY", "2014=2014/YEAR", "February 2025=2025-02/MONTH",
                "March 2, 2025=2025-03-02/DAY", "May 17, 2025=2025-05-17/DAY"), times(seeds.get(0)));
        assertEquals(List.of("16 May 2025=2025-05-16/DAY"), times(seeds.get(1)));
        // 002 and 003 have no publication date: "May 12", "Just days earlier", "on Friday", "Earlier this month" are left out
        assertEquals(List.of(), times(seeds.get(2)));
        assertEquals(List.of("2022=2022/YEAR"), times(seeds.get(3)));
    }

    @Test
    void seed004ResolvesWeekdaysAgainstItsPublicationDate() {
        AnnotatedArticle a = seeds.get(4);
        assertEquals(LocalDate.of(2025, 5, 15), a.article().published(), "date line 5/15/2025");
        // "are set to convene in Istanbul, Turkey, on Thursday": planned, and 15 May 2025 is itself a Thursday
        assertEquals(List.of("on Thursday=~2025-05-15/DAY", "March 2022=2022-03/MONTH", "2022=2022/YEAR",
                "2023=2023/YEAR", "2022=2022/YEAR", "2019=2019/YEAR", "today=~2025-05-15/DAY",
                "tomorrow=~2025-05-16/DAY", "Friday=~2025-05-16/DAY"), times(a));
    }

    @Test
    void absoluteDatesInVoaNews() {
        assertEquals(List.of("November 9, 1989=1989-11-09/DAY"), voa(997, null));
        assertEquals(List.of("Tuesday=~2006-03-14/DAY", "September 11, 2001=2001-09-11/DAY"), voa(1412, WEDNESDAY));
        assertEquals(List.of("March 31, 1948=1948-03-31/DAY"), voa(1883, null));
        assertEquals(List.of("1 January 2010=2010-01-01/DAY"), voa(4454, null));
        assertEquals(List.of("February 2004=2004-02/MONTH"), voa(3864, null));
        assertEquals(List.of("February 2002=2002-02/MONTH"), voa(4428, null));
    }

    @Test
    void yearsInContextAndRanges() {
        assertEquals(List.of("2001=2001/YEAR"), voa(51, null));
        assertEquals(List.of("1990=1990/YEAR", "2000=2000/YEAR"), voa(399, null), "from 1990 to 2000");
        // "last month's attacks ... as well as the 2002 Bali bombings that killed more than 200 people"
        assertEquals(List.of("last month=~2006-02/MONTH", "2002=2002/YEAR"), voa(91, WEDNESDAY));
        // decades are not years
        assertEquals(List.of(), voa(4124, null));
    }

    @Test
    void relativeExpressionsNeedAPublicationDate() {
        assertEquals(List.of(), voa(192, null));
        assertEquals(List.of("earlier this month=~2006-03/MONTH"), voa(192, WEDNESDAY));
        assertEquals(List.of("today=~2006-03-15/DAY"), voa(7, WEDNESDAY));
        assertEquals(List.of("last year=~2005/YEAR"), voa(45, WEDNESDAY));
        assertEquals(List.of("earlier this year=~2006/YEAR"), voa(275, WEDNESDAY));
        // the week of 13-19 March 2006 lies in March: a week becomes the month that holds it
        assertEquals(List.of("last week=~2006-03/MONTH"), voa(89, WEDNESDAY));
        assertEquals(List.of("on Wednesday=~2006-03-15/DAY", "earlier this week=~2006-03/MONTH"), voa(267, WEDNESDAY));
        // "three days ago" is computable, "a few days ago" is not
        assertEquals(List.of("three days ago=~2006-03-12/DAY"), voa(7998, WEDNESDAY));
        assertEquals(List.of(), voa(106, WEDNESDAY));
        // a month and day without a year take the publication year
        assertEquals(List.of("December 12=~2006-12-12/DAY"), voa(5450, WEDNESDAY));
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        // future: "will make his first official visit to Iran on Monday"
        assertEquals(List.of("on Monday=~2006-03-20/DAY"), voa(4693, WEDNESDAY));
        // "are expected to converge on the city of Tombstone Friday"
        assertEquals(List.of("Friday=~2006-03-17/DAY"), voa(690, WEDNESDAY));
        // future: "In Saturday's elections, voters will cast ballots"
        assertEquals(List.of("Saturday=~2006-03-18/DAY"), voa(33, WEDNESDAY));
        // past: "said his Hamas-led government will not recognize Israel" is said on the last Sunday
        assertEquals(List.of("On Sunday=~2006-03-12/DAY"), voa(165, WEDNESDAY));
        // both in one sentence: "will be Wednesday, though ... people celebrated it on Tuesday"
        assertEquals(List.of("Wednesday=~2006-03-15/DAY", "on Tuesday=~2006-03-14/DAY"), voa(3342, WEDNESDAY));
        // past on both: "troops Thursday said they killed several militants in an operation on Wednesday"
        assertEquals(List.of("Thursday=~2006-03-09/DAY", "on Wednesday=~2006-03-15/DAY"), voa(5059, WEDNESDAY));
        assertEquals(List.of("on Wednesday=~2006-03-15/DAY"), voa(6507, WEDNESDAY));
        // "News reports Saturday quote an unnamed Iranian official as saying a delegation will visit on August 6":
        // a present-tense verb of reporting speaks of the past; a month and day take the publication year
        assertEquals(List.of("Saturday=~2006-03-11/DAY", "August 6=~2006-08-06/DAY"), voa(837, WEDNESDAY));
    }

    @Test
    void numbersThatAreNoYears() {
        String text = "Over 1,000 people and 5,000 soldiers joined a 30-day truce on the 17th, when 2019-nCoV spread "
                + "and prices rose 2000 percent; in 2000 soldiers' graves, room 2015 stayed shut.";
        assertEquals(List.of(), times(Texts.sentence(text, WEDNESDAY)));
    }

    @Test
    void lastAndNextAndAgo() {
        AnnotatedArticle a = Texts.sentence("The minister visited Kabul last Friday and will return next Monday. "
                + "The talks ended yesterday, two weeks ago the army withdrew, and a vote is due tomorrow. "
                + "The budget of next year was agreed last month; prices fell a year ago.", WEDNESDAY);
        assertEquals(List.of("last Friday=~2006-03-10/DAY", "next Monday=~2006-03-20/DAY", "yesterday=~2006-03-14/DAY",
                "two weeks ago=~2006-03-01/DAY", "tomorrow=~2006-03-16/DAY", "next year=~2007/YEAR",
                "last month=~2006-02/MONTH", "a year ago=~2005/YEAR"), times(a));
        assertTrue(FINDER.find(Texts.sentence("The minister visited Kabul last Friday.", null)).isEmpty());
    }

    @Test
    void agesBeforeTheYearOneThousandAreNoDates() {
        // a real VOA-style sentence shape; a date of "year 6" cannot be written as ISO 8601 with four digits
        assertEquals(List.of(), times(Texts.sentence("The temple was built 2,000 years ago by local kings.", WEDNESDAY)));
    }
}
