package dev.verbatim;

import java.util.List;
import java.util.Optional;

/**
 * What {@link QuoteExtractor#extractDocument(String)} finds in one article: its quotes and the
 * sources summary, one {@link SpeakerEntity} per entity that is quoted. Immutable and thread-safe.
 *
 * @param quotes the quotes in document order, as {@link QuoteExtractor#extract(String)} returns them
 * @param speakers the quoted entities, ordered by entity id (the order of their first quotes)
 */
public record ExtractedDocument(List<Quote> quotes, List<SpeakerEntity> speakers) {

    public ExtractedDocument {
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
        for (int i = 0; i < speakers.size(); i++) {
            if (speakers.get(i).entity() != i) {
                throw new IllegalArgumentException("speaker " + i + " has entity id " + speakers.get(i).entity());
            }
        }
    }

    /** The entity with id {@code entity}, if it is one of this document's speakers. */
    public Optional<SpeakerEntity> speaker(int entity) {
        return entity >= 0 && entity < speakers.size() ? Optional.of(speakers.get(entity)) : Optional.empty();
    }

    /** The entity a quote is attributed to, if it has a known speaker. */
    public Optional<SpeakerEntity> speakerOf(Quote quote) {
        return quote.knownSpeaker().flatMap(k -> speaker(k.entity()));
    }
}
