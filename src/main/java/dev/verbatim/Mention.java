package dev.verbatim;

import java.util.Objects;

/**
 * A piece of the input text that names or refers to something, such as "he", "Putin" or "the Kremlin".
 *
 * @param span where the mention is (UTF-16 offsets into the input, end exclusive)
 * @param text the mention exactly as it stands in the input
 */
public record Mention(Span span, String text) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
        }
    }
}
