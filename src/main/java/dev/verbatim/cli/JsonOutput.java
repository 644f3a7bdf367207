package dev.verbatim.cli;

import dev.verbatim.Cue;
import dev.verbatim.ExtractedDocument;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerEntity;

import java.util.List;
import java.util.Locale;

/**
 * Writes quotes in the JSON shape of {@code extract --format jsonl}, a public contract:
 * {@code {"document":"NAME.txt","quotes":[{"type","text","spans":[{"begin","end"}],"speaker":
 * null|{"name","kind","mention":{"begin","end","text"},"role"?,"entity","gender"},"cue":
 * null|{"begin","end","text"},"confidence","paragraph","rule"}],"speakers":[{"entity","name","kind",
 * "roles":[],"gender","mentions":[{"begin","end","text"}],"quotes":{"DIRECT","MIXED","INDIRECT"}}]}}.
 * Fields may be added, never removed or changed.
 */
public final class JsonOutput {

    private JsonOutput() {
    }

    /** One document as one line of JSON (no line break). */
    public static String document(String name, ExtractedDocument doc) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"document\":");
        string(sb, name);
        sb.append(",\"quotes\":[");
        List<Quote> quotes = doc.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, quotes.get(i));
        }
        sb.append("],\"speakers\":[");
        for (int i = 0; i < doc.speakers().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            speaker(sb, doc.speakers().get(i));
        }
        return sb.append("]}").toString();
    }

    private static void speaker(StringBuilder sb, SpeakerEntity s) {
        sb.append("{\"entity\":").append(s.entity()).append(",\"name\":");
        string(sb, s.name());
        sb.append(",\"kind\":\"").append(s.kind().name()).append("\",\"roles\":[");
        for (int i = 0; i < s.roles().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            string(sb, s.roles().get(i));
        }
        sb.append("],\"gender\":\"").append(s.gender().name()).append("\",\"mentions\":[");
        for (int i = 0; i < s.mentions().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('{');
            spanFields(sb, s.mentions().get(i).span());
            sb.append(",\"text\":");
            string(sb, s.mentions().get(i).text());
            sb.append('}');
        }
        sb.append("],\"quotes\":{");
        boolean first = true;
        for (QuoteType t : QuoteType.values()) {
            sb.append(first ? "" : ",").append('"').append(t.name()).append("\":").append(s.quoteCount(t));
            first = false;
        }
        sb.append("}}");
    }

    /** One document with an error instead of quotes. */
    public static String error(String name, String message) {
        StringBuilder sb = new StringBuilder("{\"document\":");
        string(sb, name);
        sb.append(",\"quotes\":[],\"speakers\":[],\"error\":");
        string(sb, message);
        return sb.append('}').toString();
    }

    static void quote(StringBuilder sb, Quote q) {
        sb.append("{\"type\":\"").append(q.type().name()).append("\",\"text\":");
        string(sb, q.text());
        sb.append(",\"spans\":[");
        for (int i = 0; i < q.spans().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            span(sb, q.spans().get(i));
        }
        sb.append("],\"speaker\":");
        if (q.speaker() instanceof Speaker.Known k) {
            sb.append("{\"name\":");
            string(sb, k.name());
            sb.append(",\"kind\":\"").append(k.kind().name()).append("\",\"mention\":{");
            spanFields(sb, k.mention().span());
            sb.append(",\"text\":");
            string(sb, k.mention().text());
            sb.append('}');
            if (k.role().isPresent()) {
                sb.append(",\"role\":");
                string(sb, k.role().get());
            }
            sb.append(",\"entity\":").append(k.entity()).append(",\"gender\":\"").append(k.gender().name()).append("\"}");
        } else {
            sb.append("null");
        }
        sb.append(",\"cue\":");
        if (q.cue() instanceof Cue.Present c) {
            sb.append('{');
            spanFields(sb, c.span());
            sb.append(",\"text\":");
            string(sb, c.text());
            sb.append('}');
        } else {
            sb.append("null");
        }
        sb.append(",\"confidence\":").append(String.format(Locale.ROOT, "%.2f", q.confidence()));
        sb.append(",\"paragraph\":").append(q.paragraph());
        sb.append(",\"rule\":");
        string(sb, q.rule());
        sb.append('}');
    }

    private static void span(StringBuilder sb, Span s) {
        sb.append('{');
        spanFields(sb, s);
        sb.append('}');
    }

    private static void spanFields(StringBuilder sb, Span s) {
        sb.append("\"begin\":").append(s.begin()).append(",\"end\":").append(s.end());
    }

    /** Appends {@code s} as a JSON string literal, escaping what JSON requires. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            && !validSurrogate(s, i)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
