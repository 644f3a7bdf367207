package dev.verbatim.detect;

import dev.verbatim.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteDetectorTest {

    private final QuoteDetector detector = new QuoteDetector();

    /** Every quote as "depth open-close [begin,end) text", one entry per piece. */
    private List<String> described(String text) {
        return detector.detect(text).stream()
                .flatMap(q -> q.pieces().stream().map(s -> q.depth() + " " + q.openMark() + "-" + q.closeMark()
                        + " [" + s.begin() + "," + s.end() + ") " + s.textOf(text)))
                .toList();
    }

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
        // also when the quote opens a sentence after another quote and its cue, in straight or curly marks
        for (String[] marks : new String[][] {{"\"", "\""}, {"“", "”"}}) {
            String o = marks[0];
            String c = marks[1];
            String after = o + "They are a disgrace," + c + " he said. " + o + "They keep families apart.\n\n"
                    + o + "This is still my family," + c + " he said.";
            List<QuotedSpan> top = detector.detect(after).stream().filter(x -> x.depth() == 0).toList();
            assertThat(top).extracting(x -> x.pieces().stream().map(s -> s.textOf(after)).toList())
                    .containsExactly(List.of("They are a disgrace,"), List.of("They keep families apart.", "This is still my family,"));
        }
        // not a mark opened mid-sentence, nor one that a later quote in its paragraph follows
        assertThat(top("A typo “here and there.\n\n“Real quote,” she said.")).containsExactly("Real quote,");
        assertThat(top("Officials met. “This never closes. “We will win,” she said.\n\n“Nobody will lose,” he said."))
                .containsExactly("We will win,", "Nobody will lose,");
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

    // Real-world typing of marks (issue 9): “…’’ and ” typed as an opening mark.

    @Test
    void curlyOpenerClosedByTwoApostrophes() {
        String text = "“We’re just bored,’’ said Ada Lind. “The freezer is gone.’’";
        // “ at 0, ’’ at 18-19; second “ at 36, ’’ at 57-58
        assertThat(described(text)).containsExactly(
                "0 0-18 [1,18) We’re just bored,",
                "0 36-57 [37,57) The freezer is gone.");
        assertThat(detector.detect(text)).allSatisfy(q -> assertThat(q.markStyle()).isEqualTo('“'));
    }

    @Test
    void curlyOpenerClosedByTwoStraightApostrophes() {
        String text = "“We won,'' he said.";
        assertThat(described(text)).containsExactly("0 0-8 [1,8) We won,");
    }

    @Test
    void twoStraightApostrophesCloseTheirOwnKindFirst() {
        // a quote in two apostrophes is open: the pair is its closing mark, the “ inside is a stray
        String text = "''He said “no,'' she recalled.";
        List<QuotedSpan> all = detector.detect(text);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).markStyle()).isEqualTo(QuoteDetector.DOUBLED_APOSTROPHE);
        assertThat(all.get(0).pieces().get(0).textOf(text)).isEqualTo("He said “no,");
    }

    @Test
    void twoApostrophesAfterAnInnerSingleQuoteCloseBoth() {
        // “…‘no’’: the first ’ closes the inner quote, the pair closes the outer one
        String text = "“She told me ‘no’’ he said.";
        assertThat(described(text)).containsExactly(
                "0 0-17 [1,17) She told me ‘no’",
                "1 13-16 [14,16) no");
    }

    @Test
    void aClosingCurlyMarkLaterWinsOverTwoApostrophes() {
        // the quote's own ” follows: the ’’ is an inner closing mark and a typo, not the end
        String text = "“He called it ‘fine’’ and left,” she said.";
        assertThat(described(text)).containsExactly(
                "0 0-31 [1,31) He called it ‘fine’’ and left,",
                "1 14-19 [15,19) fine");
        assertThat(top("“We won,’’ he said, “again.”")).containsExactly("We won,", "again.");
        assertThat(top("“A,’’ she said. ”B,” he said.")).containsExactly("A,", "B,");
        // also when the ” is written as an entity
        assertThat(top("&ldquo;He called it &lsquo;fine’’ and left,&rdquo; she said.")).containsExactly("He called it &lsquo;fine’’ and left,");
    }

    @Test
    void nestedQuotesWithCorrectMarksAreUnchanged() {
        String text = "“She told me ‘no’” he said, and ‘She said ‘no’’ was her reply.";
        assertThat(described(text)).containsExactly(
                "0 0-17 [1,17) She told me ‘no’",
                "1 13-16 [14,16) no",
                "0 32-46 [33,46) She said ‘no’",
                "1 42-45 [43,45) no");
    }

    @Test
    void twoApostrophesCloseAContinuedQuote() {
        String text = "He said: “The first part.\n“The second part,’’ he added.";
        List<QuotedSpan> q = detector.detect(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).pieces()).extracting(s -> s.textOf(text)).containsExactly("The first part.", "The second part,");
        assertThat(text.charAt(q.get(0).closeMark())).isEqualTo('’');
    }

    @Test
    void apostrophesNeverCloseAQuote() {
        assertThat(detector.detect("“Putin’’s aides won’’t say, he said.")).isEmpty();
        assertThat(detector.detect("“We went to the Joneses’ farm in the ’90s for rock ’n’ roll, he said.")).isEmpty();
        assertThat(detector.detect("“It won''t work and Tom''s car, he said.")).isEmpty();
        // no letter may sit between the two: ’n’ is rock ’n’ roll, not a pair
        assertThat(top("“Rock ’n’ roll,” he said.")).containsExactly("Rock ’n’ roll,");
        assertThat(top("“We visited the Joneses’ farm,’’ he said.")).containsExactly("We visited the Joneses’ farm,");
    }

    @Test
    void strayTwoApostrophesGiveNothing() {
        assertThat(top("He wrote ’’ and left, then “real,” she said.")).containsExactly("real,");
        assertThat(top("Stray’’ marks ’’ here.\n“Fine,’’ she said.")).containsExactly("Fine,");
        // before a word two apostrophes open (''Like this''), they never close a “
        assertThat(detector.detect("“We said ’’Like this, he said.")).isEmpty();
        // right after the “ they quote nothing, and the “ stays open for its ”
        assertThat(top("“’’ and then more,” he said.")).containsExactly("’’ and then more,");
    }

    @Test
    void closingMarkTypedAsOpeningMarkAtParagraphStart() {
        String text = "Intro.\n”We are not moving,” Kowal said. ”Nor are we,” she said.";
        // ” at 7 closed at 26; ” at 40 (after a sentence) closed at 52
        assertThat(described(text)).containsExactly(
                "0 7-26 [8,26) We are not moving,",
                "0 40-52 [41,52) Nor are we,");
        assertThat(detector.detect(text)).allSatisfy(q -> assertThat(q.markStyle()).isEqualTo('”'));
    }

    @Test
    void closingMarkTypedAsOpeningMarkBeforeAnEllipsis() {
        // a quotation that starts mid-sentence: ” then a space and …
        assertThat(top("Intro.\n” … in the end, the vote is over,” the Herald wrote.")).containsExactly("… in the end, the vote is over,");
        // not a mark that ends a quote before a space and …
        assertThat(top("“We won.” … And then the count began.")).containsExactly("We won.");
    }

    @Test
    void closingMarkTypedAsOpeningMarkAfterAColon() {
        assertThat(top("She wrote: ”Still waiting.”")).containsExactly("Still waiting.");
    }

    @Test
    void closingMarkTypedAsTheOpeningMarkOfAContinuedParagraph() {
        String text = "He said: “The first part.\n”The second part,” he added.\nAfter.";
        List<QuotedSpan> q = detector.detect(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).pieces()).extracting(s -> s.textOf(text)).containsExactly("The first part.", "The second part,");
        assertThat(q.get(0).paragraph()).isZero();
        // the first paragraph's mark typed as ”, the next one right
        String typedFirst = "”The first part.\n“The second part.”";
        assertThat(top(typedFirst)).containsExactly("The first part. | The second part.");
        // a quote opened with a typed ” goes on only in curly marks
        assertThat(top("”The first part.\n\"The second part.\"")).containsExactly("The second part.");
    }

    @Test
    void closingMarkAtTheStartOfALineThatClosesThePreviousParagraphIsNoOpeningMark() {
        // the quote's closing mark put on the next line: the quote is not closed and no new one opens
        assertThat(detector.detect("“We will win,\n” he said.\n”, she added.")).isEmpty();
        // a ” paragraph that never closes does not continue the quote of the one before
        assertThat(detector.detect("He said: “We will win.\n”She left early.")).isEmpty();
    }

    @Test
    void closingMarkInsideASentenceOrClosingAnOpenQuoteStaysAClosingMark() {
        assertThat(top("It is “over. ”Right, he said.")).containsExactly("over.");
        assertThat(top("The word ”stray and “real,” she said.")).containsExactly("real,");
        assertThat(top("Said so. ” she wrote, then “real,” she said.")).containsExactly("real,");
        assertThat(top("Said so. ”Stray typo never closed, then “real,” she said.")).containsExactly("real,");
    }

    @Test
    void openingMarkTypedAsClosingMarkAfterTheQuotedWords() {
        // “ typed for ” after the words: the quote is read, and the next one too
        assertThat(top("“It is unusual,“ said Noble. “It is hard to pull off.”"))
                .containsExactly("It is unusual,", "It is hard to pull off.");
        assertThat(top("They built a site called “Cape Breton Welcomes You“ that went viral."))
                .containsExactly("Cape Breton Welcomes You");
        assertThat(top("“Really?“ he asked.")).containsExactly("Really?");
        // not an opening mark before a word, nor one after white space, nor with no “ open
        assertThat(top("He said,“We won.” Then “more,” she said.")).containsExactly("We won.", "more,");
        assertThat(top("The word“ stray, and “real,” she said.")).containsExactly("real,");
    }

    @Test
    void onlyAClosingCurlyMarkClosesOneTypedAsOpening() {
        assertThat(detector.detect("”We won“ he said.\n”We won\" he said.")).isEmpty();
    }

    @Test
    void strayTypedOpeningMarkDoesNotSwallowTheParagraph() {
        String text = "”Stray mark at the start.\nThen “real,” she said.\n”Again a stray, and “one,” he said.";
        assertThat(top(text)).containsExactly("real,", "one,");
    }

    @Test
    void typoFormsStayLinear() {
        String[] inputs = {
                "”a “b’’ ".repeat(40_000),
                "x. ”a ".repeat(40_000),
                "“".repeat(20_000) + "’’".repeat(20_000),
                "“a ‘b".repeat(20_000) + "’’ ".repeat(20_000),
                "”a\n".repeat(40_000),
                "“a,“ b ".repeat(40_000),
                "“a\n”b c\n".repeat(20_000),
                "“" + "’’ x ".repeat(40_000) + "”",
                "“" + "      ’’".repeat(40_000),
                "“a“" + "&#8221;’’".repeat(20_000),
                "“" + "<a".repeat(100_000) + "”",
                "“" + "&".repeat(200_000) + "”",
                "“".repeat(50_000) + "»".repeat(50_000),
        };
        for (String text : inputs) {
            List<QuotedSpan> q = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(20), () -> detector.detect(text));
            dev.verbatim.fuzz.QuoteDetectorFuzzer.check(text, q);
        }
    }
}
