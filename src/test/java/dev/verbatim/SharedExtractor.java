package dev.verbatim;

/**
 * The extractors of the test JVM: the language models load once (CoreNLP's annotator pool shares
 * them between the two, which differ only in the quote types they return).
 */
public final class SharedExtractor {

    private static final QuoteExtractor INSTANCE = QuoteExtractor.builder().build();
    private static final QuoteExtractor DIRECT = QuoteExtractor.builder().types(QuoteType.DIRECT).build();

    private SharedExtractor() {
    }

    /** The default extractor: DIRECT, MIXED and INDIRECT quotes. */
    public static QuoteExtractor get() {
        return INSTANCE;
    }

    /** An extractor of DIRECT quotes only. */
    public static QuoteExtractor direct() {
        return DIRECT;
    }
}
