package dev.verbatim.detect;

import dev.verbatim.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteDetectorTest {

    private final QuoteDetector detector = new QuoteDetector();

    /** Texts of the top-level quotes, pieces joined by " | ". */
    private List<String> top(String text) {
        return detector.detect(text).stream().filter(q -> q.depth() == 0)
                .map(q -> String.join(" | ", q.pieces().stream().map(s -> s.textOf(text)).toList()))
                .toList();
    }

    @Test
    void curlyAndStraightDoubleQuotes() {
        assertThat(top("“We are set,” he said. Then \"we go,\" she said.")).containsExactly("We are set,", "we go,");
    }

    @Test
    void spansCoverTheWordsBetweenTheMarks() {
        String text = "He said: “  Hello there. ”";
        QuotedSpan q = detector.detect(text).get(0);
        Span s = q.pieces().get(0);
        assertThat(s.textOf(text)).isEqualTo("Hello there.");
        assertThat(text.charAt(q.openMark())).isEqualTo('“');
        assertThat(text.charAt(q.closeMark())).isEqualTo('”');
    }

    @Test
    void apostrophesAreNeverMarks() {
        String text = "Putin’s aides and Jones’ farm won’t change; the ’90s gave us rock ’n’ roll and rock 'n' roll.";
        assertThat(detector.detect(text)).isEmpty();
    }

    @Test
    void singleQuotesWithApostrophesInside() {
        String text = "‘We won’t stop at Jones’ farm,’ she said. 'It's ours,' he said.";
        assertThat(top(text)).containsExactly("We won’t stop at Jones’ farm,", "It's ours,");
    }

    @Test
    void guillemetsAndGermanMarks() {
        assertThat(top("Il a dit « nous sommes prêts » hier.")).containsExactly("nous sommes prêts");
        assertThat(top("Er sagte: „Wir sind bereit“, und ging.")).containsExactly("Wir sind bereit");
        assertThat(top("«Basta», ha detto.")).containsExactly("Basta");
    }

    @Test
    void quoteInsideQuoteIsNested() {
        String text = "He said: “She told me ‘no’ twice.”";
        List<QuotedSpan> all = detector.detect(text);
        assertThat(top(text)).containsExactly("She told me ‘no’ twice.");
        assertThat(all).anySatisfy(q -> {
            assertThat(q.depth()).isEqualTo(1);
            assertThat(q.pieces().get(0).textOf(text)).isEqualTo("no");
        });
    }

    @Test
    void britishStyleNestsDoubleInsideSingle() {
        String text = "‘She told me “no”,’ he said.";
        assertThat(top(text)).containsExactly("She told me “no”,");
    }

    @Test
    void quoteContinuedOverParagraphsIsOneQuote() {
        String text = "He said: “The first part.\n\n“The second part.”\nAfter.";
        List<QuotedSpan> q = detector.detect(text).stream().filter(x -> x.depth() == 0).toList();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).pieces()).extracting(s -> s.textOf(text)).containsExactly("The first part.", "The second part.");
        assertThat(q.get(0).paragraph()).isZero();
    }

    @Test
    void unclosedMarkDoesNotSwallowTheArticle() {
        String text = "The “broken mark stays open.\n“Real quote,” she said.\nLast “one,” he said.";
        assertThat(top(text)).containsExactly("Real quote,", "one,");
    }

    @Test
    void unclosedMarkInsideAParagraphKeepsLaterQuotes() {
        String text = "A typo “here, and later “We will win,” she said.";
        assertThat(top(text)).containsExactly("We will win,");
    }

    @Test
    void closingMarkNeverOpenedIsIgnored() {
        assertThat(top("Stray” mark, then “fine,” he said.")).containsExactly("fine,");
    }

    @Test
    void markupAttributesAreNotQuotes() {
        String text = "<tweet id=\"123\" author=\"@x\">Hello</tweet> and a=\"b\" then “real,” she said.";
        assertThat(top(text)).containsExactly("real,");
    }

    @Test
    void doubledApostrophesAreDoubleMarks() {
        String text = "''I said, 'No,''' he recalled.";
        List<QuotedSpan> all = detector.detect(text);
        assertThat(all).anySatisfy(q -> {
            assertThat(q.depth()).isZero();
            assertThat(q.markStyle()).isEqualTo(QuoteDetector.DOUBLED_APOSTROPHE);
            assertThat(q.pieces().get(0).textOf(text)).isEqualTo("I said, 'No,'");
        });
    }

    @Test
    void paragraphIndexesCountOnlyNonEmptyParagraphs() {
        String text = "First.\r\n\r\n\r\nSecond has “a quote,” she said.";
        assertThat(detector.detect(text).get(0).paragraph()).isEqualTo(1);
    }

    @Test
    void onlyMarksOrEmptyTextGiveNothingAndDoNotFail() {
        assertThat(detector.detect("")).isEmpty();
        assertThat(detector.detect("“”\"\"''‘’«»„“")).allSatisfy(q -> assertThat(q.pieces()).isNotEmpty());
    }

    @Test
    void htmlEntitiesLeftInScrapedTextAreMarks() {
        assertThat(top("&quot;We will win,&quot; she said.")).containsExactly("We will win,");
        assertThat(top("&#8220;We will win,&#8221; he said, &ldquo;again.&rdquo;")).containsExactly("We will win,", "again.");
        assertThat(top("Ruiz&#39;s aides don&#39;t agree &amp; left.")).isEmpty();
    }
}
