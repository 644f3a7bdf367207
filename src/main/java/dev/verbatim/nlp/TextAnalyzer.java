package dev.verbatim.nlp;

import dev.verbatim.Span;

import java.util.List;

/** Tokenizes, splits, tags and finds named entities. Implementations are thread-safe. */
public interface TextAnalyzer {

    /** Analyzes the whole text. */
    default AnalyzedText analyze(String text) {
        return analyze(text, List.of(new Span(0, text.length())));
    }

    /**
     * Analyzes only the given windows of {@code text} (ordered, not overlapping, ideally on
     * paragraph boundaries); token offsets are still offsets into the whole {@code text}.
     */
    AnalyzedText analyze(String text, List<Span> windows);
}
