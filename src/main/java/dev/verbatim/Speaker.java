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
     * @param entity the speaker's entity in this document, a number from 0 that is the same for every
     *     quote of the same person, organisation or unnamed source and stable for the same input
     *     (see {@link SpeakerEntity#entity()}); compare it, not names, to group quotes by speaker
     * @param gender the gender the article states for the entity, or {@link Gender#UNKNOWN}
     */
    record Known(Mention mention, String name, SpeakerKind kind, Optional<String> role, int entity, Gender gender)
            implements Speaker {
        public Known {
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(gender, "gender");
            if (name.isBlank()) {
                throw new IllegalArgumentException("speaker name is blank");
            }
            if (entity < 0) {
                throw new IllegalArgumentException("negative entity id: " + entity);
            }
        }

        /** The same speaker as entity {@code id} with gender {@code g}. */
        public Known withEntity(int id, Gender g) {
            return new Known(mention, name, kind, role, id, g);
        }
    }

    /** No speaker could be found. */
    record Unknown() implements Speaker {
        private static final Unknown INSTANCE = new Unknown();
    }
}
