package dev.verbatim.cli;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.eval.Evaluation;
import dev.verbatim.eval.GoldCorpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code evaluate [--errors FILE] GOLD_DIR}: runs the extractor over a gold corpus and prints the
 * figures of the reference scorer {@code score.py} (same lines, same rounding), the quote-level
 * figures for the project's corpus format, and the speed.
 *
 * <p>{@code GOLD_DIR} is either a PolNeAR split in brat standoff ({@code GOLD_DIR/attributions}
 * exists) or a directory of {@code NAME.txt} + {@code NAME.gold.json}. {@code --errors FILE} writes
 * every miss, false alarm and wrong speaker with its context.
 */
public final class EvaluateCommand {

    private static final String USAGE = "usage: verbatim evaluate [--errors FILE] GOLD_DIR";

    private EvaluateCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after {@code evaluate}
     * @param out where the figures go
     * @param err where problems go
     * @return 0 on success, 1 when some document failed or the error file could not be written,
     *     2 on bad usage or unreadable gold
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path errorsFile = null;
        Path goldDir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else if (arg.equals("--errors")) {
                if (i + 1 == args.size()) {
                    err.println("verbatim evaluate: --errors needs a FILE");
                    return 2;
                }
                errorsFile = Path.of(args.get(++i));
            } else if (arg.startsWith("-") || goldDir != null) {
                err.println("verbatim evaluate: unexpected argument '" + arg + "'");
                err.println(USAGE);
                return 2;
            } else {
                goldDir = Path.of(arg);
            }
        }
        if (goldDir == null) {
            err.println(USAGE);
            return 2;
        }
        if (!Files.isDirectory(goldDir)) {
            err.println("verbatim evaluate: no such directory: " + goldDir);
            return 2;
        }
        GoldCorpus corpus;
        try {
            corpus = GoldCorpus.open(goldDir);
        } catch (IOException | IllegalArgumentException e) {
            err.println("verbatim evaluate: cannot read the gold in " + goldDir + ": " + describe(e));
            return 2;
        }
        long start = System.nanoTime();
        QuoteExtractor extractor = QuoteExtractor.builder().build();
        double setup = (System.nanoTime() - start) / 1e9;
        Evaluation evaluation = Evaluation.run(corpus, extractor::extract);
        evaluation.failures().forEach((name, failure) -> err.println("verbatim evaluate: " + name + ": " + failure));
        out.print(evaluation.report());
        out.printf(Locale.ROOT, "setup           extractor built in %.1f s%n", setup);
        if (errorsFile != null) {
            try {
                Files.writeString(errorsFile, evaluation.errors());
            } catch (IOException e) {
                err.println("verbatim evaluate: cannot write " + errorsFile + ": " + describe(e));
                return 1;
            }
        }
        return evaluation.failures().isEmpty() ? 0 : 1;
    }

    private static String describe(Exception e) {
        return e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
    }
}
