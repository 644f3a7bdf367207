package dev.verbatim.cli;

import dev.verbatim.QuoteType;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code verbatim} command line, built on picocli: {@code extract} prints the quotes of
 * articles, {@code report} writes them as an HTML page, {@code evaluate} scores the library against
 * gold annotations. Exit codes: 0 success, 1 some documents failed (or the output could not be
 * written), 2 bad usage or unreadable input. Every error is one line on standard error.
 */
public final class Main {

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Main() {
    }

    public static void main(String[] args) {
        // the command line's SLF4J backend (slf4j-simple, on stderr): warnings only unless --verbose
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(List.of(args), new Context(System.in, out, err, Context.Extractors.BUILD,
                ProgressBars.stderrIsTerminal()));
        out.flush();
        System.exit(code);
    }

    /** Runs one command with a new extractor, no standard input and no progress bar unless asked; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, new Context(InputStream.nullInputStream(), out, err, Context.Extractors.BUILD, false));
    }

    /** Runs one command in {@code context}; returns the process exit code. */
    static int run(List<String> args, Context context) {
        CommandLine cl = commandLine(context);
        int code = cl.execute(args.toArray(String[]::new));
        context.out().flush();
        return code;
    }

    static CommandLine commandLine(Context context) {
        CommandLine cl = new CommandLine(new VerbatimCommand());
        cl.addSubcommand(new ExtractCommand(context));
        cl.addSubcommand(new ReportCommand(context));
        cl.addSubcommand(new EvaluateCommand(context));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(QuoteType.class, s -> {
            try {
                return QuoteType.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a quote type (direct, mixed or indirect)");
            }
        });
        cl.setOut(new PrintWriter(context.out(), true));
        cl.setErr(new PrintWriter(context.err(), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            String name = failed.getCommandSpec().qualifiedName(" ");
            failed.getErr().println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            String message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
            failed.getErr().println(failed.getCommandSpec().qualifiedName(" ") + ": " + message);
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }
}
