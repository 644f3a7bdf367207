package dev.verbatim.eval;

import dev.verbatim.Quote;

import java.util.Objects;
import java.util.Optional;

/**
 * A gold quote of the corpus format and the system quote matched to it, if any (see
 * {@link QuoteComparison}).
 *
 * @param document the document name
 * @param gold the gold quote
 * @param system the system quote covering at least half of the gold quote's non-space characters,
 *     or empty when it was missed
 * @param speakerRight whether the system quote was found and its speaker's canonical name equals
 *     the gold one ignoring case (or both speakers are unknown)
 * @param mentionRight whether the system quote was found and its speaker mention overlaps the gold
 *     mention (or both speakers are unknown)
 * @param context the gold quote with about 80 characters of context on each side
 */
public record QuoteMatch(String document, GoldQuote gold, Optional<Quote> system, boolean speakerRight,
                         boolean mentionRight, String context) {

    public QuoteMatch {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(context, "context");
    }

    /** Whether a system quote was matched. */
    public boolean detected() {
        return system.isPresent();
    }

    /** Whether the quote was found with the right speaker name and mention. */
    public boolean correct() {
        return detected() && speakerRight && mentionRight;
    }

    /** A few lines for a human: verdict, document, offsets, context and both speakers. */
    public String describe() {
        String verdict = !detected() ? "MISSED" : !speakerRight ? "WRONG_SPEAKER" : !mentionRight ? "WRONG_MENTION" : "OK";
        return verdict + " " + document + " " + gold.extent() + "\n"
                + "    " + context + "\n"
                + "    gold speaker: " + Snippets.speaker(gold.speaker())
                + " | system speaker: " + system.map(q -> Snippets.speaker(q.speaker())).orElse("no quote") + "\n";
    }
}
