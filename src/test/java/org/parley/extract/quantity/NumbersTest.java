package org.parley.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class NumbersTest {
    private static Numbers.Reading read(String words) {
        return Numbers.read(Arrays.asList(words.split(" ")), 0);
    }

    @Test
    void digitsWithSeparatorsAndDecimals() {
        assertEquals(new BigDecimal("1000"), Numbers.digits("1,000"));
        assertEquals(new BigDecimal("1234567"), Numbers.digits("1,234,567"));
        assertEquals(new BigDecimal("2.5"), Numbers.digits("2.5"));
        assertNull(Numbers.digits("17th"));
        assertNull(Numbers.digits("1,00"));
        assertNull(Numbers.digits("2019-nCoV"));
        assertNull(Numbers.digits("30-day"));
    }

    @Test
    void numberWords() {
        assertEquals(9, Numbers.word("nine"));
        assertEquals(9, Numbers.word("Nine"));
        assertEquals(25, Numbers.word("twenty-five"));
        assertEquals(-1, Numbers.word("first"));
        assertEquals(-1, Numbers.word("twenty-first"));
    }

    @Test
    void readsScalesAndCompounds() {
        assertEquals(2_500_000L, read("2.5 million barrels").whole().getAsLong());
        assertEquals(2, read("2.5 million barrels").length());
        assertEquals(1_200_000_000L, read("1.2 billion").whole().getAsLong());
        assertEquals(200, read("two hundred seats").whole().getAsLong());
        assertEquals(3_500, read("three thousand five hundred").whole().getAsLong());
        assertEquals(250, read("two hundred and fifty").whole().getAsLong());
        assertEquals(12, read("a dozen journalists").whole().getAsLong());
        assertEquals(1_000_000, read("a million people").whole().getAsLong());
        assertEquals(25, read("twenty five").whole().getAsLong());
    }

    @Test
    void stopsWhereTheNumberEnds() {
        Numbers.Reading nine = read("nine and injured seven");
        assertEquals(9, nine.whole().getAsLong());
        assertEquals(1, nine.length());
        assertEquals(1, read("nine seven").length(), "two numbers side by side are two numbers");
        assertNull(read("a week"));
        assertNull(read("dozens of"));
        assertNull(read("hundreds of"));
        assertNull(Numbers.read(List.of("the"), 0));
    }

    @Test
    void fractionsAreNotWhole() {
        assertEquals(true, read("4.6 percent").whole().isEmpty());
        assertEquals(4_600_000L, read("4.6 million").whole().getAsLong());
    }
}
