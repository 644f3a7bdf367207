package dev.verbatim.eval;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationTest {

    @Test
    void runsScoresAndReportsABratCorpus() throws IOException {
        GoldCorpus corpus = GoldCorpus.open(Fixture.bratDir());
        Map<String, List<Quote>> output = Fixture.systemOutput();
        Function<String, List<Quote>> extractor = extractor(corpus, output);

        Evaluation evaluation = Evaluation.run(corpus, extractor);

        assertThat(evaluation.failures()).containsOnlyKeys(Fixture.LIBRARY);
        assertThat(evaluation.failures().get(Fixture.LIBRARY)).isEqualTo("java.lang.IllegalStateException: no output");
        assertThat(evaluation.score()).isEqualTo(Scorer.score(corpus.documents(), output));
        assertThat(evaluation.quotes()).isEmpty();
        assertThat(evaluation.characters()).isEqualTo(corpus.documents().stream().mapToInt(d -> d.text().length()).sum());
        assertThat(evaluation.report()).startsWith(ScorerTest.SCORE_PY_TEXT)
                .containsPattern("\nspeed           3 documents in \\d+\\.\\d{3} s: \\d+\\.\\d{2} documents/s, \\d+ chars/s\n$");
        assertThat(evaluation.errors()).isEqualTo(evaluation.score().discrepancies().stream()
                .map(Discrepancy::describe).reduce("", String::concat));
    }

    @Test
    void addsTheQuoteLevelComparisonForTheCorpusFormat() throws IOException {
        GoldCorpus corpus = GoldCorpus.open(Fixture.resource("corpus"));
        Map<String, List<Quote>> output = Map.of(JsonCorpusTest.PORT, List.of());

        Evaluation evaluation = Evaluation.run(corpus, extractor(corpus, output));

        assertThat(evaluation.quotes()).isPresent();
        assertThat(evaluation.reported()).isPresent();
        assertThat(evaluation.report()).contains("""
                all_joint       P 0.000  R 0.000  F1 0.000
                DIRECT quotes
                quote level     P 0.000  R 0.000  F1 0.000   (found 0 of 4 gold quotes; false alarms 0, 0 on negatives)
                quote speakers  name 0.000, mention 0.000 of all gold quotes (0, 0 of 4)
                speaker gender  stated right 0.000 (0 of 0 speakers), stated where the text does not 0
                speaker entity  same-entity links P 0.000  R 0.000  F1 0.000
                INDIRECT and MIXED quotes
                quote level     P 0.000  R 0.000  F1 0.000   (found 0 of 0 gold quotes; false alarms 0, 0 on negatives)
                quote speakers  name 0.000, mention 0.000 of all gold quotes (0, 0 of 0)
                speaker gender  stated right 0.000 (0 of 0 speakers), stated where the text does not 0
                speaker entity  same-entity links P 0.000  R 0.000  F1 0.000
                speed           2 documents in""");
        assertThat(evaluation.errors()).contains("MISSED " + JsonCorpusTest.PORT)
                .contains("\nquote level, DIRECT:\nMISSED " + JsonCorpusTest.PORT + " [136, 172)\n");
    }

    /** An extractor that gives {@code output} for each document's text and throws for the others. */
    private static Function<String, List<Quote>> extractor(GoldCorpus corpus, Map<String, List<Quote>> output) {
        Map<String, String> names = new HashMap<>();
        corpus.documents().forEach(d -> names.put(d.text(), d.name()));
        return text -> {
            List<Quote> quotes = output.get(names.get(text));
            if (quotes == null) {
                throw new IllegalStateException("no output");
            }
            return quotes;
        };
    }
}
