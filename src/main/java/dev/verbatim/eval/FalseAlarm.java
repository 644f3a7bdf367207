package dev.verbatim.eval;

import dev.verbatim.Quote;

import java.util.Objects;
import java.util.Optional;

/**
 * A system quote that matches no gold quote of the corpus format (see {@link QuoteComparison}).
 *
 * @param document the document name
 * @param quote the system quote
 * @param negative the listed negative (scare quote, title...) it overlaps, if any
 * @param context the quote with about 80 characters of context on each side
 */
public record FalseAlarm(String document, Quote quote, Optional<Negative> negative, String context) {

    public FalseAlarm {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(negative, "negative");
        Objects.requireNonNull(context, "context");
    }

    /** A few lines for a human: document, offsets, the negative hit, context and speaker. */
    public String describe() {
        return "FALSE_ALARM " + document + " " + quote.extent()
                + negative.map(n -> " on negative \"" + n.text() + "\" (" + n.reason() + ")").orElse("") + "\n"
                + "    " + context + "\n"
                + "    system speaker: " + Snippets.speaker(quote.speaker()) + "\n";
    }
}
