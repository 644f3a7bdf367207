package dev.verbatim.cli;

import dev.verbatim.Cue;
import dev.verbatim.ExtractedDocument;
import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code extract [--format text|json|jsonl] FILE|DIR|-}: prints the quotes of articles. */
final class ExtractCommand {

    private ExtractCommand() {
    }

    /** An input document, or the reason it could not be read. */
    record Input(String name, String text, String error) {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String format = "text";
        String target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") && i + 1 < args.size()) {
                format = args.get(++i);
            } else if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (a.startsWith("--") ) {
                err.println("verbatim extract: unknown option " + a);
                return 2;
            } else if (target == null) {
                target = a;
            } else {
                err.println("verbatim extract: one FILE, DIR or - expected, got also " + a);
                return 2;
            }
        }
        if (!List.of("text", "json", "jsonl").contains(format)) {
            err.println("verbatim extract: unknown format '" + format + "' (text, json or jsonl)");
            return 2;
        }
        if (target == null) {
            err.println("usage: verbatim extract [--format text|json|jsonl] FILE|DIR|-");
            return 2;
        }
        List<Input> inputs;
        try {
            inputs = inputs(target);
        } catch (IOException | IllegalArgumentException e) {
            err.println("verbatim extract: " + e.getMessage());
            return 2;
        }
        if (inputs.size() == 1 && inputs.get(0).error() != null) {
            err.println("verbatim extract: " + inputs.get(0).name() + ": " + inputs.get(0).error());
            return 2;
        }
        QuoteExtractor extractor = QuoteExtractor.builder().build();
        int failures = 0;
        if (format.equals("json")) {
            out.print('[');
        }
        for (int d = 0; d < inputs.size(); d++) {
            Input in = inputs.get(d);
            ExtractedDocument quotes = null;
            String error = in.error();
            if (error == null) {
                try {
                    quotes = extractor.extractDocument(in.text());
                } catch (RuntimeException e) {
                    error = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            if (error != null) {
                failures++;
                err.println("verbatim extract: " + in.name() + ": " + error);
            }
            switch (format) {
                case "jsonl" -> out.println(error != null ? JsonOutput.error(in.name(), error)
                        : JsonOutput.document(in.name(), quotes));
                case "json" -> {
                    out.print(d > 0 ? ",\n" : "\n");
                    out.print(error != null ? JsonOutput.error(in.name(), error) : JsonOutput.document(in.name(), quotes));
                }
                default -> {
                    if (error == null) {
                        printText(out, in, quotes, inputs.size() > 1);
                    }
                }
            }
        }
        if (format.equals("json")) {
            out.println("\n]");
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private static void printText(PrintStream out, Input in, ExtractedDocument doc, boolean header) {
        if (header) {
            out.println("== " + in.name() + " (" + doc.quotes().size() + " quotes)");
        }
        for (Quote q : doc.quotes()) {
            String who = q.speaker() instanceof Speaker.Known k
                    ? k.name() + (k.role().map(r -> ", " + r).orElse("")) + " [\"" + k.mention().text() + "\"]"
                    : "(unknown speaker)";
            String cue = q.cue() instanceof Cue.Present c ? c.text() : "-";
            out.printf("¶%d  %s %s  (cue: %s, rule %s, confidence %.2f)%n    “%s”%n", q.paragraph(), q.type(), who, cue,
                    q.rule(), q.confidence(), q.text());
        }
        if (!doc.speakers().isEmpty()) {
            out.printf("%n    %-32s %-12s %-7s %6s %6s %8s%n", "speaker", "kind", "gender", "direct", "mixed", "indirect");
            for (SpeakerEntity s : doc.speakers()) {
                out.printf("    %-32s %-12s %-7s %6d %6d %8d%n", s.name(), s.kind(), s.gender(),
                        s.quoteCount(QuoteType.DIRECT), s.quoteCount(QuoteType.MIXED), s.quoteCount(QuoteType.INDIRECT));
            }
        }
        if (header) {
            out.println();
        }
    }

    /** The documents named by {@code target}: a file, a directory's *.txt files in name order, or - for stdin. */
    static List<Input> inputs(String target) throws IOException {
        if (target.equals("-")) {
            return List.of(decode("-", System.in.readAllBytes()));
        }
        Path p = Path.of(target);
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(p)) {
                files = s.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                        .sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException(target + ": no *.txt articles in this directory");
            }
            List<Input> out = new ArrayList<>();
            for (Path f : files) {
                out.add(read(f));
            }
            return out;
        }
        if (!Files.exists(p)) {
            throw new NoSuchFileException(target, null, "no such file or directory");
        }
        return List.of(read(p));
    }

    private static Input read(Path f) {
        String name = f.getFileName().toString();
        try (InputStream in = Files.newInputStream(f)) {
            return decode(name, in.readAllBytes());
        } catch (IOException e) {
            return new Input(name, null, "cannot read: " + e.getMessage());
        }
    }

    private static Input decode(String name, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Input(name, text, null);
        } catch (CharacterCodingException e) {
            return new Input(name, null, "not valid UTF-8 text");
        }
    }
}
