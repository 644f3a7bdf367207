package dev.verbatim.eval;

import dev.verbatim.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScorerTest {

    /** score.py's output on the brat fixture and {@code system.jsonl}, the reference figures. */
    private static final String SCORE_PY_JSON = """
            {"documents": 3, "documents_missing_from_system": 1, "direct": {"p": 0.7273, "r": 0.8, "f1": 0.7619, \
            "tp": 8, "fp": 3, "fn": 2}, "direct_unanchored_fp": 1, "speaker": {"accuracy": 0.6667, \
            "accuracy_on_detected": 0.8571, "right": 6, "detected": 7, "total": 9}, "all_overlap": {"p": 0.8, \
            "r": 0.7273, "f1": 0.7619, "tp": 8, "fp": 2, "fn": 3}, "all_tight": {"p": 0.6, "r": 0.5455, \
            "f1": 0.5714, "tp": 6, "fp": 4, "fn": 5}, "all_joint": {"p": 0.7, "r": 0.6364, "f1": 0.6667, "tp": 7, \
            "fp": 3, "fn": 4}}""";

    static final String SCORE_PY_TEXT = """
            documents 3 (missing from system output: 1)
            direct quotes   P 0.727  R 0.800  F1 0.762   (tp 8 fp 3 fn 2; unanchored 1)
            speaker         accuracy 0.667 end-to-end, 0.857 on detected (6/9)
            all_overlap     P 0.800  R 0.727  F1 0.762
            all_tight       P 0.600  R 0.545  F1 0.571
            all_joint       P 0.700  R 0.636  F1 0.667
            """;

    private static Score score;

    @BeforeAll
    static void scoreFixture() throws IOException {
        score = Scorer.score(BratCorpus.load(Fixture.bratDir()).documents(), Fixture.systemOutput());
    }

    @Test
    void givesTheFiguresOfScorePy() {
        assertThat(ScorePy.figures(score)).isEqualTo(ScorePy.parse(SCORE_PY_JSON));
    }

    @Test
    void reportsInTheLinesOfScorePy() {
        assertThat(score.report()).isEqualTo(SCORE_PY_TEXT);
    }

    @Test
    void systemJsonlHoldsTheSameQuotesAsTheRecords() throws IOException {
        List<String> file = Files.readAllLines(Fixture.resource("system.jsonl"));
        assertThat(file.stream().map(ScorerTest::scored))
                .containsExactlyElementsOf(ScorePy.jsonl(Fixture.systemOutput()).stream().map(ScorerTest::scored).toList());
    }

    /** What score.py reads of a JSON line: document, and each quote's type, spans and speaker mention. */
    @SuppressWarnings("unchecked")
    private static List<Object> scored(String line) {
        Map<String, Object> document = (Map<String, Object>) ScorePy.parse(line);
        List<Object> out = new ArrayList<>(List.of(document.get("document")));
        for (Object quote : (List<Object>) document.get("quotes")) {
            Map<String, Object> q = (Map<String, Object>) quote;
            Map<String, Object> speaker = (Map<String, Object>) q.get("speaker");
            out.add(Arrays.asList(q.get("type"), q.get("spans"), speaker == null ? null : speaker.get("mention")));
        }
        return out;
    }

    @Test
    void listsEachErrorWithContext() throws IOException {
        assertThat(score.discrepancies()).extracting(Discrepancy::kind, Discrepancy::document).containsExactly(
                tuple(Discrepancy.Kind.MISSED, Fixture.STORM),
                tuple(Discrepancy.Kind.FALSE_ALARM, Fixture.STORM),
                tuple(Discrepancy.Kind.MISSED, Fixture.LIBRARY),
                tuple(Discrepancy.Kind.FALSE_ALARM, Fixture.HARBOR),
                tuple(Discrepancy.Kind.WRONG_SPEAKER, Fixture.HARBOR),
                tuple(Discrepancy.Kind.UNANCHORED, Fixture.HARBOR));
        String harbor = Fixture.bratText(Fixture.HARBOR);
        Discrepancy wrongSpeaker = score.discrepancies().get(4);
        assertThat(wrongSpeaker.span().textOf(harbor)).isEqualTo("“Nobody has shown me the numbers,”");
        assertThat(wrongSpeaker.goldSource()).contains("he");
        assertThat(wrongSpeaker.system().flatMap(Quote::speakerName)).contains("Ana Ruiz");
        assertThat(wrongSpeaker.context())
                .startsWith("…").endsWith("…")
                .contains("voted against, said the plan was too expensive. ⟦“Nobody has shown me the numbers,”⟧ he told")
                .contains("⏎⏎");
        assertThat(wrongSpeaker.describe()).isEqualTo("WRONG_SPEAKER " + Fixture.HARBOR + " " + wrongSpeaker.span()
                + "\n    " + wrongSpeaker.context() + "\n    gold source: he | system speaker: \"Ana Ruiz\" "
                + wrongSpeaker.system().orElseThrow().knownSpeaker().orElseThrow().mention().span() + " = Ana Ruiz\n");
        Discrepancy unanchored = score.discrepancies().get(5);
        assertThat(unanchored.span().textOf(harbor)).isEqualTo("the plan was too expensive");
        assertThat(score.discrepancies().get(2).goldSource()).contains("the head librarian, Marta Kowalski");
    }

    @Test
    void scoresNothingAsAllMissing() throws IOException {
        Score empty = Scorer.score(BratCorpus.load(Fixture.bratDir()).documents(), Map.of());
        assertThat(empty.documentsMissing()).isEqualTo(3);
        assertThat(empty.direct()).isEqualTo(new Score.Prf(0.0, 0.0, 0.0, 0, 0, 10));
        assertThat(empty.speaker()).isEqualTo(new Score.SpeakerAccuracy(0.0, 0.0, 0, 0, 9));
        assertThat(empty.allOverlap().fn()).isEqualTo(11);
    }

    @Test
    void roundsAndFormatsLikePython() {
        // Python: round(x, 4) and f"{x:.3f}" round the exact binary value, ties to even
        assertThat(Score.round4(0.03125)).isEqualTo(0.0312);
        assertThat(Score.round4(2.0 / 3)).isEqualTo(0.6667);
        assertThat(Score.format3(0.0625)).isEqualTo("0.062");
        assertThat(Score.format3(0.1235)).isEqualTo("0.123");
        assertThat(Score.format3(0.9645)).isEqualTo("0.965");
        assertThat(Score.format3(1.0)).isEqualTo("1.000");
        assertThat(Score.format3(0.0)).isEqualTo("0.000");
    }
}
