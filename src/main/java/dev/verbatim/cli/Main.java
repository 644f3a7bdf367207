package dev.verbatim.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code verbatim} command line: {@code extract} prints the quotes of articles, {@code evaluate}
 * scores the library against gold annotations.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(Arrays.asList(args), out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs one command; returns the process exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("-h") || args.get(0).equals("--help")) {
            usage(args.isEmpty() ? err : out);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "extract" -> ExtractCommand.run(rest, out, err);
            case "evaluate" -> EvaluateCommand.run(rest, out, err);
            default -> {
                err.println("verbatim: unknown command '" + args.get(0) + "' (expected extract or evaluate)");
                yield 2;
            }
        };
    }

    private static void usage(PrintStream s) {
        s.println("usage: verbatim extract [--format text|json|jsonl] FILE|DIR|-");
        s.println("       verbatim evaluate [--errors FILE] GOLD_DIR");
    }
}
