package dev.verbatim.cli;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;
import dev.verbatim.eval.AnnotatorAgreement;
import dev.verbatim.eval.Evaluation;
import dev.verbatim.eval.GoldCorpus;
import dev.verbatim.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code evaluate [--errors FILE] GOLD_DIR}: runs the extractor over a gold corpus and prints the
 * figures of the reference scorer {@code score.py} (same lines, same rounding), the quote-level
 * figures for the project's corpus format, and the speed.
 *
 * <p>{@code GOLD_DIR} is either a PolNeAR split in brat standoff ({@code GOLD_DIR/attributions}
 * exists) or a directory of {@code NAME.txt} + {@code NAME.gold.json}. {@code --errors FILE} writes
 * every miss, false alarm and wrong speaker with its context. {@code --agreement} scores the
 * annotators of a brat split against each other instead (see {@link AnnotatorAgreement}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VerbatimCommand.Version.class,
        description = {"Scores the extractor on gold annotations.", "",
                "The figures and definitions are those of the reference scorer score.py (same lines, same "
                        + "rounding), plus quote-level figures for the project's corpus format.", "",
                "GOLD_DIR is a PolNeAR split in brat standoff (GOLD_DIR/attributions exists) or a directory of "
                        + "NAME.txt with NAME.gold.json beside it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document extracted", "1:some documents failed, or the error file could not be written",
                "2:bad usage, or the gold cannot be read"},
        footerHeading = "%nExamples:%n",
        footer = {"  verbatim evaluate --errors errors.txt test-corpus", "  verbatim evaluate --agreement polnear/train"})
final class EvaluateCommand implements Callable<Integer> {

    private static final String NAME = "verbatim evaluate";

    private final Context context;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every miss, false alarm and wrong speaker, with its context, to FILE.")
    Path errorsFile;

    @Option(names = "--agreement",
            description = {"Instead of running the extractor, score each further annotator of a document against "
                    + "the first (brat standoff only): how far the annotators themselves agree, in the same figures."})
    boolean agreement;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "The gold corpus.")
    Path goldDir;

    @Option(names = {"-v", "--verbose"}, description = "Log what the language models do (to standard error).")
    boolean verbose;

    EvaluateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        if (!Files.isDirectory(goldDir)) {
            context.err().println(NAME + ": no such directory: " + goldDir);
            return 2;
        }
        if (agreement) {
            return agreement();
        }
        GoldCorpus corpus;
        try {
            corpus = GoldCorpus.open(goldDir);
        } catch (IOException | IllegalArgumentException e) {
            context.err().println(NAME + ": cannot read the gold in " + goldDir + ": " + describe(e));
            return 2;
        }
        long start = System.nanoTime();
        QuoteExtractor extractor = context.extractors().get(EnumSet.allOf(QuoteType.class), false);
        double setup = (System.nanoTime() - start) / 1e9;
        Evaluation evaluation = Evaluation.run(corpus, extractor::extract);
        evaluation.failures().forEach((name, failure) -> context.err().println(NAME + ": " + name + ": " + failure));
        context.out().print(evaluation.report());
        context.out().printf(Locale.ROOT, "setup           extractor built in %.1f s%n", setup);
        context.out().flush();
        if (errorsFile != null) {
            try {
                Files.writeString(errorsFile, evaluation.errors());
            } catch (IOException e) {
                context.err().println(NAME + ": cannot write " + errorsFile + ": " + describe(e));
                return 1;
            }
        }
        return evaluation.failures().isEmpty() ? 0 : 1;
    }

    private int agreement() {
        if (!Files.isDirectory(goldDir.resolve("attributions"))) {
            context.err().println(NAME + ": --agreement needs a split in brat standoff (GOLD_DIR/attributions): " + goldDir);
            return 2;
        }
        Score score;
        try {
            score = AnnotatorAgreement.measure(goldDir);
        } catch (IOException | IllegalArgumentException e) {
            context.err().println(NAME + ": cannot read the gold in " + goldDir + ": " + describe(e));
            return 2;
        }
        context.out().println("annotators      each further annotator of a document against its first; a document per pair");
        context.out().print(score.report());
        context.out().flush();
        return 0;
    }

    private static String describe(Exception e) {
        return e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
    }
}
