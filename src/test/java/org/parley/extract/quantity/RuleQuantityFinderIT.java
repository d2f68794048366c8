package org.parley.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.extract.time.Texts;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Quantity;

/** The quantity rules on real text: the seed articles and sentences of Voice of America news. */
class RuleQuantityFinderIT {
    static final RuleQuantityFinder FINDER = new RuleQuantityFinder();
    static List<AnnotatedArticle> seeds;
    static Map<Integer, String> voa;

    @BeforeAll
    static void load() {
        seeds = Texts.seeds();
        voa = Texts.voa(Set.of(70, 91, 124, 168, 196, 221, 277, 544, 690, 1743, 1883, 1896, 2314, 3170, 3717, 3770,
                3983, 4303, 4307, 4683, 4741, 7462, 8543, 32598));
    }

    /** "text=value unit[/per]" for each quantity. */
    static List<String> quantities(AnnotatedArticle a) {
        List<Quantity> found = FINDER.find(a);
        for (Quantity q : found) assertEquals(q.text(), q.span().cover(a.article().text()), "span covers text");
        return found.stream().map(q -> q.text() + "=" + q.value() + " " + q.unit() + (q.per() == null ? "" : "/" + q.per()))
                .toList();
    }

    static List<String> voa(int sentence) {
        return quantities(Texts.sentence(voa.get(sentence), null));
    }

    static List<String> of(String text) {
        return quantities(Texts.sentence(text, null));
    }

    @Test
    void seedQuantities() {
        assertEquals(List.of("two nations=2 nation", "three years=3 year", "1,000 individuals from each side=1000 individual/side",
                "5,000 soldiers=5000 soldier/week", "nine people=9 people", "seven=7 count"), quantities(seeds.get(0)));
        assertEquals(List.of("three years=3 year", "two sides=2 side", "1,000-by-1,000 prisoner=1000 prisoner/side",
                "30-day=30 day"), quantities(seeds.get(1)));
        assertEquals(List.of("two sides=2 side", "1,000 individuals=1000 individual", "two adversaries=2 adversary",
                "30-day=30 day", "four regions=4 region", "four major EU countries=4 country"), quantities(seeds.get(2)));
        assertEquals(List.of("three years=3 year", "two points=2 point", "30-day=30 day", "1,000 for 1,000=1000 count/side"),
                quantities(seeds.get(3)));
        // 004: years (2019, 2022, 2023) and the date line are times, not quantities
        assertEquals(List.of("three-year=3 year", "30-day=30 day", "two nations=2 nation"), quantities(seeds.get(4)));
    }

    @Test
    void countsOfPeopleInVoaNews() {
        assertEquals(List.of("200 people=200 people"), voa(91), "the 2002 Bali bombings: the year is no count");
        assertEquals(List.of("227 people=227 people"), voa(124), "since 2003 is a time");
        assertEquals(List.of("two people=2 people", "11 others=11 other"), voa(1743));
        assertEquals(List.of("three people=3 people", "15 others=15 other"), voa(3717));
        assertEquals(List.of("seven rebels=7 rebel"), voa(3770));
        assertEquals(List.of("nine policemen=9 policeman"), voa(7462));
        assertEquals(List.of("seven civilians=7 civilian"), voa(8543));
        assertEquals(List.of("six people=6 people", "a dozen others=12 other"), voa(3170));
        assertEquals(List.of("a dozen journalists=12 journalist"), voa(1896));
        assertEquals(List.of("50 fighters=50 fighter", "a dozen car bombs=12 bomb"), voa(4683));
        assertEquals(List.of("1,000 civilian volunteers=1000 volunteer", "30-day=30 day"), voa(690));
        assertEquals(List.of("three members=3 member", "21 economies=21 economy"), voa(70));
    }

    @Test
    void durationsMoneyAndRates() {
        assertEquals(List.of("10-day=10 day"), voa(2314));
        assertEquals(List.of("three-day=3 day"), voa(4741));
        assertEquals(List.of("nine months=9 month"), voa(1883), "March 31, 1948 is a date");
        assertEquals(List.of("$570 million=570000000 dollar"), voa(168));
        assertEquals(List.of("$520 million=520000000 dollar", "seven=7 country"), voa(196));
        assertEquals(List.of("2.5 million barrels=2500000 barrel/day"), voa(3983), "per day across 'of oil'");
        assertEquals(List.of("28 million barrels per day=28000000 barrel/day"), voa(4303));
        assertEquals(List.of("50,000 barrel per day=50000 barrel/day"), voa(4307));
        assertEquals(List.of("two hundred=200 seat", "five hundred seats=500 seat"), voa(32598));
    }

    @Test
    void percentagesAndFractionsAreNoQuantities() {
        assertEquals(List.of(), voa(221), "50 percent");
        assertEquals(List.of(), voa(544), "three-tenths of a percent, 7.5 percent");
        assertEquals(List.of("three months=3 month"), voa(277), "4.6 percent is left out");
    }

    @Test
    void numbersWithoutANounAndDistributions() {
        assertEquals(List.of("nine=9 count", "seven=7 count", "Nine=9 count"),
                of("The strike killed nine and injured seven. Nine were killed."));
        assertEquals(List.of("1,000 Ukrainian prisoners each=1000 prisoner/side", "390 on each side=390 count/side",
                "5,000 soldiers weekly=5000 soldier/week", "40 trucks a day=40 truck/day", "1.2 billion people=1200000000 people"),
                of("Russia freed 1,000 Ukrainian prisoners each, and 390 on each side; it lost 5,000 soldiers weekly "
                        + "and 40 trucks a day in a land of 1.2 billion people."));
        assertEquals(List.of("1,000 more troops=1000 troop", "two dozen=24 count"),
                of("The army sent 1,000 more troops; a bomb killed 15 people and wounded two dozen more north of the city."
                        .replace("15 people and ", "")));
        assertEquals(List.of(), of("The 2019-nCoV virus spread on the 17th and the first case came in 2020."));
    }
}
