package dev.verbatim.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.verbatim.Cue;
import dev.verbatim.ExtractedDocument;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerEntity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes quotes in the JSON shape of {@code extract --format jsonl}, a public contract, with
 * Jackson's streaming generator:
 * {@code {"document":"NAME.txt","quotes":[{"type","text","spans":[{"begin","end"}],"speaker":
 * null|{"name","kind","mention":{"begin","end","text"},"role"?,"entity","gender"},"cue":
 * null|{"begin","end","text"},"confidence","paragraph","rule"}],"speakers":[{"entity","name","kind",
 * "roles":[],"gender","mentions":[{"begin","end","text"}],"quotes":{"DIRECT","MIXED","INDIRECT"}}]}}.
 * Fields may be added, never removed or changed.
 *
 * <p>The bytes are part of the contract too: fields in this order, no white space, confidence with
 * two decimals ({@code 0.95}), non-ASCII characters as they are, line feed, carriage return and
 * tab as {@code \n}, {@code \r}, {@code \t}, other control characters as six-character escapes
 * with lower-case hex digits (&#92;u001f), and U+2028 and U+2029 escaped (they end lines in
 * JavaScript). A lone surrogate, which is not text, is
 * written as U+FFFD. Thread-safe.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new ContractEscapes())
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {
    }

    /** One document as one line of JSON (no line break). */
    public static String document(String name, ExtractedDocument doc) {
        return write(g -> document(g, name, doc));
    }

    /** One document with an error instead of quotes. */
    public static String error(String name, String message) {
        return write(g -> error(g, name, message));
    }

    /** Writes one document as one JSON object to {@code g}. */
    public static void document(JsonGenerator g, String name, ExtractedDocument doc) throws IOException {
        g.writeStartObject();
        string(g, "document", name);
        g.writeArrayFieldStart("quotes");
        for (Quote q : doc.quotes()) {
            quote(g, q);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("speakers");
        for (SpeakerEntity s : doc.speakers()) {
            speaker(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes one document with an error instead of quotes to {@code g}. */
    public static void error(JsonGenerator g, String name, String message) throws IOException {
        g.writeStartObject();
        string(g, "document", name);
        g.writeArrayFieldStart("quotes");
        g.writeEndArray();
        g.writeArrayFieldStart("speakers");
        g.writeEndArray();
        string(g, "error", message);
        g.writeEndObject();
    }

    /** A generator with the contract's escaping over {@code out}; closing it leaves {@code out} open. */
    static JsonGenerator generator(java.io.Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", q.type().name());
        string(g, "text", q.text());
        g.writeArrayFieldStart("spans");
        for (Span s : q.spans()) {
            g.writeStartObject();
            spanFields(g, s);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("speaker");
        if (q.speaker() instanceof Speaker.Known k) {
            g.writeStartObject();
            string(g, "name", k.name());
            g.writeStringField("kind", k.kind().name());
            g.writeFieldName("mention");
            mention(g, k.mention());
            if (k.role().isPresent()) {
                string(g, "role", k.role().get());
            }
            g.writeNumberField("entity", k.entity());
            g.writeStringField("gender", k.gender().name());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        g.writeFieldName("cue");
        if (q.cue() instanceof Cue.Present c) {
            mention(g, new Mention(c.span(), c.text()));
        } else {
            g.writeNull();
        }
        g.writeFieldName("confidence");
        g.writeNumber(String.format(Locale.ROOT, "%.2f", q.confidence()));
        g.writeNumberField("paragraph", q.paragraph());
        string(g, "rule", q.rule());
        g.writeEndObject();
    }

    private static void speaker(JsonGenerator g, SpeakerEntity s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("entity", s.entity());
        string(g, "name", s.name());
        g.writeStringField("kind", s.kind().name());
        g.writeArrayFieldStart("roles");
        for (String role : s.roles()) {
            g.writeString(sound(role));
        }
        g.writeEndArray();
        g.writeStringField("gender", s.gender().name());
        g.writeArrayFieldStart("mentions");
        for (Mention m : s.mentions()) {
            mention(g, m);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("quotes");
        for (QuoteType t : QuoteType.values()) {
            g.writeNumberField(t.name(), s.quoteCount(t));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void mention(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        spanFields(g, m.span());
        string(g, "text", m.text());
        g.writeEndObject();
    }

    private static void spanFields(JsonGenerator g, Span s) throws IOException {
        g.writeNumberField("begin", s.begin());
        g.writeNumberField("end", s.end());
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        g.writeStringField(field, sound(value));
    }

    /** {@code s} with every lone surrogate replaced by U+FFFD. */
    static String sound(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone && out == null) {
                out = new StringBuilder(s);
            }
            if (lone) {
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The contract's escapes on top of JSON's: see the class comment. */
    private static final class ContractEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ContractEscapes() {
            for (int c = 0; c < 0x20; c++) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }
}
