package dev.verbatim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One source of a document: a person, organisation or unnamed description that is quoted at least
 * once, with everything the article says to identify it. Immutable and thread-safe.
 *
 * @param entity the id that {@link Speaker.Known#entity()} carries on each of its quotes: small
 *     numbers from 0, in the order of the entity's first quote, the same for the same input
 * @param name the canonical name: the fullest name the article gives, or the description itself
 *     for an unnamed source
 * @param kind person, organisation or unnamed description
 * @param roles the titles and roles the article attaches to it, in order of appearance, no
 *     duplicates ("Kremlin spokesman")
 * @param gender the gender the article states, or {@link Gender#UNKNOWN}
 * @param mentions the speaker mentions of its quotes, in document order, no duplicates (UTF-16
 *     offsets into the input, end exclusive)
 * @param quotes how many of the document's returned quotes are attributed to it, by type (every
 *     type present, zero included)
 */
public record SpeakerEntity(int entity, String name, SpeakerKind kind, List<String> roles, Gender gender,
                            List<Mention> mentions, Map<QuoteType, Integer> quotes) {

    public SpeakerEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(gender, "gender");
        if (entity < 0) {
            throw new IllegalArgumentException("negative entity id: " + entity);
        }
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
        Map<QuoteType, Integer> counts = new EnumMap<>(QuoteType.class);
        for (QuoteType t : QuoteType.values()) {
            int n = quotes.getOrDefault(t, 0);
            if (n < 0) {
                throw new IllegalArgumentException("negative quote count for " + t + ": " + n);
            }
            counts.put(t, n);
        }
        quotes = java.util.Collections.unmodifiableMap(counts);
    }

    /** The number of its quotes of type {@code type}. */
    public int quoteCount(QuoteType type) {
        return quotes.get(type);
    }

    /** The number of its quotes of every type. */
    public int quoteCount() {
        return quotes.values().stream().mapToInt(Integer::intValue).sum();
    }
}
