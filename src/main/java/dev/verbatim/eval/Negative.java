package dev.verbatim.eval;

import dev.verbatim.Span;

import java.util.Objects;

/**
 * A stretch of a gold document that looks like a quote but is none, such as a scare quote, a title
 * or a nickname; a system quote there is a false alarm worth noting.
 *
 * @param span where it is (UTF-16 offsets, end exclusive)
 * @param text the covered text
 * @param reason why it is not a quote ("scare", "title", ...)
 */
public record Negative(Span span, String text, String reason) {

    public Negative {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
