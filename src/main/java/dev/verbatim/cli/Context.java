package dev.verbatim.cli;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Set;

/**
 * What the commands work with: the standard streams, how to get an extractor, and whether standard
 * error is a terminal (for the progress bar). {@link Main#main} uses the process's; tests their own.
 */
record Context(InputStream in, PrintStream out, PrintStream err, Extractors extractors, boolean stderrIsTerminal) {

    /** Builds (or lends) the extractor of a run. */
    @FunctionalInterface
    interface Extractors {
        /**
         * An extractor of {@code types}, which returns quotes in two apostrophes when
         * {@code doubledApostrophes} (see {@link QuoteExtractor.Builder#doubledApostrophes}).
         */
        QuoteExtractor get(Set<QuoteType> types, boolean doubledApostrophes);

        /** A new extractor for every run. */
        Extractors BUILD = (types, doubledApostrophes) ->
                QuoteExtractor.builder().types(types).doubledApostrophes(doubledApostrophes).build();
    }
}
