package dev.verbatim.spark;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an executor needs to build its {@link QuoteExtractor}: the builder's settings as plain,
 * serialisable values. Travels to the executors inside {@link ExtractPartition}; equal settings
 * share one extractor per JVM ({@link ExecutorExtractors}).
 */
record ExtractorSettings(Set<QuoteType> types, int maxInputLength, boolean doubledApostrophes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    ExtractorSettings {
        types = EnumSet.copyOf(types); // serialisable, and equal to any set of the same types
        // the library's own checks, without loading anything
        QuoteExtractor.builder().types(types).maxInputLength(maxInputLength);
    }

    /** The library's defaults. */
    static ExtractorSettings defaults() {
        return new ExtractorSettings(EnumSet.allOf(QuoteType.class),
                QuoteExtractor.Builder.DEFAULT_MAX_INPUT_LENGTH, false);
    }

    /** A copy of the types (the record's own set is never handed out to be changed). */
    @Override
    public Set<QuoteType> types() {
        return EnumSet.copyOf(types);
    }

    /** Builds the extractor these settings describe, loading the models (seconds). */
    QuoteExtractor build() {
        return QuoteExtractor.builder()
                .types(types)
                .maxInputLength(maxInputLength)
                .doubledApostrophes(doubledApostrophes)
                .build();
    }
}
