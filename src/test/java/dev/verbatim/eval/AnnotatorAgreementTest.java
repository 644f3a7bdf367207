package dev.verbatim.eval;

import dev.verbatim.Quote;
import dev.verbatim.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotatorAgreementTest {

    private static final String TEXT = "Mayor Ruiz said “we will build it.” He added that costs would rise.\n";

    /** A split of two documents: "pier" annotated by x1 (first in metadata.tsv), x2 and x3; "lone" by one. */
    private static Path split(Path dir) throws IOException {
        Path split = dir.resolve("polnear/train");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(dir.resolve("polnear/metadata.tsv"),
                "filename\tannotators\npier\tx1|x3|x2\nlone\tx1\n");
        Files.writeString(split.resolve("text/pier.txt"), TEXT);
        Files.writeString(split.resolve("text/lone.txt"), TEXT);
        String quote = "T1\tSource 0 10\tMayor Ruiz\nT2\tCue 11 15\tsaid\nT3\tContent 16 35\t“we will build it.”\n"
                + "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n";
        String reportByHe = "T4\tSource 36 38\tHe\nT5\tCue 39 44\tadded\nT6\tContent 45 66\tthat costs would rise\n"
                + "E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6\n";
        String reportByMayor = "T4\tSource 0 10\tMayor Ruiz\nT5\tCue 39 44\tadded\nT6\tContent 45 66\tthat costs would rise\n"
                + "E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6\n";
        Files.writeString(split.resolve("attributions/pier_x1.ann"), quote + reportByHe);
        Files.writeString(split.resolve("attributions/pier_x2.ann"), quote + reportByMayor);
        Files.writeString(split.resolve("attributions/pier_x3.ann"), quote);
        Files.writeString(split.resolve("attributions/lone_x1.ann"), quote);
        return split;
    }

    @Test
    void scoresEachFurtherAnnotatorAgainstTheFirst(@TempDir Path dir) throws IOException {
        Score score = AnnotatorAgreement.measure(split(dir));

        assertThat(score.documents()).isEqualTo(2); // (pier, x3) and (pier, x2); lone has one annotator
        assertThat(score.direct().tp()).isEqualTo(2);
        assertThat(score.direct().fp() + score.direct().fn()).isZero();
        assertThat(score.speaker().right()).isEqualTo(2);
        // x3 left out the report by "He"; x2 gave it to the mayor
        assertThat(score.allOverlap().tp()).isEqualTo(3);
        assertThat(score.allOverlap().fn()).isEqualTo(1);
        assertThat(score.allJoint().tp()).isEqualTo(2);
    }

    @Test
    void aSplitWithoutSecondAnnotatorsScoresNothing(@TempDir Path dir) throws IOException {
        Path split = split(dir);
        Files.delete(split.resolve("attributions/pier_x2.ann"));
        Files.delete(split.resolve("attributions/pier_x3.ann"));

        Score score = AnnotatorAgreement.measure(split);

        assertThat(score.documents()).isZero();
        assertThat(score.speaker().total()).isZero();
    }

    @Test
    void anAttributionBecomesAQuoteOverItsContentSpokenByItsFirstSource() {
        GoldAttribution split = new GoldAttribution(List.of(new Span(45, 49), new Span(16, 35), new Span(30, 40)),
                List.of(new Span(36, 38), new Span(0, 10)), List.of());

        Quote quote = AnnotatorAgreement.asQuote(split, TEXT);

        assertThat(quote.spans()).containsExactly(new Span(16, 40), new Span(45, 49));
        assertThat(quote.knownSpeaker()).hasValueSatisfying(k -> assertThat(k.mention().text()).isEqualTo("He"));
        assertThat(AnnotatorAgreement.asQuote(new GoldAttribution(List.of(new Span(45, 66)), List.of(), List.of()), TEXT)
                .knownSpeaker()).isEmpty();
    }
}
