package dev.verbatim.cli;

import dev.verbatim.Cue;
import dev.verbatim.ExtractedDocument;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonOutputTest {

    private static String quoteText(String text) {
        Quote q = new Quote(QuoteType.DIRECT, text, List.of(new Span(3, 3 + text.length())), Speaker.unknown(),
                Cue.absent(), 0.5, 0, "no-attribution");
        return JsonOutput.document("d", new ExtractedDocument(List.of(q), List.of()));
    }

    @Test
    void absentSpeakerAndCueAreNullAndStringsAreEscaped() {
        Quote q = new Quote(QuoteType.DIRECT, "a \"b\"\\\n\u0001", List.of(new Span(3, 12)), Speaker.unknown(),
                Cue.absent(), 0.5, 0, "no-attribution");
        assertThat(JsonOutput.document("x\".txt", new ExtractedDocument(List.of(q), List.of()))).isEqualTo(
                "{\"document\":\"x\\\".txt\",\"quotes\":[{\"type\":\"DIRECT\",\"text\":\"a \\\"b\\\"\\\\\\n\\u0001\","
                        + "\"spans\":[{\"begin\":3,\"end\":12}],\"speaker\":null,\"cue\":null,\"confidence\":0.50,"
                        + "\"paragraph\":0,\"rule\":\"no-attribution\"}],\"speakers\":[]}");
    }

    @Test
    void escapesAsTheHandWrittenWriterDid() {
        // control characters as lower-case \\u00xx (also \b and \f), tab/CR/LF short, U+2028/9 escaped,
        // slash, DEL, non-ASCII and emoji as they are
        assertThat(quoteText("\b\f\u001f\t\r\n\u2028\u2029/\u007f é “ok” 😀"))
                .contains("\"text\":\"\\u0008\\u000c\\u001f\\t\\r\\n\\u2028\\u2029/\u007f é “ok” 😀\"");
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertThat(quoteText("a\uD800b\uDC00c")).contains("\"text\":\"a\uFFFDb\uFFFDc\"");
        assertThat(JsonOutput.error("x\uDBFF", "bad")).isEqualTo(
                "{\"document\":\"x\uFFFD\",\"quotes\":[],\"speakers\":[],\"error\":\"bad\"}");
    }
}
