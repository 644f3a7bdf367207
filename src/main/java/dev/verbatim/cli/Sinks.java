package dev.verbatim.cli;

import dev.verbatim.Cue;
import dev.verbatim.ExtractedDocument;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerEntity;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/** The output formats of {@code extract} other than HTML ({@link HtmlView}). */
final class Sinks {

    private Sinks() {
    }

    /** A sink that also has something to write after the last result. */
    interface Closing extends Batch.Sink {
        void finish() throws IOException;
    }

    /** {@code --format jsonl}: one line per document, flushed as it is written. */
    static Closing jsonLines(Writer out) {
        return new Closing() {
            @Override
            public void accept(Batch.Result r) throws IOException {
                out.write(json(r));
                out.write('\n');
                out.flush();
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }
        };
    }

    /** {@code --format json}: one array of the JSON Lines objects, one per line. */
    static Closing jsonArray(Writer out) throws IOException {
        out.write('[');
        return new Closing() {
            private boolean first = true;

            @Override
            public void accept(Batch.Result r) throws IOException {
                out.write(first ? "\n" : ",\n");
                first = false;
                out.write(json(r));
            }

            @Override
            public void finish() throws IOException {
                out.write("\n]\n");
                out.flush();
            }
        };
    }

    private static String json(Batch.Result r) {
        return r.failed() ? JsonOutput.error(r.document().id(), r.error())
                : JsonOutput.document(r.document().id(), r.extracted());
    }

    /**
     * {@code --format text}: for people. Each quote on two lines, then the document's speakers;
     * with {@code headers}, each document under its name.
     */
    static Closing text(Writer writer, boolean headers) {
        PrintWriter out = new PrintWriter(writer);
        return new Closing() {
            @Override
            public void accept(Batch.Result r) {
                if (!r.failed()) {
                    printText(out, r.document().id(), r.extracted(), headers);
                }
                out.flush();
            }

            @Override
            public void finish() {
                out.flush();
            }
        };
    }

    private static void printText(PrintWriter out, String name, ExtractedDocument doc, boolean header) {
        if (header) {
            out.println("== " + name + " (" + doc.quotes().size() + " quotes)");
        }
        for (Quote q : doc.quotes()) {
            String who = q.speaker() instanceof Speaker.Known k
                    ? k.name() + (k.role().map(r -> ", " + r).orElse("")) + " [\"" + k.mention().text() + "\"]"
                    : "(unknown speaker)";
            String cue = q.cue() instanceof Cue.Present c ? c.text() : "-";
            out.printf(Locale.ROOT, "¶%d  %s %s  (cue: %s, rule %s, confidence %.2f)%n    “%s”%n", q.paragraph(), q.type(),
                    who, cue, q.rule(), q.confidence(), q.text());
        }
        if (!doc.speakers().isEmpty()) {
            out.printf(Locale.ROOT, "%n    %-32s %-12s %-7s %6s %6s %8s%n", "speaker", "kind", "gender", "direct", "mixed",
                    "indirect");
            for (SpeakerEntity s : doc.speakers()) {
                out.printf(Locale.ROOT, "    %-32s %-12s %-7s %6d %6d %8d%n", s.name(), s.kind(), s.gender(),
                        s.quoteCount(QuoteType.DIRECT), s.quoteCount(QuoteType.MIXED), s.quoteCount(QuoteType.INDIRECT));
            }
        }
        if (header) {
            out.println();
        }
    }
}
