package dev.verbatim;

/** One extractor per test JVM: the language models load once. */
public final class SharedExtractor {

    private static final QuoteExtractor INSTANCE = QuoteExtractor.builder().build();

    private SharedExtractor() {
    }

    public static QuoteExtractor get() {
        return INSTANCE;
    }
}
