package dev.verbatim;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quote is attributed to: either {@link Known}, or {@link Unknown} when the text does not say.
 * Immutable and thread-safe.
 */
public sealed interface Speaker permits Speaker.Known, Speaker.Unknown {

    /** The speaker when there is none. */
    static Speaker unknown() {
        return Unknown.INSTANCE;
    }

    /** This speaker as a {@link Known}, or empty. */
    default Optional<Known> known() {
        return this instanceof Known k ? Optional.of(k) : Optional.empty();
    }

    /**
     * An attributed speaker.
     *
     * @param mention the words the attribution rests on ("he", "Putin", "a senior official")
     * @param name the canonical name of the entity: the fullest name the article gives it ("Vladimir
     *     Putin" for "he" and "Putin"), or the description itself for an unnamed source
     * @param kind person, organisation or unnamed description
     * @param role the title or role the article gives the speaker ("Kremlin spokesman"), if any
     */
    record Known(Mention mention, String name, SpeakerKind kind, Optional<String> role) implements Speaker {
        public Known {
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(role, "role");
            if (name.isBlank()) {
                throw new IllegalArgumentException("speaker name is blank");
            }
        }
    }

    /** No speaker could be found. */
    record Unknown() implements Speaker {
        private static final Unknown INSTANCE = new Unknown();
    }
}
