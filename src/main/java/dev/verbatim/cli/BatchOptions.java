package dev.verbatim.cli;

import dev.verbatim.QuoteType;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The input and run options shared by {@code extract} and {@code report}. */
final class BatchOptions {

    enum InputFormat { text, jsonl }

    @Parameters(index = "0", paramLabel = "FILE|DIR|-",
            description = "A UTF-8 text file, a directory of *.txt articles (read in name order), or - for "
                    + "standard input. With --input jsonl: a JSON Lines file, or - .")
    String target;

    @Option(names = "--input", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default): the file is one article. jsonl: one {\"id\": ..., \"text\": ...} "
                    + "object per line; the id names the document in the output.")
    InputFormat input;

    @Option(names = {"-r", "--recursive"}, description = "Also read the *.txt articles of subdirectories; "
            + "documents are named by their path relative to DIR.")
    boolean recursive;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads sharing one extractor (default: the number of cores).")
    Integer threads;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "The quote types to return, comma-separated: direct, mixed, indirect (default: all). "
                    + "direct alone is several times faster.")
    List<QuoteType> types;

    @Option(names = "--doubled-apostrophes",
            description = "Also return the quotes marked with two apostrophes (''Like this,'' she said), as in "
                    + "archived news text such as the New York Times archive (default: they are read, so that their "
                    + "cues are theirs, but not returned).")
    boolean doubledApostrophes;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (documents, documents/s, ETA); by default shown "
                    + "when standard error is a terminal.")
    Boolean progress;

    @Option(names = {"-v", "--verbose"}, description = "Log what the language models do (to standard error).")
    boolean verbose;

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    Set<QuoteType> types() {
        return types == null || types.isEmpty() ? EnumSet.allOf(QuoteType.class) : EnumSet.copyOf(types);
    }
}
