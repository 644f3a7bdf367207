package dev.verbatim.cli;

import dev.verbatim.QuoteExtractor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Predicate;

/** One batch run of {@code extract} or {@code report}: input, extraction, output. */
final class Run {

    /** Documents read ahead of the one being written, per worker thread. */
    static final int WINDOW_PER_THREAD = 4;

    private final Context context;
    private final String command;
    private final BatchOptions options;

    Run(Context context, String command, BatchOptions options) {
        this.context = context;
        this.command = command;
        this.options = options;
    }

    /** Runs; returns the exit code. */
    int execute(ExtractCommand.Format format, Path output, boolean resume, String title) throws Exception {
        if (options.threads() < 1) {
            return usage("--threads must be at least 1");
        }
        if (options.verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        int maxChars = QuoteExtractor.Builder.DEFAULT_MAX_INPUT_LENGTH;
        Predicate<Document> skip = d -> false;
        long alreadyDone = 0;
        if (resume) {
            ResumeLog log;
            try {
                log = ResumeLog.open(output);
            } catch (DocumentSource.InputException e) {
                return usage(e.getMessage());
            }
            skip = log;
            alreadyDone = log.documents();
            if (log.documents() > 0 || log.droppedBytes() > 0) {
                context.err().println(command + ": resuming after the " + log.documents() + " documents of " + output
                        + (log.droppedBytes() > 0 ? " (cut off an incomplete last line of " + log.droppedBytes() + " bytes)" : ""));
            }
        }
        DocumentSource source;
        try {
            source = open(maxChars);
        } catch (DocumentSource.InputException e) {
            return usage(e.getMessage());
        } catch (IOException e) {
            return usage(e.getMessage());
        }
        try (source) {
            boolean showProgress = options.progress != null ? options.progress : context.stderrIsTerminal();
            long total = -1;
            if (showProgress) {
                total = source.size();
                if (total < 0 && options.input == BatchOptions.InputFormat.jsonl && !options.target.equals("-")) {
                    total = DocumentSource.countLines(Path.of(options.target));
                }
                total = total < 0 ? -1 : Math.max(0, total - alreadyDone);
            }
            Writer writer;
            try {
                writer = output == null
                        ? new BufferedWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                context.err().println(command + ": cannot write " + output + ": " + describe(e));
                return 1;
            }
            int failures;
            try {
                // the models load after the output opened, so that a bad --output fails at once
                QuoteExtractor extractor = context.extractors().get(options.types(), options.doubledApostrophes);
                Sinks.Closing sink = switch (format) {
                    case jsonl -> Sinks.jsonLines(writer);
                    case json -> Sinks.jsonArray(writer);
                    case html -> new HtmlView(writer, title != null ? title : "Verbatim: " + name(options.target));
                    case text -> Sinks.text(writer, source.size() != 1);
                };
                Batch batch = new Batch(extractor::extractDocument, options.threads(),
                        Math.max(2, options.threads() * WINDOW_PER_THREAD));
                try (ProgressBars.Bar bar = showProgress ? ProgressBars.documents(command.substring(command.indexOf(' ') + 1),
                        total, context.err()) : ProgressBars.NONE) {
                    failures = batch.run(source, skip, sink, bar, context.err(), command);
                }
                sink.finish();
            } catch (IOException e) {
                context.err().println(command + ": cannot write " + (output != null ? output : "the output") + ": " + describe(e));
                return 1;
            } finally {
                if (output != null) {
                    writer.close();
                } else {
                    writer.flush();
                }
            }
            return failures == 0 ? 0 : 1;
        }
    }

    private DocumentSource open(int maxChars) throws IOException, DocumentSource.InputException {
        String target = options.target;
        if (options.input == BatchOptions.InputFormat.jsonl) {
            if (target.equals("-")) {
                return DocumentSource.jsonLines(context.in(), "-", maxChars, -1);
            }
            Path p = Path.of(target);
            if (Files.isDirectory(p)) {
                throw new DocumentSource.InputException(target + ": --input jsonl reads a file or -, not a directory");
            }
            if (!Files.exists(p)) {
                throw new DocumentSource.InputException(target + ": no such file or directory");
            }
            InputStream in = Files.newInputStream(p);
            return DocumentSource.jsonLines(in, p.getFileName().toString(), maxChars, -1);
        }
        if (target.equals("-")) {
            return DocumentSource.stdin(context.in(), maxChars);
        }
        return DocumentSource.files(target, options.recursive, maxChars);
    }

    private static String name(String target) {
        if (target.equals("-")) {
            return "standard input";
        }
        Path name = Path.of(target).toAbsolutePath().normalize().getFileName();
        return name == null ? target : name.toString();
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    private int usage(String message) {
        context.err().println(command + ": " + message);
        return 2;
    }
}
