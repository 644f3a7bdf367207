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
 * @param type how the words are rendered; {@link QuoteType#DIRECT} in this version
 * @param text the quoted words: the spans' texts joined by a single space
 * @param spans one or more spans, in document order, not overlapping
 * @param speaker who said it, or {@link Speaker#unknown()}
 * @param cue the words that signal the speech, or {@link Cue#absent()}
 * @param confidence how sure the attribution is, from 0 to 1
 * @param paragraph zero-based index of the paragraph where the quote starts (paragraphs are
 *     separated by line breaks)
 */
public record Quote(QuoteType type, String text, List<Span> spans, Speaker speaker, Cue cue,
                    double confidence, int paragraph) {

    public Quote {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
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
