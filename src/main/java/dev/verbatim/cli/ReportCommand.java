package dev.verbatim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code report}: the HTML view of a run, as {@code extract --format html}. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VerbatimCommand.Version.class,
        sortOptions = false,
        description = {"Writes the quotes of articles as one HTML page.", "",
                "One self-contained page (no script, nothing loaded from outside) shows "
                + "each article with its quotes highlighted in their speaker's colour: direct quotes filled, "
                + "mixed quotes striped, reported speech underlined with dots; cues underlined and speaker "
                + "mentions framed. Hover over or tab to a quote for its speaker, type, rule and confidence. "
                + "Beside each article, its speakers and their quote counts; for several articles, an index "
                + "ranking the speakers across them. Same as extract --format html."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document extracted", "1:some documents failed, or the output could not be written",
                "2:bad usage, or the input cannot be read"},
        footerHeading = "%nExamples:%n",
        footer = {"  verbatim report --output seed.html test-corpus/seed-article.txt",
                "  verbatim report --recursive --output corpus.html articles/"})
final class ReportCommand implements Callable<Integer> {

    private final Context context;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the page to FILE instead of standard output.")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page title (default: Verbatim: FILE|DIR).")
    String title;

    @Mixin
    BatchOptions batch;

    ReportCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return new Run(context, "verbatim report", batch).execute(ExtractCommand.Format.html, output, false, title);
    }
}
