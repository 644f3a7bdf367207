package dev.verbatim.eval;

import dev.verbatim.Span;

import java.util.List;

/**
 * One gold attribution: what was reported (direct, mixed or indirect), who said it and the cue.
 * Spans are UTF-16 offsets into the document text, end exclusive; each role may have several
 * (discontinuous) spans, in annotation order, and source and cue may have none.
 *
 * @param content the reported speech; never empty
 * @param source the speaker mention(s); empty for an attribution without a source
 * @param cue the cue words
 */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue) {

    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }
}
