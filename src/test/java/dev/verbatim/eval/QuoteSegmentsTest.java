package dev.verbatim.eval;

import dev.verbatim.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteSegmentsTest {

    @Test
    void findsPairedSegmentsButNotEmptyOrSingleQuoted() {
        String text = "“ab” and \"c\" but “” nor ‘single’ nor «guillemets»";
        assertThat(texts(text)).containsExactly("“ab”", "\"c\"");
    }

    @Test
    void findsAParagraphLeftOpenByAContinuedQuote() {
        String text = "Intro.\n  “First part, still open\n\n \u2003“Second part,” she said.\n“Open but last";
        assertThat(texts(text)).containsExactly("  “First part, still open\n", "“Second part,”");
    }

    @Test
    void takesLineStartsAfterLineFeedsOnly() {
        String text = "x\r“Open\n“Next.”";
        assertThat(texts(text)).containsExactly("“Next.”");
    }

    @Test
    void pairsAcrossLineBreaksWhenNoMarkIntervenes() {
        String text = "“One\nTwo” \"a” b";
        assertThat(texts(text)).containsExactly("“One\nTwo”", "\"a”");
    }

    private static List<String> texts(String text) {
        return QuoteSegments.of(text).stream().map((Span s) -> s.textOf(text)).toList();
    }
}
