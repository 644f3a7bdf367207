package dev.verbatim.cli;

import dev.verbatim.Cue;
import dev.verbatim.ExtractedDocument;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerEntity;
import dev.verbatim.SpeakerKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML view's markup, without a browser (see HtmlViewBrowserTest for the page in Chromium). */
class HtmlViewTest {

    private static Speaker.Known speaker(String text, int begin, String name, int entity) {
        return new Speaker.Known(new Mention(new Span(begin, begin + name.length()), text.substring(begin, begin + name.length())),
                name, SpeakerKind.PERSON, Optional.empty(), entity, Gender.UNKNOWN);
    }

    private static Quote quote(String text, QuoteType type, Span span, Speaker speaker, Cue cue) {
        return new Quote(type, span.textOf(text), List.of(span), speaker, cue, 0.9, 0, "test-rule");
    }

    /** The text of the page with every tag removed and the entities decoded. */
    private static String visibleText(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Checks that the spans open and close in nested order, and returns how many were opened. */
    private static int assertWellNested(String html) {
        Matcher m = Pattern.compile("<(/?)span\\b").matcher(html);
        Deque<Integer> open = new ArrayDeque<>();
        int opened = 0;
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                open.push(m.start());
                opened++;
            } else {
                assertThat(open).as("a </span> without its <span> at %d", m.start()).isNotEmpty();
                open.pop();
            }
        }
        assertThat(open).as("spans left open").isEmpty();
        return opened;
    }

    @Test
    void overlappingSpansAreSplitAndReopenedNotCrossed() {
        // a mention that starts inside a quote and ends after it, and a cue inside the quote
        String text = "0123456789ABCDEFGHIJ";
        Speaker.Known s = speaker(text, 5, "56789ABCDE", 0);
        Quote q = quote(text, QuoteType.DIRECT, new Span(0, 10), s, new Cue.Present(new Span(2, 4), "23", "say"));
        String article = HtmlView.article(1, "a", text, new ExtractedDocument(List.of(q), List.of()));
        String body = article.substring(article.indexOf("<div class=\"text\">") + 18, article.indexOf("</div>"));
        String quoteTag = body.substring(0, body.indexOf('>') + 1);
        assertThat(quoteTag).startsWith("<span class=\"q direct c0\" data-quote=\"1\"");
        String cueTag = "<span class=\"cue c0\" data-quotes=\"1\" data-tip=\"cue of 56789ABCDE\" tabindex=\"0\">";
        String mentionTag = "<span class=\"mention c0\" data-quotes=\"1\" data-speaker=\"56789ABCDE\" data-tip=\"speaker: 56789ABCDE\" tabindex=\"0\">";
        assertThat(body).isEqualTo(quoteTag + "01" + cueTag + "23</span>4" + mentionTag + "56789</span></span>"
                + mentionTag + "ABCDE</span>FGHIJ");
        assertThat(assertWellNested(body)).isEqualTo(4);
        assertWellNested(article);
    }

    @Test
    void touchingAndNestedQuotesOfSeveralSpeakersNestCorrectly() {
        String text = "“One,” “two” and “three, “four” five,” said Ann and Bob. Ann said so.";
        Speaker.Known ann = speaker(text, text.indexOf("Ann"), "Ann", 0);
        Speaker.Known bob = speaker(text, text.indexOf("Bob"), "Bob", 1);
        Cue said = new Cue.Present(new Span(text.indexOf("said"), text.indexOf("said") + 4), "said", "say");
        int three = text.indexOf("three");
        List<Quote> quotes = List.of(
                quote(text, QuoteType.DIRECT, new Span(1, 5), ann, said),
                quote(text, QuoteType.DIRECT, new Span(8, 11), bob, said),
                quote(text, QuoteType.MIXED, new Span(three, text.indexOf("five,") + 5), ann, said),
                quote(text, QuoteType.INDIRECT, new Span(text.indexOf("four"), text.indexOf("four") + 4), bob, Cue.absent()),
                // reported speech whose content holds the speaker mention and cue of the quotes before it
                quote(text, QuoteType.INDIRECT, new Span(text.indexOf("said Ann"), text.indexOf(" Ann said")), bob, Cue.absent()));
        String article = HtmlView.article(1, "a", text, new ExtractedDocument(quotes, List.of()));
        assertWellNested(article);
        String body = article.substring(article.indexOf("<div class=\"text\">") + 18, article.indexOf("</div>"));
        assertThat(visibleText(body)).isEqualTo(text);
        assertThat(body).contains("<span class=\"q indirect c1\" data-quote=\"4\"", "<span class=\"q mixed c0\" data-quote=\"3\"",
                "<span class=\"q indirect c1\" data-quote=\"5\"");
        // the content of quote 5 is interrupted by no element of another quote's: the cue and mention nest in it
        int five = body.indexOf("data-quote=\"5\"");
        assertThat(body.substring(five)).contains("<span class=\"cue c0\"", "<span class=\"mention c0\"");
    }

    @Test
    void everythingPrintedIsEscaped() {
        String text = "<script>alert(1)</script> “I never said <b>that</b>,” said O'Brien & Co.";
        int quoteStart = text.indexOf("I never");
        Speaker.Known s = speaker(text, text.indexOf("O'Brien"), "O'Brien & Co", 0);
        Quote q = quote(text, QuoteType.DIRECT, new Span(quoteStart, text.indexOf("”")), s, Cue.absent());
        SpeakerEntity entity = new SpeakerEntity(0, "O'Brien & Co", SpeakerKind.PERSON, List.of("\"boss\" <i>"),
                Gender.UNKNOWN, List.of(s.mention()), Map.of(QuoteType.DIRECT, 1));
        String page = HtmlView.page("<title> & \"page\"", List.of(
                new Batch.Result(Document.of("<x>.txt", text), new ExtractedDocument(List.of(q), List.of(entity)), null),
                new Batch.Result(Document.failed("\"bad\".txt", "<not> UTF-8"), null, "<not> UTF-8")));
        assertThat(page).doesNotContain("<script", "<b>", "<i>", "<x>", "<not>", "<title> &")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;that&lt;/b&gt;", "O&#39;Brien &amp; Co",
                        "&quot;boss&quot; &lt;i&gt;", "<title>&lt;title&gt; &amp; &quot;page&quot;</title>",
                        "&lt;x&gt;.txt", "Not extracted: &lt;not&gt; UTF-8");
        assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        assertWellNested(page);
    }

    @Test
    void anIndexRanksTheSpeakersOfSeveralArticles() {
        String a = "“Yes,” said Ann. “No,” said Bob. “Maybe,” said Ann.";
        String b = "“Later,” said Ann.";
        Speaker.Known annA = speaker(a, a.indexOf("Ann"), "Ann", 0);
        Speaker.Known bob = speaker(a, a.indexOf("Bob"), "Bob", 1);
        Speaker.Known annB = speaker(b, b.indexOf("Ann"), "Ann", 0);
        ExtractedDocument docA = new ExtractedDocument(List.of(
                quote(a, QuoteType.DIRECT, new Span(1, 5), annA, Cue.absent()),
                quote(a, QuoteType.DIRECT, new Span(18, 21), bob, Cue.absent())),
                List.of(new SpeakerEntity(0, "Ann", SpeakerKind.PERSON, List.of(), Gender.UNKNOWN, List.of(annA.mention()),
                                Map.of(QuoteType.DIRECT, 2)),
                        new SpeakerEntity(1, "Bob", SpeakerKind.PERSON, List.of(), Gender.UNKNOWN, List.of(bob.mention()),
                                Map.of(QuoteType.DIRECT, 1))));
        ExtractedDocument docB = new ExtractedDocument(List.of(quote(b, QuoteType.INDIRECT, new Span(1, 7), annB, Cue.absent())),
                List.of(new SpeakerEntity(0, "Ann", SpeakerKind.PERSON, List.of(), Gender.UNKNOWN, List.of(annB.mention()),
                        Map.of(QuoteType.INDIRECT, 1))));
        String two = HtmlView.page("t", List.of(new Batch.Result(Document.of("a.txt", a), docA, null),
                new Batch.Result(Document.of("b.txt", b), docB, null)));
        assertThat(two).contains("<h2>Speakers across the 2 articles</h2>", "2 articles, 3 quotes.");
        String index = two.substring(two.indexOf("<tbody>"), two.indexOf("</tbody>"));
        assertThat(index.lines().skip(1).toList()).containsExactly(
                "<tr><td class=\"n\">1</td><td class=\"who\">Ann</td><td>person</td><td class=\"n\">3</td><td class=\"n\">2"
                        + "</td><td class=\"n\">0</td><td class=\"n\">1</td><td><a href=\"#doc-1\">a.txt</a>, "
                        + "<a href=\"#doc-2\">b.txt</a></td></tr>",
                "<tr><td class=\"n\">2</td><td class=\"who\">Bob</td><td>person</td><td class=\"n\">1</td><td class=\"n\">1"
                        + "</td><td class=\"n\">0</td><td class=\"n\">0</td><td><a href=\"#doc-1\">a.txt</a></td></tr>");
        assertThat(two).contains("<li class=\"c0\" data-speaker=\"Ann\"><span class=\"swatch\"></span><span class=\"who\">Ann"
                + "</span> <span class=\"total\">2</span>");
        String one = HtmlView.page("t", List.of(new Batch.Result(Document.of("a.txt", a), docA, null)));
        assertThat(one).doesNotContain("Speakers across").contains("1 article, 2 quotes.");
    }
}
