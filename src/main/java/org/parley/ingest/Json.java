package org.parley.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259) for JSON lines and JSON-LD. Values become {@code Map<String,Object>}
 * (insertion order), {@code List<Object>}, {@code String}, {@code BigDecimal}, {@code Boolean} or
 * {@code null}. Anything the RFC does not allow is refused: comments, trailing commas, single quotes,
 * unquoted keys, leading zeros, control characters in strings, and also duplicate keys. Nesting is limited
 * to {@value #MAX_DEPTH} levels.
 */
final class Json {
    static final int MAX_DEPTH = 256;

    /** Malformed JSON; {@link #column} is 1-based. */
    static final class JsonException extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        JsonException(int column, String message) {
            super(message + " at column " + column);
            this.column = column;
        }
    }

    private final String s;
    private int pos;

    private Json(String s) {
        this.s = s;
    }

    /** Parses one complete JSON text (surrounding whitespace allowed). */
    static Object parse(String text) throws JsonException {
        Json p = new Json(text);
        p.skipWs();
        Object v = p.value(0);
        p.skipWs();
        if (p.pos < p.s.length())
            throw p.error("unexpected '" + p.s.charAt(p.pos) + "' after the JSON value");
        return v;
    }

    private Object value(int depth) throws JsonException {
        if (depth > MAX_DEPTH)
            throw error("nesting deeper than " + MAX_DEPTH);
        if (pos >= s.length())
            throw error("unexpected end of input");
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                    return number();
                throw error("unexpected '" + c + "'");
        }
    }

    private Map<String, Object> object(int depth) throws JsonException {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipWs();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWs();
            if (peek() != '"')
                throw error("expected a quoted member name");
            int keyAt = pos;
            String key = string();
            skipWs();
            expect(':');
            skipWs();
            Object v = value(depth + 1);
            if (map.containsKey(key)) {
                pos = keyAt;
                throw error("duplicate member \"" + key + "\"");
            }
            map.put(key, v);
            skipWs();
            char c = peek();
            pos++;
            if (c == '}')
                return map;
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) throws JsonException {
        pos++;
        List<Object> list = new ArrayList<>();
        skipWs();
        if (peek() == ']') {
            pos++;
            return Collections.unmodifiableList(list);
        }
        while (true) {
            skipWs();
            list.add(value(depth + 1));
            skipWs();
            char c = peek();
            pos++;
            if (c == ']')
                return Collections.unmodifiableList(list);
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws JsonException {
        pos++; // opening quote
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= s.length())
                throw error("unterminated string");
            char c = s.charAt(pos++);
            if (c == '"')
                return b.toString();
            if (c < 0x20) {
                pos--;
                throw error("control character U+" + String.format("%04X", (int) c) + " in string");
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= s.length())
                throw error("unterminated string");
            char e = s.charAt(pos++);
            switch (e) {
                case '"': b.append('"'); break;
                case '\\': b.append('\\'); break;
                case '/': b.append('/'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                case 't': b.append('\t'); break;
                case 'u':
                    if (pos + 4 > s.length())
                        throw error("short \\u escape");
                    int cp = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(s.charAt(pos + k), 16);
                        if (d < 0)
                            throw error("bad \\u escape");
                        cp = cp * 16 + d;
                    }
                    pos += 4;
                    b.append((char) cp);
                    break;
                default:
                    pos--;
                    throw error("bad escape '\\" + e + "'");
            }
        }
    }

    private BigDecimal number() throws JsonException {
        int start = pos;
        if (peek() == '-')
            pos++;
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("bad number");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek()))
                throw error("bad number: digit expected after '.'");
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-')
                pos++;
            if (!isDigit(peek()))
                throw error("bad number: digit expected in exponent");
            digits();
        }
        if (isDigit(peek()))
            throw error("bad number: leading zero");
        return new BigDecimal(s.substring(start, pos));
    }

    private void digits() {
        while (isDigit(peek()))
            pos++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object v) throws JsonException {
        if (!s.startsWith(word, pos))
            throw error("unexpected '" + s.charAt(pos) + "'");
        pos += word.length();
        return v;
    }

    private void expect(char c) throws JsonException {
        if (peek() != c)
            throw error("expected '" + c + "'");
        pos++;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            pos++;
        }
    }

    private JsonException error(String message) {
        if (pos >= s.length() && !message.startsWith("unexpected end") && !message.startsWith("unterminated"))
            message = "unexpected end of input (" + message + ")";
        return new JsonException(pos + 1, message);
    }
}
