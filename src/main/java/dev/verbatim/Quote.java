package dev.verbatim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One quote of an article and its attribution. Immutable and thread-safe.
 *
 * <p>A quote interrupted by its attribution (“We are set,” he said, “on talks.”) or continued over
 * paragraphs is one quote with several spans. Each span covers the words between the quotation
 * marks, not the marks: UTF-16 offsets into the input, end exclusive.
 *
 * <p>A {@link QuoteType#MIXED} or {@link QuoteType#INDIRECT} quote's spans cover the reported
 * content as the PolNeAR annotation manual defines it: from "that" or the infinitive's "to" to the
 * end of the content, the quotation marks of quoted fragments included, the cue, the source and
 * the sentence's final full stop left out; a content interrupted by its attribution ("The offer,
 * he said, stands.") has one span per piece.
 *
 * @param type how the words are rendered
 * @param text the quoted words: the spans' texts joined by a single space
 * @param spans one or more spans, in document order, not overlapping
 * @param speaker who said it, or {@link Speaker#unknown()}
 * @param cue the words that signal the speech, or {@link Cue#absent()}
 * @param confidence how sure the attribution is, from 0 to 1
 * @param paragraph zero-based index of the paragraph where the quote starts (paragraphs are
 *     separated by line breaks; in a hard-wrapped text, whose lines are broken at a fixed width, by
 *     blank lines)
 * @param rule the short, stable name of the attribution rule that produced this quote, such as
 *     {@code "cue-after-quote"} or {@code "reported-clause"} (the rules are listed, in the order
 *     they are asked, in {@code dev.verbatim.attribute.AttributionStage} and in the README); for
 *     debugging an attribution
 */
public record Quote(QuoteType type, String text, List<Span> spans, Speaker speaker, Cue cue,
                    double confidence, int paragraph, String rule) {

    public Quote {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(rule, "rule");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("rule name is blank");
        }
        spans = Span.ordered(spans);
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        if (paragraph < 0) {
            throw new IllegalArgumentException("negative paragraph index: " + paragraph);
        }
    }

    /** From the first span's begin to the last span's end. */
    public Span extent() {
        return Span.covering(spans);
    }

    /** The speaker, when one was found. */
    public Optional<Speaker.Known> knownSpeaker() {
        return speaker.known();
    }

    /** The canonical speaker name, when a speaker was found. */
    public Optional<String> speakerName() {
        return speaker.known().map(Speaker.Known::name);
    }
}
