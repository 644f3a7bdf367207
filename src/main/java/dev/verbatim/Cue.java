package dev.verbatim;

import java.util.Objects;
import java.util.Optional;

/**
 * The words that signal speech ("said", "affirmed", "according to", a colon), either {@link Present}
 * or {@link Absent}. Immutable and thread-safe.
 */
public sealed interface Cue permits Cue.Present, Cue.Absent {

    /** The cue when there is none. */
    static Cue absent() {
        return Absent.INSTANCE;
    }

    /** This cue as a {@link Present}, or empty. */
    default Optional<Present> present() {
        return this instanceof Present p ? Optional.of(p) : Optional.empty();
    }

    /**
     * A cue found in the text.
     *
     * @param span where the cue is (UTF-16 offsets into the input, end exclusive)
     * @param text the cue as written
     * @param lemma its base form from the cue lexicon ("say" for "said", "according to")
     */
    record Present(Span span, String text, String lemma) implements Cue {
        public Present {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(lemma, "lemma");
            if (text.length() != span.length()) {
                throw new IllegalArgumentException("cue text '" + text + "' does not fit span " + span);
            }
        }
    }

    /** No cue in the text. */
    record Absent() implements Cue {
        private static final Absent INSTANCE = new Absent();
    }
}
