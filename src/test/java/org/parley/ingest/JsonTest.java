package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void parsesAllValueKinds() throws Exception {
        Object v = Json.parse(" {\"s\": \"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\", \"n\": -12.5e2, \"i\": 0,"
                + " \"t\": true, \"f\": false, \"z\": null, \"a\": [1, [], {}]} ");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals("a\"b\\c/d\n\u00e9\uD83D\uDE00", m.get("s"));
        assertEquals(new BigDecimal("-12.5e2"), m.get("n"));
        assertEquals(BigDecimal.ZERO, m.get("i"));
        assertEquals(Boolean.TRUE, m.get("t"));
        assertEquals(Boolean.FALSE, m.get("f"));
        assertTrue(m.containsKey("z"));
        assertEquals(null, m.get("z"));
        assertEquals(Arrays.asList(BigDecimal.ONE, List.of(), Map.of()), m.get("a"));
        assertEquals(List.of("k"), List.copyOf(((Map<?, ?>) Json.parse("{\"k\":1}")).keySet()));
    }

    @Test
    void refusesWhatTheRfcDoesNotAllow() {
        String[] bad = {"", "{", "{\"a\":1,}", "[1,]", "{'a':1}", "{a:1}", "// c\n{}", "{\"a\":01}", "{\"a\":1.}",
            "{\"a\":-}", "{\"a\":.5}", "{\"a\":\"tab\there\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":tru}",
            "{\"a\":1} x", "{\"a\":1}{}", "{\"a\":1 \"b\":2}", "{\"a\":NaN}", "{\"a\":\"open}", "\"a\" \"b\""};
        for (String s : bad)
            assertThrows(Json.JsonException.class, () -> Json.parse(s), s);
    }

    @Test
    void refusesDuplicateKeysAndSaysWhere() {
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\":1, \"a\":2}"));
        assertEquals(9, e.column);
        assertTrue(e.getMessage().contains("duplicate member \"a\""), e.getMessage());
    }

    @Test
    void limitsNesting() throws Exception {
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        Json.parse(ok);
        String deep = "[".repeat(Json.MAX_DEPTH + 2) + "]".repeat(Json.MAX_DEPTH + 2);
        assertThrows(Json.JsonException.class, () -> Json.parse(deep));
    }
}
