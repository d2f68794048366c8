package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate MAY_15 = LocalDate.of(2025, 5, 15);

    @Test
    void readsWrittenForms() {
        for (String s : new String[] {"5/15/2025", "05/15/2025", "15/5/2025", "5/15/25", "May 15, 2025", "May 15 2025",
                "may 15th, 2025", "15 May 2025", "15th May, 2025", "15 of May 2025", "2025-05-15", "15.05.2025",
                "2025/05/15"})
            assertEquals(MAY_15, Dates.parse(s), s);
        assertEquals(LocalDate.of(2025, 9, 2), Dates.parse("Sept. 2, 2025"));
        assertEquals(LocalDate.of(2024, 12, 31), Dates.parse("31 December 2024"));
    }

    @Test
    void slashesAreMonthFirstUnlessTheFirstNumberIsAboveTwelve() {
        assertEquals(LocalDate.of(2025, 3, 4), Dates.parse("3/4/2025"));
        assertEquals(LocalDate.of(2025, 4, 13), Dates.parse("13/4/2025"));
    }

    @Test
    void readsIsoDateTimesAsTheDateWritten() {
        assertEquals(MAY_15, Dates.parseIso("2025-05-15T23:30:00-04:00"));
        assertEquals(MAY_15, Dates.parseIso("2025-05-15T10:00:00.123Z"));
        assertEquals(MAY_15, Dates.parseIso("2025-05-15 10:00"));
        assertNull(Dates.parseIso("May 15, 2025"));
        assertNull(Dates.parseIso("2025-05-15T"));
    }

    @Test
    void refusesImpossibleDates() {
        assertNull(Dates.parse("2/30/2025"));
        assertNull(Dates.parse("2025-13-01"));
        assertNull(Dates.parse("13/13/2025"));
    }

    @Test
    void readsDateLinesWithLabelsWeekdaysAndTimes() {
        assertEquals(MAY_15, Dates.parseDateLine("Published: May 15, 2025"));
        assertEquals(MAY_15, Dates.parseDateLine("Updated on Thursday, 15 May 2025, 10:42 AM EDT"));
        assertEquals(MAY_15, Dates.parseDateLine("5/15/2025 3:04 pm"));
        assertEquals(MAY_15, Dates.parseDateLine("  2025-05-15  "));
    }

    @Test
    void sentencesWithDatesAreNotDateLines() {
        assertNull(Dates.parseDateLine("On May 17, 2025, high-level peace talks were held in Istanbul."));
        assertNull(Dates.parseDateLine("May 15, 2025 was a Thursday"));
        assertNull(Dates.parseDateLine("Talks in Istanbul"));
    }
}
