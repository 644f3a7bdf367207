package dev.verbatim.cli;

import dev.verbatim.QuoteType;
import dev.verbatim.SharedExtractor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

/** Runs the command line in-process, with the test JVM's shared extractor. */
final class Cli {

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    /** The test JVM's shared extractors, of every type or of direct quotes; other types fail the test. */
    static final Context.Extractors SHARED = (types, doubledApostrophes) -> {
        if (doubledApostrophes && types.equals(EnumSet.allOf(QuoteType.class))) {
            return SharedExtractor.doubledApostrophes();
        }
        if (doubledApostrophes) {
            throw new AssertionError("a test asked for an extractor of " + types + " with doubled apostrophes");
        }
        if (types.equals(EnumSet.allOf(QuoteType.class))) {
            return SharedExtractor.get();
        }
        if (types.equals(EnumSet.of(QuoteType.DIRECT))) {
            return SharedExtractor.direct();
        }
        throw new AssertionError("a test asked for an extractor of " + types);
    };

    private Cli() {
    }

    static Result run(String... args) {
        return run("", SHARED, false, args);
    }

    static Result withStdin(String stdin, String... args) {
        return run(stdin, SHARED, false, args);
    }

    static Result run(String stdin, Context.Extractors extractors, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = new Context(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                extractors, terminal);
        int code = Main.run(List.of(args), context);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
