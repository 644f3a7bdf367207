package dev.verbatim.robust;

import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.SharedExtractor;
import dev.verbatim.detect.QuoteDetector;
import dev.verbatim.fuzz.QuoteDetectorFuzzer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;

import static dev.verbatim.robust.Invariants.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based tests (jqwik; they run with the default test command): articles built from
 * random pieces (sentences with apostrophes, quotes with and without attribution in every mark
 * style, broken marks, random Unicode with surrogates and emoji, odd separators) never break the
 * invariants of {@link Invariants#assertConsistent}, and well-formed quotes in their own paragraphs
 * are always found at their exact place. Tries are bounded: every try runs the shared extractor.
 */
class ExtractionPropertiesTest {

    private static final QuoteExtractor EXTRACTOR = SharedExtractor.get();
    private static final QuoteDetector DETECTOR = new QuoteDetector();

    private static final List<String> SENTENCES = List.of(
            "Putin’s aides won’t comment.", "The ’90s were different.", "They played rock ’n’ roll all night.",
            "Jones’ farm was sold on Monday.", "Ana Ruiz is the mayor of Portvale.", "Markets rose on Tuesday.",
            "It’s the Smiths’ house, isn’t it?", "Tom Becker leads the dockers’ union.", "Rates hit 5% in ’08.",
            "The council didn't say.", "Lena Park, the treasurer, spoke later.", "Ports closed 'til noon.");
    private static final List<String> WORDS = List.of(
            "We will win,", "We won’t stop,", "It’s the ’90s again,", "Rock ’n’ roll never dies,",
            "Putin’s plan failed,", "The Jones’ farm is ours,", "Nobody expected this.", "Why now?",
            "We are set on serious negotiations,", "Prices will fall 🏆,", "‘Enough’ is enough,", "No.");
    private static final List<String[]> MARKS = List.of(
            new String[] {"“", "”"}, new String[] {"\"", "\""}, new String[] {"‘", "’"}, new String[] {"'", "'"},
            new String[] {"«", "»"}, new String[] {"« ", " »"}, new String[] {"„", "“"}, new String[] {"‹", "›"},
            new String[] {"&quot;", "&quot;"}, new String[] {"&#8220;", "&#8221;"}, new String[] {"''", "''"});
    private static final List<String[]> ATTRIBUTIONS = List.of(
            new String[] {"", ""}, new String[] {"", " he said."}, new String[] {"", " said Ana Ruiz."},
            new String[] {"", " Tom Becker said."}, new String[] {"Ana Ruiz said: ", ""},
            new String[] {"She added: ", ""}, new String[] {"", " said Lena Park, the treasurer."});
    private static final List<String> BROKEN = List.of(
            "“", "”", "\"", "'", "«", "»", "‹", "›", "„", "‘", "’", "''", "“ ”", ":“", "\"\"", "’’", "”“", "&quot;", "&#8220;");

    // ---- generators ------------------------------------------------------------------------------

    private static Arbitrary<String> sentences() {
        return Arbitraries.of(SENTENCES);
    }

    private static Arbitrary<String> quotes() {
        Arbitrary<String> simple = Combinators.combine(Arbitraries.of(MARKS), Arbitraries.of(WORDS), Arbitraries.of(ATTRIBUTIONS))
                .as((m, w, a) -> a[0] + m[0] + w + m[1] + a[1]);
        Arbitrary<String> split = Combinators.combine(Arbitraries.of(MARKS), Arbitraries.of(WORDS), Arbitraries.of(WORDS))
                .as((m, w1, w2) -> m[0] + w1 + m[1] + " he said, " + m[0] + w2 + m[1]);
        return Arbitraries.frequencyOf(Tuple.of(4, simple), Tuple.of(1, split));
    }

    private static Arbitrary<String> randomUnicode() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)
                .list().ofMaxSize(4).map(l -> String.join("", l));
        Arbitrary<String> emoji = Arbitraries.of("🎉", "🏆", "👩‍👩‍👧‍👦", "🇺🇦", "𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠", "😀", "\uD83D", "\uDE00", "\uFEFF", "\u200B", "\u00A0");
        return Arbitraries.oneOf(any, astral, emoji);
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, sentences()), Tuple.of(4, quotes()), Tuple.of(2, Arbitraries.of(BROKEN)), Tuple.of(2, randomUnicode()));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n", "\r\n", "\n\n", "\t", "\u00A0", "", "\u2029");
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(14), separator.list().ofSize(14))
                .as((pieces, separators) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) {
                        sb.append(pieces.get(i)).append(separators.get(i));
                    }
                    return sb.toString();
                });
    }

    /**
     * An article of paragraphs, each either plain sentences or one well-formed curly quote with an
     * attribution (an unattributed quote may rightly be judged a scare quote or a title).
     */
    @Provide
    Arbitrary<List<String[]>> cleanParagraphs() {
        Arbitrary<String[]> plain = Combinators.combine(sentences(), sentences()).as((a, b) -> new String[] {a + " " + b, null});
        Arbitrary<String[]> quote = Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of(ATTRIBUTIONS.subList(1, ATTRIBUTIONS.size())), sentences())
                .as((w, a, s) -> new String[] {a[0] + "“" + w + "”" + a[1] + " " + s, w, a[1]});
        return Arbitraries.frequencyOf(Tuple.of(1, plain), Tuple.of(1, quote)).list().ofMinSize(1).ofMaxSize(10);
    }

    // ---- properties ------------------------------------------------------------------------------

    @Property(tries = 200)
    void extractionInvariantsHoldOnAnyArticle(@ForAll("articles") String text) {
        List<Quote> quotes = EXTRACTOR.extract(text);
        assertConsistent(text, quotes);
    }

    @Property(tries = 2000)
    void detectorInvariantsHoldOnAnyArticle(@ForAll("articles") String text) {
        QuoteDetectorFuzzer.check(text, DETECTOR.detect(text));
    }

    @Property(tries = 100)
    void wellFormedQuotesInTheirOwnParagraphsAreAllFound(@ForAll("cleanParagraphs") List<String[]> paragraphs) {
        StringBuilder sb = new StringBuilder();
        List<int[]> expected = new ArrayList<>();
        List<String[]> expectedQuotes = new ArrayList<>();
        for (String[] p : paragraphs) {
            if (p[1] != null) {
                int at = sb.length() + p[0].indexOf("“") + 1;
                expected.add(new int[] {at, at + p[1].length()});
                expectedQuotes.add(p);
            }
            sb.append(p[0]).append('\n');
        }
        String text = sb.toString();
        List<Quote> quotes = EXTRACTOR.extract(text);
        assertConsistent(text, quotes);
        for (int i = 0; i < expected.size(); i++) {
            int[] span = expected.get(i);
            String words = expectedQuotes.get(i)[1];
            Quote q = Invariants.expect(text, quotes.stream().filter(x -> x.spans().get(0).begin() == span[0]).toList(), words);
            assertThat(q.spans()).as("one span").hasSize(1);
            assertThat(q.spans().get(0).end()).isEqualTo(span[1]);
            if (expectedQuotes.get(i)[2].equals(" said Ana Ruiz.")) {
                assertThat(q.speakerName()).as("speaker of %s in %s", words, Invariants.abbreviate(text)).contains("Ana Ruiz");
            }
        }
    }
}
