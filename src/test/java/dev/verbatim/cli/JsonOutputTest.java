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

    @Test
    void absentSpeakerAndCueAreNullAndStringsAreEscaped() {
        Quote q = new Quote(QuoteType.DIRECT, "a \"b\"\\\n\u0001", List.of(new Span(3, 12)), Speaker.unknown(),
                Cue.absent(), 0.5, 0, "no-attribution");
        assertThat(JsonOutput.document("x\".txt", new ExtractedDocument(List.of(q), List.of()))).isEqualTo(
                "{\"document\":\"x\\\".txt\",\"quotes\":[{\"type\":\"DIRECT\",\"text\":\"a \\\"b\\\"\\\\\\n\\u0001\","
                        + "\"spans\":[{\"begin\":3,\"end\":12}],\"speaker\":null,\"cue\":null,\"confidence\":0.50,"
                        + "\"paragraph\":0,\"rule\":\"no-attribution\"}],\"speakers\":[]}");
    }
}
