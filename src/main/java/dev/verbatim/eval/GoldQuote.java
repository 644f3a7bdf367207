package dev.verbatim.eval;

import dev.verbatim.Mention;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quote of the project's gold corpus, as {@code NAME.gold.json} gives it: the shape of a
 * {@link dev.verbatim.Quote} without what only a system produces (cue lemma, confidence).
 *
 * @param type how the words are rendered
 * @param text the spans' texts joined by a single space
 * @param spans the quoted words without the quotation marks, in document order (UTF-16 offsets)
 * @param speaker the speaker with its mention, canonical name, kind and role, or
 *     {@link Speaker#unknown()}
 * @param cue the cue words, if any
 */
public record GoldQuote(QuoteType type, String text, List<Span> spans, Speaker speaker, Optional<Mention> cue) {

    public GoldQuote {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        spans = Span.ordered(spans);
    }

    /** From the first span's begin to the last span's end. */
    public Span extent() {
        return Span.covering(spans);
    }

    /** This quote as an attribution: content its spans, source its speaker mention, cue its cue. */
    public GoldAttribution attribution() {
        return new GoldAttribution(spans,
                speaker.known().map(k -> List.of(k.mention().span())).orElse(List.of()),
                cue.map(c -> List.of(c.span())).orElse(List.of()));
    }
}
