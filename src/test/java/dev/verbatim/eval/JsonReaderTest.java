package dev.verbatim.eval;

import dev.verbatim.internal.JsonReader;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReaderTest {

    @Test
    void readsEveryKindOfValue() {
        Object value = JsonReader.parse(" {\"a\": [1, -2.5e2, 0.25, true, false, null], \"b\": {}, \"c\": [], \"d\": \"x\"}\n");

        Map<String, Object> expected = new HashMap<>();
        expected.put("a", Arrays.asList(1.0, -250.0, 0.25, true, false, null));
        expected.put("b", Map.of());
        expected.put("c", List.of());
        expected.put("d", "x");
        assertThat(value).isEqualTo(expected);
    }

    @Test
    void keepsMemberOrderAndTheLastOfARepeatedKey() {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) JsonReader.parse("{\"z\": 1, \"a\": 2, \"z\": 3}");
        assertThat(object.keySet()).containsExactly("z", "a");
        assertThat(object.get("z")).isEqualTo(3.0);
    }

    @Test
    void decodesEscapes() {
        assertThat(JsonReader.parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00 “ok”\""))
                .isEqualTo("q\" b\\ s/ \b\f\n\r\t é 😀 “ok”");
    }

    @Test
    void reportsWhereTheInputIsMalformed() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": 1,\n \"b\" 2}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed JSON at line 2, column 6 (offset 14): expected ':' but found '2'");
        assertThat(error("")).isEqualTo("malformed JSON at line 1, column 1 (offset 0): expected a value but the input ended");
        assertThat(error("[1, 2")).endsWith("expected ',' or ']' but found the end of the input");
        assertThat(error("{\"a\": 1} x")).endsWith("(offset 9): unexpected 'x' after the value");
        assertThat(error("01")).endsWith("unexpected '1' after the value");
        assertThat(error("\"abc")).isEqualTo("malformed JSON at line 1, column 1 (offset 0): unterminated string");
        assertThat(error("\"a\nb\"")).endsWith("control character U+000A inside a string");
        assertThat(error("\"\\x\"")).endsWith("invalid escape '\\x'");
        assertThat(error("\"\\u12g4\"")).endsWith("expected four hex digits after \\u");
        assertThat(error("[1.]")).endsWith("expected a digit after the decimal point but found ']'");
        assertThat(error("[-]")).endsWith("expected a digit but found ']'");
        assertThat(error("tru")).endsWith("expected a value but found 't'");
        assertThat(error("{1: 2}")).endsWith("expected a string key but found '1'");
        assertThat(error("[1 2]")).endsWith("expected ',' or ']' but found '2'");
    }

    private static String error(String json) {
        try {
            JsonReader.parse(json);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + json);
    }
}
