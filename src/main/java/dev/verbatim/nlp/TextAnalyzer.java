package dev.verbatim.nlp;

/** Tokenizes, splits, tags and finds named entities. Implementations are thread-safe. */
public interface TextAnalyzer {

    AnalyzedText analyze(String text);
}
