package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void controlAndBidiCharactersInFileNamesAreShownEscaped() {
        String plain = "in/Дума \"quoted\" <a> שלום 😀.txt";
        assertSame(plain, Ingesting.printable(plain));
        assertEquals("in/a\\u000Ab\\u001B[31m\\u202Etxt.exe", Ingesting.printable("in/a\nb\u001B[31m\u202Etxt.exe"));
        assertEquals("x\\uD800y", Ingesting.printable("x\uD800y"));
    }
}
