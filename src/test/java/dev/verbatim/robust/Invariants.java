package dev.verbatim.robust;

import dev.verbatim.Cue;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that hold for the quotes of any text, and helpers to find an expected quote among them. */
public final class Invariants {

    /** Quotation mark characters (opening or closing, any style). */
    static final String MARKS = "“”\"„‘’'‚«»‹›″";

    private Invariants() {
    }

    /**
     * Every offset reads back: spans inside the text, non-empty, in order and not overlapping; the
     * quote's text is its spans' texts joined by one space; mention and cue texts equal the text at
     * their spans; quotes in document order, no two sharing characters; confidence in [0, 1]; every
     * DIRECT span stands right after a quotation mark (or an entity for one) or starts a paragraph;
     * the speaker mention is not inside the quote's own words.
     */
    public static void assertConsistent(String text, List<Quote> quotes) {
        assertThat(quotes).as("quotes").doesNotContainNull();
        List<Span> all = new ArrayList<>();
        int previousBegin = -1;
        for (Quote q : quotes) {
            String where = "quote " + q + " of text " + abbreviate(text);
            assertThat(q.spans()).as(where).isNotEmpty();
            List<String> pieces = new ArrayList<>();
            int end = 0;
            for (Span s : q.spans()) {
                assertThat(s.begin()).as("span begin in " + where).isGreaterThanOrEqualTo(end);
                assertThat(s.end()).as("span end in " + where).isLessThanOrEqualTo(text.length());
                assertThat(s.length()).as("span length in " + where).isPositive();
                pieces.add(text.substring(s.begin(), s.end()));
                if (q.type() == QuoteType.DIRECT) {
                    assertThat(afterMarkOrParagraphStart(text, s.begin()))
                            .as("span %s of %s stands after a quotation mark", s, where).isTrue();
                }
                all.add(s);
                end = s.end();
            }
            assertThat(q.text()).as("text of " + where).isEqualTo(String.join(" ", pieces));
            assertThat(q.extent().begin()).as("document order at " + where).isGreaterThanOrEqualTo(previousBegin);
            previousBegin = q.extent().begin();
            assertThat(q.confidence()).as(where).isBetween(0.0, 1.0);
            assertThat(q.paragraph()).as(where).isNotNegative();
            if (q.speaker() instanceof Speaker.Known k) {
                Span m = k.mention().span();
                assertThat(m.end()).as("mention end in " + where).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(m.begin(), m.end())).as("mention text of " + where).isEqualTo(k.mention().text());
                assertThat(k.name()).as(where).isNotBlank();
                for (Span s : q.spans()) {
                    assertThat(s.overlaps(m)).as("speaker mention %s inside the quote's own span %s: %s", m, s, where).isFalse();
                }
            }
            if (q.cue() instanceof Cue.Present c) {
                Span cs = c.span();
                assertThat(cs.end()).as("cue end in " + where).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(cs.begin(), cs.end())).as("cue text of " + where).isEqualTo(c.text());
            }
        }
        all.sort(null);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).overlaps(all.get(i - 1)))
                    .as("spans %s and %s of different quotes overlap (a quote returned twice?) in %s",
                            all.get(i - 1), all.get(i), abbreviate(text))
                    .isFalse();
        }
    }

    /**
     * Whether the character before {@code begin}, white space (incl. no-break and zero-width
     * spaces) skipped, is a quotation mark or the ';' of an HTML entity for one, or {@code begin}
     * starts a paragraph (a continued quote).
     */
    static boolean afterMarkOrParagraphStart(String text, int begin) {
        int i = begin - 1;
        while (i >= 0 && isSpace(text.charAt(i)) && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\u2028'
                || text.charAt(i) == '\u2029') {
            return true;
        }
        char c = text.charAt(i);
        if (MARKS.indexOf(c) >= 0) {
            return true;
        }
        if (c == ';') {
            int amp = text.lastIndexOf('&', i);
            return amp >= 0 && i - amp <= 9;
        }
        return false;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** The quote whose text is exactly {@code words}, if any. */
    static Optional<Quote> find(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().equals(words)).findFirst();
    }

    /** The quote with text {@code words}; fails with the quotes found when it is missing. */
    static Quote expect(String text, List<Quote> quotes, String words) {
        Optional<Quote> q = find(quotes, words);
        assertThat(q).as("quote \"%s\" among %s in %s", words, texts(quotes), abbreviate(text)).isPresent();
        return q.get();
    }

    /** The quote with text {@code words} whose (single) span starts at {@code begin}. */
    static Quote expectAt(String text, List<Quote> quotes, String words, int begin) {
        Quote q = expect(text, quotes, words);
        assertThat(q.spans().get(0)).as("span of \"%s\"", words).isEqualTo(new Span(begin, begin + words.length()));
        return q;
    }

    static List<String> texts(List<Quote> quotes) {
        return quotes.stream().map(q -> q.text() + " <- " + q.speakerName().orElse("?")).toList();
    }

    static String abbreviate(String text) {
        String s = text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
        return s.replace("\n", "⏎").replace("\r", "␍");
    }
}
