package dev.verbatim.eval;

import dev.verbatim.Span;
import dev.verbatim.Speaker;

/** Short one-line renderings of text stretches and speakers for error listings. */
final class Snippets {

    private static final int CONTEXT = 80;

    private Snippets() {
    }

    /**
     * The text of {@code span} marked ⟦thus⟧ with about 80 characters of context on each side, line
     * breaks shown as ⏎. A span reaching past the text is cut to it.
     */
    static String around(String text, Span span) {
        int begin = Math.min(span.begin(), text.length());
        int end = Math.min(span.end(), text.length());
        int from = Math.max(0, begin - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + flat(text.substring(from, begin)) + "⟦" + flat(text.substring(begin, end))
                + "⟧" + flat(text.substring(end, to)) + (to < text.length() ? "…" : "");
    }

    /** A speaker as {@code "mention" [begin, end) = name}, or {@code unknown}. */
    static String speaker(Speaker speaker) {
        return speaker.known()
                .map(k -> "\"" + k.mention().text() + "\" " + k.mention().span() + " = " + k.name())
                .orElse("unknown");
    }

    private static String flat(String s) {
        return s.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    }
}
