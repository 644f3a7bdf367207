package dev.verbatim.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of JSON text (RFC 8259) into plain Java values: objects become
 * {@code Map<String, Object>} (in document order; a repeated key keeps its last value), arrays
 * {@code List<Object>}, strings {@code String}, numbers {@code Double}, {@code true}/{@code false}
 * {@code Boolean}, and {@code null} {@code null}.
 *
 * <p>Malformed input throws {@link IllegalArgumentException} with a message that gives the line,
 * column and offset of the problem. Stateless and thread-safe.
 */
public final class JsonReader {

    private final String json;
    private int pos;

    private JsonReader(String json) {
        this.json = json;
    }

    /**
     * Parses one JSON value that makes up the whole of {@code json} (white space around it allowed).
     *
     * @throws IllegalArgumentException if {@code json} is not well-formed JSON
     */
    public static Object parse(String json) {
        JsonReader reader = new JsonReader(json);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos < json.length()) {
            throw reader.error("unexpected " + reader.describeNext() + " after the value");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        if (pos >= json.length()) {
            throw error("expected a value but the input ended");
        }
        char c = json.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw error("expected a value but found " + describeNext());
            }
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> out = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a string key but found " + describeNext());
            }
            String key = string();
            skipSpace();
            expect(':');
            out.put(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == '}') {
                pos++;
                return out;
            } else {
                throw error("expected ',' or '}' but found " + describeNext());
            }
        }
    }

    private List<Object> array() {
        List<Object> out = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return out;
        }
        while (true) {
            out.add(value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == ']') {
                pos++;
                return out;
            } else {
                throw error("expected ',' or ']' but found " + describeNext());
            }
        }
    }

    private String string() {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= json.length()) {
                pos = start;
                throw error("unterminated string");
            }
            char c = json.charAt(pos++);
            if (c == '"') {
                return out.toString();
            } else if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                pos--;
                throw error("control character U+" + String.format("%04X", (int) c) + " inside a string");
            } else {
                out.append(c);
            }
        }
    }

    private char escape() {
        if (pos >= json.length()) {
            throw error("unterminated escape sequence");
        }
        char c = json.charAt(pos++);
        switch (c) {
            case '"', '\\', '/' -> {
                return c;
            }
            case 'b' -> {
                return '\b';
            }
            case 'f' -> {
                return '\f';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 't' -> {
                return '\t';
            }
            case 'u' -> {
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = pos < json.length() ? Character.digit(json.charAt(pos), 16) : -1;
                    if (digit < 0) {
                        throw error("expected four hex digits after \\u");
                    }
                    code = code * 16 + digit;
                    pos++;
                }
                return (char) code;
            }
            default -> {
                pos--;
                throw error("invalid escape '\\" + c + "'");
            }
        }
    }

    private Double number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else {
            digits("a digit");
        }
        if (peek() == '.') {
            pos++;
            digits("a digit after the decimal point");
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits("a digit in the exponent");
        }
        return Double.valueOf(json.substring(start, pos));
    }

    private void digits(String what) {
        if (!isDigit(peek())) {
            throw error("expected " + what + " but found " + describeNext());
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private Object literal(String word, Object value) {
        if (!json.startsWith(word, pos)) {
            throw error("expected a value but found " + describeNext());
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "' but found " + describeNext());
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < json.length()) {
            char c = json.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** The next character, or U+0000 at the end of the input (never valid where it is tested). */
    private char peek() {
        return pos < json.length() ? json.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String describeNext() {
        if (pos >= json.length()) {
            return "the end of the input";
        }
        int cp = json.codePointAt(pos);
        return cp < 0x20 ? String.format("U+%04X", cp) : "'" + Character.toString(cp) + "'";
    }

    private IllegalArgumentException error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < json.length(); i++) {
            if (json.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new IllegalArgumentException("malformed JSON at line " + line + ", column "
                + (pos - lineStart + 1) + " (offset " + pos + "): " + message);
    }
}
