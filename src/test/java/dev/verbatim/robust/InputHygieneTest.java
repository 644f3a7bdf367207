package dev.verbatim.robust;

import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.verbatim.robust.Invariants.assertConsistent;
import static dev.verbatim.robust.Invariants.expect;
import static dev.verbatim.robust.Invariants.expectAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text as scraped: Windows line ends, byte-order marks, no-break and zero-width spaces, tabs, HTML
 * entities and characters outside the BMP. Offsets must still point at the right characters and
 * the quote must still be found with its speaker.
 */
class InputHygieneTest {

    private static final String WIN = "We will win,";
    private final QuoteExtractor extractor = SharedExtractor.get();

    private List<Quote> extract(String text) {
        List<Quote> quotes = extractor.extract(text);
        assertConsistent(text, quotes);
        return quotes;
    }

    /** Checks the quote {@code words} is found right at its place in {@code text} with {@code speaker}. */
    private Quote expectQuote(String text, String words, String speaker) {
        List<Quote> quotes = extract(text);
        int at = text.indexOf(words);
        assertThat(at).as("fixture contains the words").isNotNegative();
        Quote q = expectAt(text, quotes, words, at);
        assertThat(q.speakerName()).as("speaker of \"%s\" in %s", words, Invariants.abbreviate(text)).contains(speaker);
        return q;
    }

    @Test
    void windowsLineEnds() {
        String text = "Vladimir Putin spoke late on Saturday.\r\n\r\n"
                + "“We are set on serious negotiations,” he affirmed.\r\n"
                + "The Kremlin gave no details.\r\n"
                + "“We will win,” said Ana Ruiz, the mayor.\r\n";
        expectQuote(text, "We are set on serious negotiations,", "Vladimir Putin");
        Quote q = expectQuote(text, WIN, "Ana Ruiz");
        assertThat(q.paragraph()).isEqualTo(3);
    }

    @Test
    void quoteContinuedOverWindowsParagraphs() {
        String text = "Ana Ruiz, the mayor, spoke on Monday.\r\n"
                + "“The harbour will reopen in May.\r\n"
                + "“We will rebuild the pier first,” she said.\r\n";
        List<Quote> quotes = extract(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("The harbour will reopen in May. We will rebuild the pier first,");
        assertThat(quotes.get(0).speakerName()).contains("Ana Ruiz");
    }

    @Test
    void aHardWrappedArticleGivesWhatItsParagraphsOnOneLineGive() throws java.io.IOException {
        java.nio.file.Path seed = java.nio.file.Path.of("test-corpus/seed-article.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(seed), "seed article present");
        // one paragraph a line, blank lines between them; then the same text with lines broken at 72 columns
        String paragraphs = java.nio.file.Files.readString(seed).strip().replace("\n", "\n\n");
        StringBuilder wrapped = new StringBuilder(paragraphs);
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < wrapped.length(); i++) {
            char c = wrapped.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                lastSpace = -1;
            } else if (c == ' ') {
                if (i - lineStart > 72 && lastSpace > lineStart) {
                    wrapped.setCharAt(lastSpace, '\n');
                    lineStart = lastSpace + 1;
                }
                lastSpace = i;
            }
        }
        String text = wrapped.toString();
        assertThat(text).hasSameSizeAs(paragraphs).isNotEqualTo(paragraphs);
        List<Quote> quotes = extract(text);
        // the same quotes, speakers and cues at the same offsets; only their texts hold the line breaks
        assertThat(quotes).extracting(InputHygieneTest::withSpacesForLineBreaks)
                .isEqualTo(extractor.extract(paragraphs).stream().map(InputHygieneTest::withSpacesForLineBreaks).toList());
        assertThat(quotes.stream().filter(q -> q.type() == dev.verbatim.QuoteType.DIRECT).map(q -> q.speakerName().orElse("")))
                .containsExactly("Vladimir Putin", "Vladimir Putin", "Vladimir Putin", "Dmitry Peskov");
    }

    private static String withSpacesForLineBreaks(Quote q) {
        return q.toString().replace('\n', ' ');
    }

