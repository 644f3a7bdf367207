package dev.verbatim.eval;

import java.util.List;
import java.util.Objects;

/**
 * One document of a gold corpus.
 *
 * @param name the document name: its text file name without {@code .txt}
 * @param text the full text, exactly as stored (UTF-8, no newline translation)
 * @param attributions every gold attribution, direct or not; what {@link Scorer} scores against
 * @param quotes the gold quotes, for the project's corpus format; empty for brat standoff
 * @param negatives the quote-like stretches that are not quotes, for the project's corpus format
 */
public record GoldDocument(String name, String text, List<GoldAttribution> attributions, List<GoldQuote> quotes,
                           List<Negative> negatives) {

    public GoldDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
        quotes = List.copyOf(quotes);
        negatives = List.copyOf(negatives);
    }
}
