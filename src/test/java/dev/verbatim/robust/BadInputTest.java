package dev.verbatim.robust;

import dev.verbatim.ExtractedDocument;
import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;
import dev.verbatim.SharedExtractor;
import dev.verbatim.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static dev.verbatim.robust.Invariants.assertConsistent;
import static dev.verbatim.robust.Invariants.expect;
import static dev.verbatim.robust.Invariants.expectAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Broken and hostile input: unbalanced marks, marks only, binary garbage, very large articles,
 * very many paragraphs, one very long line, text past the size limit. No exception other than the
 * documented ones, no hang, and no quote lost from the well-formed parts. Timeouts here only guard
 * against hangs; the measured times are printed for the benchmark notes.
 */
class BadInputTest {

    /** Hang guard only: far above any expected time. Speed belongs to the benchmark. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private static final String GOOD_1 = "We will reopen the harbour in May,";
    private static final String GOOD_2 = "Nobody will lose their job,";
    private static final String GOOD_3 = "The budget is balanced,";
    private static final String QUOTE_1 = "“" + GOOD_1 + "” said Ana Ruiz, the mayor of Portvale.";
    private static final String QUOTE_2 = "“" + GOOD_2 + "” said Tom Becker, the union leader.";
    private static final String QUOTE_3 = "“" + GOOD_3 + "” said Lena Park, the city treasurer.";
    private static final String FILLER = "The council met on Tuesday and discussed the harbour, the ferry timetable and the "
            + "new library. Several residents attended the session, which lasted three hours. Officials "
            + "published the minutes on the city website later that evening.";

    private final QuoteExtractor extractor = SharedExtractor.get();
    private final QuoteExtractor directOnly = SharedExtractor.direct();

    private List<Quote> extract(String text) {
        List<Quote> quotes = extractor.extract(text);
        assertConsistent(text, quotes);
        return quotes;
    }

    private List<Quote> timed(String label, String text) {
        return timed(label, text, extractor);
    }

    private List<Quote> timed(String label, String text, QuoteExtractor ex) {
        long t0 = System.nanoTime();
        List<Quote> quotes = assertTimeoutPreemptively(HANG_GUARD, () -> ex.extract(text), label);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[robust timing] %s: %,d chars, %d quotes, %,d ms%n", label, text.length(), quotes.size(), ms);
        assertConsistent(text, quotes);
        return quotes;
    }

    private static List<Quote> ofType(List<Quote> quotes, QuoteType type) {
        return quotes.stream().filter(q -> q.type() == type).toList();
    }

    /** The three good quotes are all there, at their places, with their speakers. */
    private static void expectGoodQuotes(String text, List<Quote> quotes) {
        expectAt(text, quotes, GOOD_1, text.indexOf(GOOD_1));
        expectAt(text, quotes, GOOD_2, text.indexOf(GOOD_2));
        expectAt(text, quotes, GOOD_3, text.indexOf(GOOD_3));
        assertThat(expect(text, quotes, GOOD_1).speakerName()).contains("Ana Ruiz");
        assertThat(expect(text, quotes, GOOD_2).speakerName()).contains("Tom Becker");
        assertThat(expect(text, quotes, GOOD_3).speakerName()).contains("Lena Park");
    }

