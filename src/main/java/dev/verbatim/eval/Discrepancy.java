package dev.verbatim.eval;

import dev.verbatim.Quote;
import dev.verbatim.Span;

import java.util.Objects;
import java.util.Optional;

/**
 * One error of a system in the direct-quote view of {@link Scorer}.
 *
 * @param kind what went wrong
 * @param document the document name
 * @param span the candidate segment, quotation marks included (for {@link Kind#UNANCHORED}: the
 *     system quote's extent); UTF-16 offsets
 * @param context the segment with about 80 characters of context on each side (see {@link #describe()})
 * @param goldSource the text of the gold attribution's source, when the segment has one
 * @param system the system quote involved, if any
 */
public record Discrepancy(Kind kind, String document, Span span, String context, Optional<String> goldSource,
                          Optional<Quote> system) {

    /** The kinds of error. */
    public enum Kind {
        /** A segment inside a gold attribution's content that no system quote covers. */
        MISSED,
        /** A segment outside every gold attribution (scare quote, title, nickname) that a system quote covers. */
        FALSE_ALARM,
        /** A system quote of type DIRECT that covers no segment; counted as a false positive. */
        UNANCHORED,
        /** A detected segment whose system speaker mention does not overlap the gold source. */
        WRONG_SPEAKER
    }

    public Discrepancy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(goldSource, "goldSource");
        Objects.requireNonNull(system, "system");
    }

    /** A few lines for a human: kind, document, offsets, context, gold source and system speaker. */
    public String describe() {
        return kind + " " + document + " " + span + "\n"
                + "    " + context + "\n"
                + "    gold source: " + goldSource.orElse("none")
                + " | system speaker: " + system.map(q -> Snippets.speaker(q.speaker())).orElse("no quote") + "\n";
    }
}
