package dev.verbatim.eval;

import dev.verbatim.Cue;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The test fixtures under {@code src/test/resources/eval}: a brat corpus of three invented articles
 * with a hand-written system output for two of them, and a small corpus in the project's format.
 */
final class Fixture {

    static final String HARBOR = "gazette_2024-03-05_harbor-council-approves";
    static final String STORM = "courier_2024-01-14_storm-closes-alder-pass";
    static final String LIBRARY = "courier_2024-02-02_library-extends-hours";

    private Fixture() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixture.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path bratDir() {
        return resource("brat");
    }

    static String bratText(String name) throws IOException {
        return Files.readString(bratDir().resolve("text").resolve(name + ".txt"));
    }

    /**
     * The hand-written system output for the brat fixture, also stored as {@code system.jsonl}. The
     * library article is left out (a missing document).
     */
    static Map<String, List<Quote>> systemOutput() throws IOException {
        Text harbor = new Text(bratText(HARBOR));
        Text storm = new Text(bratText(STORM));
        return Map.of(
                HARBOR, List.of(
                        // split quote, right speaker
                        harbor.quote(QuoteType.DIRECT, harbor.speaker("Ana Ruiz", 1, "Ana Ruiz", "Mayor"),
                                harbor.cue("said", 1, "Ana Ruiz"),
                                harbor.span("We have waited twenty years for this,", 1),
                                harbor.span("The port will be open to cargo again by spring.", 1)),
                        // wrong speaker
                        harbor.quote(QuoteType.DIRECT, harbor.speaker("Ana Ruiz", 1, "Ana Ruiz", "Mayor"),
                                Cue.absent(), harbor.span("Nobody has shown me the numbers,", 1)),
                        // quote continued over a paragraph
                        harbor.quote(QuoteType.DIRECT, harbor.speaker("Becker", 2, "Tom Becker", null),
                                harbor.cue("added", 1, null),
                                harbor.span("The dredging alone will cost more than the school budget.", 1),
                                harbor.span("And that is before anyone talks about maintenance,", 1)),
                        // scare quote taken for a quote
                        harbor.quote(QuoteType.DIRECT, Speaker.unknown(), Cue.absent(),
                                harbor.span("modernisation fund", 1)),
                        // unanchored: no quotation marks there
                        harbor.quote(QuoteType.DIRECT, harbor.speaker("Tom Becker", 1, "Tom Becker", "Councillor"),
                                harbor.cue("said", 1, "voted against"),
                                harbor.span("the plan was too expensive", 1)),
                        // attribution without a source, no speaker either
                        harbor.quote(QuoteType.DIRECT, Speaker.unknown(), Cue.absent(),
                                harbor.span("Dredging is the only option left,", 1))),
                STORM, List.of(
                        // only part of the quote: detected, but not tight
                        storm.quote(QuoteType.DIRECT, storm.speaker("Lena Ortiz", 1, "Lena Ortiz", null),
                                storm.cue("said", 2, null),
                                storm.span("It came down faster than any forecast", 1)),
                        // not DIRECT: never unanchored
                        storm.quote(QuoteType.MIXED, storm.speaker("State police", 1, "State police", null),
                                storm.cue("said", 3, null),
                                storm.span("the road would reopen once plows had cleared it", 1)),
                        // nickname taken for a quote
                        storm.quote(QuoteType.DIRECT, Speaker.unknown(), Cue.absent(), storm.span("the Chute", 1)),
                        // mixed quote, right speaker
                        storm.quote(QuoteType.DIRECT, storm.speaker("Ortiz", 2, "Lena Ortiz", null),
                                storm.cue("said", 1, "Ortiz said"),
                                storm.span("just glad to be warm.", 1))));
    }

    /** A document text and helpers to build quotes on it by searching substrings. */
    record Text(String text) {

        /** The {@code n}th occurrence of {@code s}, counting from the first occurrence of {@code after}. */
        Span span(String s, int n, String after) {
            int i = (after == null ? 0 : text.indexOf(after)) - 1;
            for (int k = 0; k < n; k++) {
                i = text.indexOf(s, i + 1);
                if (i < 0) {
                    throw new IllegalArgumentException("no occurrence " + n + " of '" + s + "'");
                }
            }
            return new Span(i, i + s.length());
        }

        Span span(String s, int n) {
            return span(s, n, null);
        }

        Speaker speaker(String mention, int n, String name, String role) {
            Span span = span(mention, n);
            return new Speaker.Known(new Mention(span, span.textOf(text)), name, SpeakerKind.PERSON,
                    Optional.ofNullable(role), 0, Gender.UNKNOWN);
        }

        Cue cue(String cue, int n, String after) {
            return new Cue.Present(span(cue, n, after), cue, cue.equals("said") ? "say" : "add");
        }

        Quote quote(QuoteType type, Speaker speaker, Cue cue, Span... spans) {
            String words = Arrays.stream(spans).map(s -> s.textOf(text)).collect(Collectors.joining(" "));
            return new Quote(type, words, List.of(spans), speaker, cue, 0.9, paragraph(spans[0].begin()), "fixture");
        }

        /** The index of the paragraph (non-blank line) where {@code offset} lies. */
        private int paragraph(int offset) {
            return (int) text.substring(0, text.lastIndexOf('\n', offset) + 1).lines()
                    .filter(line -> !line.isBlank()).count();
        }
    }
}