    // ---- unbalanced marks -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "“This opens and never closes, the official said.",
            "This closes and never opened,” the official said.",
            "He called it \"a plan and \"a trap\" and \"a joke. Nobody laughed.",
            "\"One \"two\" three\" four \" five \"",
            "Prices « rose on Monday.",
            "Prices rose » on Monday.",
            "‹ Half a guillemet.",
            "„German opening only.",
            "It was ‘ a single mark.",
            "Putin’s aides won’t say ’90s rock ’n’ roll in the Jones’ farm’",
            "''Doubled apostrophes never closed.",
            "“Nested ‘inner never closed,” he said.",
            "“”", "\"", "«", "»", "’", "„“", "\"\"\"",
            ":“", "“\n”", "“ ” “ ” “"})
    void unbalancedMarksDoNotSwallowTheWellFormedQuotes(String broken) {
        // the broken paragraph before, between and after the good ones. A plain paragraph follows
        // it: a paragraph opening a quote it never closes, followed by one that opens with a mark,
        // is a quote continued over paragraphs, not a broken one.
        String plain = "\nThe council met again.\n";
        String text = broken + plain + QUOTE_1 + "\n" + broken + plain + QUOTE_2 + "\n\n" + broken + plain + QUOTE_3 + "\n" + broken;
        expectGoodQuotes(text, extract(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“This opens and never closes.",
            "This closes and never opened”.",
            "Prices « rose.",
            "It was ‘ odd.",
            "The \"smart\" plan.",
            "Putin’s aides won’t say."})
    void unbalancedMarksInTheSameParagraphAsAGoodQuote(String broken) {
        String text = "Officials met. " + broken + " " + QUOTE_1 + "\n"
                + QUOTE_2 + " " + broken + "\n"
                + "A second sentence. " + broken + " More text. " + QUOTE_3 + " The end.";
        expectGoodQuotes(text, extract(text));
    }

    @Test
    void aDocumentOfNothingButQuoteMarks() {
        StringBuilder sb = new StringBuilder();
        String marks = "“”\"„‘’'‚«»‹›";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            sb.append(marks.charAt(random.nextInt(marks.length())));
            if (random.nextInt(50) == 0) {
                sb.append(random.nextBoolean() ? '\n' : ' ');
            }
        }
        timed("only quote marks", sb.toString());
        timed("only curly pairs", "“”".repeat(10_000));
        timed("only straight marks", "\"".repeat(20_000));
        timed("only openers", "“".repeat(20_000));
        timed("marks on their own lines", "“\n”\n".repeat(5_000));
    }

    // ---- garbage -------------------------------------------------------------------------------

    @Test
    void binaryGarbageDecodedAsUtf8() {
        Random random = new Random(20240514L);
        byte[] bytes = new byte[100_000];
        random.nextBytes(bytes);
        String garbage = new String(bytes, StandardCharsets.UTF_8);
        timed("binary garbage 100 KB", garbage);
    }

    @Test
    void binaryGarbageAroundGoodQuotes() {
        Random random = new Random(42L);
        StringBuilder sb = new StringBuilder();
        String[] good = {QUOTE_1, QUOTE_2, QUOTE_3};
        for (String quote : good) {
            byte[] bytes = new byte[20_000];
            random.nextBytes(bytes);
            // a plain paragraph after the garbage, so a mark left open in it cannot run on into the quote
            sb.append(new String(bytes, StandardCharsets.UTF_8)).append("\n\nThe council met again.\n").append(quote).append('\n');
        }
        String text = sb.toString();
        expectGoodQuotes(text, timed("binary garbage around three quotes", text));
    }

    // ---- size ------------------------------------------------------------------------------------

    /** A headline, then paragraphs of filler for about {@code chars} characters, the three good quotes among them. */
    private static String fillerArticle(int chars) {
        StringBuilder sb = new StringBuilder(chars + chars / 10);
        sb.append("Portvale council approves the harbour budget\n\n");
        int paragraphs = chars / (FILLER.length() + 1);
        for (int i = 0; i < paragraphs; i++) {
            if (i == 10) {
                sb.append(QUOTE_1).append('\n');
            } else if (i == paragraphs / 2) {
                sb.append(QUOTE_2).append('\n');
            } else if (i == paragraphs - 10) {
                sb.append(QUOTE_3).append('\n');
            }
            sb.append(FILLER).append('\n');
        }
        return sb.toString();
    }

    @Test
    void fiveMegabyteArticleWithThreeQuotes() {
        String text = fillerArticle(5_000_000);
        assertThat(text.length()).isGreaterThan(5_000_000);
        // direct quotes only: the models run only around the quotes, whatever the size of the page
        List<Quote> quotes = timed("5 MB article, three quotes, DIRECT only", text, directOnly);
        assertThat(quotes).hasSize(3);
        expectGoodQuotes(text, quotes);
    }

    @Test
    void halfAMegabyteOfProseIsReadForReportedSpeechThroughout() {
        String text = fillerArticle(500_000);
        int paragraphs = 500_000 / (FILLER.length() + 1);
        List<Quote> quotes = timed("500 KB article, all types", text);
        assertThat(ofType(quotes, QuoteType.DIRECT)).hasSize(3);
        expectGoodQuotes(text, quotes);
        // "The council … discussed the harbour, …" in every paragraph, far from the quotes too
        List<Quote> reported = ofType(quotes, QuoteType.INDIRECT);
        assertThat(reported).hasSize(paragraphs);
        assertThat(reported).allSatisfy(q -> {
            assertThat(q.text()).isEqualTo("the harbour, the ferry timetable and the new library");
            assertThat(q.cue().present().orElseThrow().text()).isEqualTo("discussed");
        });
    }

    @Test
    void twentyThousandShortParagraphs() {
        StringBuilder sb = new StringBuilder();
        int[] at = {3, 10_000, 19_990};
        String[] quote = {QUOTE_1, QUOTE_2, QUOTE_3};
        int k = 0;
        for (int p = 0; p < 20_000; p++) {
            if (k < at.length && p == at[k]) {
                sb.append(quote[k++]).append('\n');
            } else {
                sb.append("Paragraph ").append(p).append(" is short.\n");
            }
        }
        String text = sb.toString();
        List<Quote> quotes = timed("20,000 short paragraphs", text);
        assertThat(quotes).hasSize(3); // nothing reported in "Paragraph N is short."
        expectGoodQuotes(text, quotes);
        assertThat(quotes).extracting(Quote::paragraph).containsExactly(3, 10_000, 19_990);
    }

    @Test
    void aSingleLineOfTwoHundredThousandCharacters() {
        StringBuilder sb = new StringBuilder();
        int sentences = 0;
        while (sb.length() < 200_000) {
            sb.append(FILLER).append(' ');
            sentences++;
            if (sentences == 5) {
                sb.append(QUOTE_1).append(' ');
            } else if (sentences == 400) {
                sb.append(QUOTE_2).append(' ');
            }
        }
        sb.append(QUOTE_3);
        String text = sb.toString();
        assertThat(text).doesNotContain("\n");
        assertThat(text.length()).isGreaterThanOrEqualTo(200_000);
        List<Quote> quotes = timed("one line of 200,000 chars", text);
        assertThat(ofType(quotes, QuoteType.DIRECT)).hasSize(3);
        expectGoodQuotes(text, quotes);
    }

    // ---- reported speech: inputs aimed at the clause rules ---------------------------------------

    @Test
    void twentyThousandWordsWithoutAFullStopBetweenQuotes() {
        String run = "and the council discussed the harbour " .repeat(4_000).strip(); // 20,000 words, no full stop
        String text = QUOTE_1 + "\n" + run + "\n" + QUOTE_2 + " " + run + " " + QUOTE_3;
        List<Quote> quotes = timed("20,000 words without a full stop", text);
        expectGoodQuotes(text, quotes);
        assertThat(ofType(quotes, QuoteType.DIRECT)).hasSize(3);
    }

    @Test
    void aThreeThousandWordSentenceInsideAParagraph() {
        String sentence = "Officials said that the council discussed the harbour " .repeat(400).strip(); // < 20,000 chars
        String text = QUOTE_1 + " " + sentence + ".\n" + QUOTE_2 + "\n" + QUOTE_3;
        List<Quote> quotes = timed("one sentence of 3,200 words", text);
        expectGoodQuotes(text, quotes);
        assertThat(ofType(quotes, QuoteType.DIRECT)).hasSize(3);
    }

    @Test
    void reportedSpeechHundredsDeepIsOneQuoteOrNone() {
        StringBuilder deep = new StringBuilder("Ana Ruiz said that");
        for (int i = 0; i < 300; i++) {
            deep.append(" Tom Becker told reporters that Lena Park said that");
        }
        deep.append(" the bridge is closed.");
        StringBuilder shallow = new StringBuilder("Ana Ruiz said that");
        for (int i = 0; i < 10; i++) {
            shallow.append(" the mayor said that");
        }
        shallow.append(" the bridge is closed.");
        String text = deep + "\n" + shallow + "\n" + QUOTE_1;
        List<Quote> quotes = timed("a chain of 600 reported clauses", text);
        // a sentence of 2,000 tokens is not prose: nothing is looked for in it (nor in its pieces), and nothing hangs
        assertThat(quotes).noneSatisfy(q -> assertThat(q.extent().begin()).isLessThan(deep.length()));
        // in a sentence of prose length only the outermost attribution counts
        List<Quote> second = ofType(quotes, QuoteType.INDIRECT);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).speakerName()).contains("Ana Ruiz");
        assertThat(second.get(0).text()).startsWith("that the mayor said that").endsWith("the bridge is closed");
        expectAt(text, quotes, GOOD_1, text.indexOf(GOOD_1));
    }

    @Test
    void everySentenceACue() {
        StringBuilder sb = new StringBuilder();
        int n = 3_000;
        for (int i = 0; i < n; i++) {
            sb.append("Official ").append(i).append(" said that the bridge would reopen. ");
            if (i % 5 == 4) {
                sb.append('\n');
            }
        }
        String text = sb.toString();
        List<Quote> quotes = timed("3,000 sentences, each a cue", text);
        assertThat(quotes).hasSize(n);
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
            assertThat(q.text()).isEqualTo("that the bridge would reopen");
        });
    }

    @Test
    void aSingleWordOfTwoHundredThousandCharacters() {
        String text = "x".repeat(100_000) + " “" + GOOD_1 + "” said Ana Ruiz. " + "y".repeat(100_000);
        List<Quote> quotes = timed("one word of 200,000 chars", text);
        expectAt(text, quotes, GOOD_1, text.indexOf(GOOD_1));
    }

    @Test
    void manyQuotesInOneArticle() {
        StringBuilder sb = new StringBuilder("Ana Ruiz, the mayor, spoke for an hour.\n");
        for (int i = 0; i < 2_000; i++) {
            sb.append("“Point ").append(i).append(" is settled,” she said.\n");
        }
        String text = sb.toString();
        List<Quote> quotes = timed("2,000 quotes", text);
        assertThat(quotes).hasSize(2_000);
        assertThat(quotes).allSatisfy(q -> assertThat(q.speakerName()).contains("Ana Ruiz"));
    }

    @Test
    void thousandsOfPeopleEachNamedThenCalledBySurnameAndPronoun() {
        // every person is new: the passes that link a name, a surname or a pronoun to its person
        // look it up or look back a bounded way, not through every person named before
        String[] women = {"Anna", "Maria", "Elena", "Sarah", "Laura", "Julia", "Clara", "Helen"};
        String[] men = {"John", "Peter", "David", "Thomas", "James", "Robert", "Daniel", "Henry"};
        String[] syllables = {"ko", "wal", "ber", "man", "ton", "ric", "lan", "der", "vel", "mor", "tas", "nik"};
        int people = 1_500;
        StringBuilder sb = new StringBuilder();
        List<String[]> expected = new java.util.ArrayList<>(); // quote, speaker, mention as written
        for (int i = 0; i < people; i++) {
            String s = syllables[i % 12] + syllables[i / 12 % 12] + syllables[i / 144 % 12] + "son";
            String surname = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            boolean woman = i % 2 == 0;
            String name = (woman ? women : men)[i / 2 % women.length] + " " + surname;
            String[][] paragraphs = {
                    {"Point " + i + " is settled,", "“%s” said " + name + ".", name},
                    {"Point " + i + " still stands,", "“%s” " + surname + " said.", surname},
                    {"Point " + i + " holds,", "“%s” " + (woman ? "she" : "he") + " said.", woman ? "she" : "he"}};
            for (String[] p : paragraphs) {
                sb.append(p[1].formatted(p[0])).append("\n\n");
                expected.add(new String[] {p[0], name, p[2]});
            }
        }
        String text = sb.toString();
        long t0 = System.nanoTime();
        ExtractedDocument document = assertTimeoutPreemptively(HANG_GUARD, () -> directOnly.extractDocument(text));
        System.out.printf("[robust timing] %s: %,d chars, %d quotes, %,d ms%n", "1,500 people, each by name, surname and pronoun",
                text.length(), document.quotes().size(), (System.nanoTime() - t0) / 1_000_000);
        List<Quote> quotes = document.quotes();
        assertConsistent(text, quotes);
        assertThat(quotes).hasSize(expected.size());
        int from = 0;
        for (int q = 0; q < quotes.size(); q++) {
            String[] e = expected.get(q);
            int at = text.indexOf(e[0], from);
            expectAt(text, quotes, e[0], at);
            Quote quote = quotes.get(q);
            assertThat(quote.text()).isEqualTo(e[0]);
            assertThat(quote.speakerName()).as("speaker of \"%s\"", e[0]).contains(e[1]);
            Speaker.Known speaker = (Speaker.Known) quote.speaker();
            assertThat(speaker.mention().text()).isEqualTo(e[2]);
            assertThat(speaker.mention().span().textOf(text)).isEqualTo(e[2]);
            assertThat(speaker.mention().span().begin()).isGreaterThan(at + e[0].length());
            from = at + e[0].length();
        }
        assertThat(document.speakers()).hasSize(people); // one entity per person, three quotes each
        assertThat(document.speakers()).allSatisfy(s -> assertThat(s.mentions()).hasSize(3));
    }

    // ---- the size limit --------------------------------------------------------------------------

    @Test
    void textBeyondTheDefaultLimitIsRefusedWithAClearMessage() {
        String tooLong = "a".repeat(QuoteExtractor.Builder.DEFAULT_MAX_INPUT_LENGTH + 1);
        assertThat(QuoteExtractor.Builder.DEFAULT_MAX_INPUT_LENGTH).isGreaterThanOrEqualTo(10_000_000);
        assertThatThrownBy(() -> extractor.extract(tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(QuoteExtractor.Builder.DEFAULT_MAX_INPUT_LENGTH))
                .hasMessageContaining("maxInputLength");
    }

    @Test
    void textAtTheDefaultLimitIsAccepted() {
        String atLimit = "a".repeat(QuoteExtractor.Builder.DEFAULT_MAX_INPUT_LENGTH);
        assertThat(timed("10,000,000 chars without marks", atLimit)).isEmpty();
    }

    @Test
    void nullIsRejectedAndBlankGivesNothing() {
        assertThatThrownBy(() -> extractor.extract(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThat(extract("")).isEmpty();
        assertThat(extract(" \n\t\r\n ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The plan, he said, was “odd” Peskov", "Prices, she said, were “absurd” the minister",
            "The plan, he said, was a “failure” and Dmitry Peskov"})
    void aDocumentThatEndsWithANameRightAfterAQuotation(String text) {
        // found by the fuzzer: the phrase after the closing mark ran to the end of the text, and the
        // look past it for a place's region read one token too far
        List<Quote> quotes = extract(text);
        assertConsistent(text, quotes);
        assertThat(quotes).isNotEmpty();
    }
}
