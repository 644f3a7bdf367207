package dev.verbatim;

/**
 * The extractors of the test JVM: the language models load once (CoreNLP's annotator pool shares
 * them between them, which differ only in what they return).
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

    /** An extractor of every type that also returns quotes in two apostrophes (''…''), built when first asked for. */
    public static QuoteExtractor doubledApostrophes() {
        return Doubled.INSTANCE;
    }

    private static final class Doubled {
        static final QuoteExtractor INSTANCE = QuoteExtractor.builder().doubledApostrophes(true).build();
    }
}
