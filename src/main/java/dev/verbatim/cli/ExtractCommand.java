package dev.verbatim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code extract}: the quotes of articles, as text, JSON, JSON Lines or an HTML page. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VerbatimCommand.Version.class,
        sortOptions = false,
        description = {"Prints the quotes of articles and who said them.", "",
                "Documents run on --threads workers over one shared extractor; the output keeps the input "
                        + "order. A document that cannot be read or extracted gets its error in its own entry "
                        + "(the \"error\" field in JSON) and on standard error, and the run goes on."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document extracted", "1:some documents failed, or the output could not be written",
                "2:bad usage, or the input cannot be read"},
        footerHeading = "%nExamples:%n",
        footer = {"  verbatim extract article.txt",
                "  verbatim extract --format jsonl --recursive articles/ > quotes.jsonl",
                "  verbatim extract --input jsonl --format jsonl -o out.jsonl corpus.jsonl",
                "  verbatim extract --input jsonl --format jsonl -o out.jsonl --resume corpus.jsonl",
                "  verbatim extract --format html --output quotes.html articles/"})
final class ExtractCommand implements Callable<Integer> {

    enum Format { text, json, jsonl, html }

    private final Context context;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default, for people), json (one array), jsonl (one line per document; the "
                    + "shape is a public contract), or html (one self-contained page, see 'verbatim report').")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--resume", description = "With --format jsonl --output FILE: skip the documents whose ids "
            + "FILE already holds and append the others (an incomplete last line, left by a killed run, is "
            + "cut off and its document done again).")
    boolean resume;

    @Mixin
    BatchOptions batch;

    ExtractCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (resume && (output == null || format != Format.jsonl)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs --format jsonl and --output FILE");
        }
        return new Run(context, "verbatim extract", batch).execute(format, output, resume, null);
    }
}