    @Test
    void aQuoteBrokenOverTheLinesOfAHardWrappedParagraphIsOneQuote() {
        String text = """
                OTTAWA - The finance minister said on Tuesday that the budget would be
                balanced by 2027, a promise the opposition called unrealistic.

                "We have a plan and we are sticking to it," Finance Minister Ana Ruiz told
                reporters outside the House of Commons. "Nobody should doubt our resolve
                on this."
                """;
        List<Quote> quotes = extract(text);
        Quote q = quotes.stream().filter(x -> x.type() == dev.verbatim.QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(q.spans()).hasSize(2);
        assertThat(text.substring(q.spans().get(1).begin(), q.spans().get(1).end()))
                .isEqualTo("Nobody should doubt our resolve\non this.");
        assertThat(q.speakerName()).contains("Ana Ruiz");
        assertThat(quotes).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(dev.verbatim.QuoteType.INDIRECT);
            assertThat(r.text()).startsWith("that the budget would be\nbalanced by 2027");
        });
    }

    @Test
    void byteOrderMarkAtTheStart() {
        expectQuote("\uFEFF“We will win,” said Ana Ruiz.", WIN, "Ana Ruiz");
        expectQuote("\uFEFFMayor backs harbour plan\n\n“We will win,” said Ana Ruiz.", WIN, "Ana Ruiz");
        expectQuote("\uFEFFAna Ruiz said: “We will win.”", "We will win.", "Ana Ruiz");
    }

    @Test
    void noBreakSpacesAroundAndInsideQuotes() {
        expectQuote("“\u00A0We will win,\u00A0” said\u00A0Ana Ruiz.", WIN, "Ana Ruiz");
        expectQuote("Ana Ruiz said:\u00A0“We\u00A0will\u00A0win.”", "We\u00A0will\u00A0win.", "Ana Ruiz");
        expectQuote("«\u202FWe will win\u202F», said Ana Ruiz.", "We will win", "Ana Ruiz");
        expectQuote("«\u00A0Nous allons gagner\u00A0», said Ana Ruiz.", "Nous allons gagner", "Ana Ruiz");
        expectQuote("The mayor spoke.\u00A0“We\u202Fwill win,” said Ana Ruiz.", "We\u202Fwill win,", "Ana Ruiz");
    }

    @Test
    void tabs() {
        expectQuote("\t“We will win,”\tsaid Ana Ruiz.", WIN, "Ana Ruiz");
        expectQuote("Ana Ruiz\tsaid:\t“\tWe will win.\t”\n", "We will win.", "Ana Ruiz");
        expectQuote("“We\twill\twin,” said Ana Ruiz.", "We\twill\twin,", "Ana Ruiz");
    }

    @Test
    void zeroWidthCharactersBeforeAndInsideQuotes() {
        expectQuote("\u200B“We will win,” said Ana Ruiz.", WIN, "Ana Ruiz");
        expectQuote("“\u200BWe will win,\u200D” said Ana Ruiz.", WIN, "Ana Ruiz");
        expectQuote("“We will\u200D win,” said Ana Ruiz.", "We will\u200D win,", "Ana Ruiz");
        expectQuote("“We will win,” said\u200B Ana Ruiz.", WIN, "Ana Ruiz");
        expectQuote("\u2060\uFEFF“We will win,” said Ana Ruiz.", WIN, "Ana Ruiz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"&quot;|&quot;", "&#8220;|&#8221;", "&ldquo;|&rdquo;", "&#x201C;|&#x201D;", "&#34;|&#34;"})
    void htmlEntitiesLeftInScrapedText(String marks) {
        String open = marks.substring(0, marks.indexOf('|'));
        String close = marks.substring(marks.indexOf('|') + 1);
        String text = "Ana Ruiz spoke after the vote.\n" + open + "We will win," + close + " she said.";
        Quote q = expectQuote(text, WIN, "Ana Ruiz");
        int begin = text.indexOf(open) + open.length();
        assertThat(q.spans().get(0).begin()).as("span starts right after %s", open).isEqualTo(begin);
        assertThat(q.spans().get(0).end()).as("span ends right before %s", close).isEqualTo(text.lastIndexOf(close));
    }

    @ParameterizedTest
    @ValueSource(strings = {"&quot;|&quot;", "&#8220;|&#8221;", "&ldquo;|&rdquo;", "&#x201C;|&#x201D;", "&#34;|&#34;"})
    void htmlEntitiesBeforeTheSpeakersName(String marks) {
        String open = marks.substring(0, marks.indexOf('|'));
        String close = marks.substring(marks.indexOf('|') + 1);
        String text = "The harbour reopened on Monday.\n" + open + "We will win," + close + " said Ana Ruiz.";
        expectQuote(text, WIN, "Ana Ruiz");
    }

    @Test
    void theTwoEntityExamplesOfTheIssue() {
        for (String text : List.of("&quot;We will win,&quot; she said.", "&#8220;We will win,&#8221; she said.")) {
            List<Quote> quotes = extract(text);
            int begin = text.indexOf("We");
            expectAt(text, quotes, WIN, begin);
            assertThat(text.substring(begin + WIN.length())).as("the span ends at the closing entity").startsWith("&");
        }
    }

    @Test
    void entitiesMixedWithRealMarksAndAmpersands() {
        String text = "Smith & Sons &amp; partners said AT&T's bid failed.\n"
                + "&ldquo;We will win,&rdquo; said Ana Ruiz. “We start today,” she added.";
        expectQuote(text, WIN, "Ana Ruiz");
        expectQuote(text, "We start today,", "Ana Ruiz");
    }

    @Test
    void emojiAndOtherCharactersOutsideTheBmp() {
        expectQuote("🎉🎉 Fans cheered. “We will win,” said Ana Ruiz. 🏆", WIN, "Ana Ruiz");
        expectQuote("Fans cheered 🎉.\n“We did it 🏆, 🥇,” said Ana Ruiz.", "We did it 🏆, 🥇,", "Ana Ruiz");
        expectQuote("“🏆 We will win,” said Ana Ruiz.", "🏆 We will win,", "Ana Ruiz");
        expectQuote("𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 👩‍👩‍👧‍👦 🇺🇦\n“We will win 𝄞,” said Ana Ruiz.", "We will win 𝄞,", "Ana Ruiz");
        expectQuote("😀“We will win,”😀 said Ana Ruiz.", WIN, "Ana Ruiz");
    }

    @Test
    void everythingAtOnce() {
        String text = "\uFEFF🎉 Ana\u00A0Ruiz, the mayor, spoke on Monday.\r\n\t\r\n"
                + "\u200B&ldquo;We\u00A0will win 🏆,&rdquo;\tshe said.\r\n"
                + "“Nothing\u200Bwill stop us,” she added 🇺🇦.\r\n";
        List<Quote> quotes = extract(text);
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).text()).isEqualTo("We\u00A0will win 🏆,");
        assertThat(quotes.get(1).text()).isEqualTo("Nothing\u200Bwill stop us,");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speakerName()).contains("Ana Ruiz"));
    }

    @Test
    void invisibleOnlyTextGivesNoQuotes() {
        assertThat(extract("\uFEFF")).isEmpty();
        assertThat(extract("\u00A0\u202F\u200B\u200D\t\r\n\uFEFF")).isEmpty();
        assertThat(extract("\r\n\r\n\r\n")).isEmpty();
    }
}
