package dev.verbatim.eval;

import dev.verbatim.Cue;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the reference scorer {@code ../shared/eval/score.py} at test time and compares every figure
 * with {@link Scorer}'s; skipped when python3 or the script is absent. On PolNeAR's dev split (when
 * {@code ../shared/polnear/dev} exists) the system quotes are built from the candidate segments
 * themselves.
 */
class ReferenceScorerTest {

    private static final Path POLNEAR_DEV = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/polnear/dev").normalize();

    private static final Pattern NEXT_WORD = Pattern.compile("\\p{L}+");

    @Test
    void agreesWithScorePyOnTheFixture() throws Exception {
        Optional<Path> script = ScorePy.script();
        assumeTrue(script.isPresent(), "python3 or ../shared/eval/score.py not available");
        Map<String, List<Quote>> system = Fixture.systemOutput();
        Score score = Scorer.score(BratCorpus.load(Fixture.bratDir()).documents(), system);

        assertThat(ScorePy.figures(score))
                .isEqualTo(ScorePy.run(script.get(), Fixture.bratDir(), Fixture.resource("system.jsonl")))
                .isEqualTo(ScorePy.run(script.get(), Fixture.bratDir(), ScorePy.writeJsonl(ScorePy.jsonl(system))));
    }

    @Test
    void agreesWithScorePyOnPolnearWithEverySegmentAsAQuote() throws Exception {
        Optional<Path> script = ScorePy.script();
        assumeTrue(script.isPresent() && Files.isDirectory(POLNEAR_DEV), "score.py or PolNeAR dev not available");
        List<GoldDocument> gold = BratCorpus.load(POLNEAR_DEV).documents();
        Map<String, List<Quote>> system = new HashMap<>();
        gold.forEach(d -> system.put(d.name(), segmentQuotes(d.text(), false)));
        Score score = Scorer.score(gold, system);

        assertThat(ScorePy.figures(score)).isEqualTo(ScorePy.run(script.get(), POLNEAR_DEV,
                ScorePy.writeJsonl(ScorePy.jsonl(system))));
        assertThat(score.direct().f1()).isEqualTo(0.9644);
    }

    @Test
    void agreesWithScorePyOnPolnearWithGuessedSpeakersAndShortenedSpans() throws Exception {
        Optional<Path> script = ScorePy.script();
        assumeTrue(script.isPresent() && Files.isDirectory(POLNEAR_DEV), "score.py or PolNeAR dev not available");
        List<GoldDocument> gold = BratCorpus.load(POLNEAR_DEV).documents();
        Map<String, List<Quote>> system = new HashMap<>();
        gold.stream().skip(1).forEach(d -> system.put(d.name(), segmentQuotes(d.text(), true)));
        Score score = Scorer.score(gold, system);

        assertThat(ScorePy.figures(score)).isEqualTo(ScorePy.run(script.get(), POLNEAR_DEV,
                ScorePy.writeJsonl(ScorePy.jsonl(system))));
        assertThat(score.speaker().right()).isPositive();
        assertThat(score.allTight().tp()).isLessThan(score.allOverlap().tp());
    }

    /**
     * One DIRECT quote per candidate segment, between its marks. With {@code vary}, every other
     * quote loses its last five characters and each takes the word after it as speaker mention.
     */
    private static List<Quote> segmentQuotes(String text, boolean vary) {
        List<Span> segments = QuoteSegments.of(text);
        return segments.stream().map(segment -> {
            int end = segment.end() - 1;
            if (vary && segments.indexOf(segment) % 2 == 1) {
                end = Math.max(segment.begin() + 1, end - 5);
            }
            Span span = new Span(segment.begin() + 1, end);
            Speaker speaker = Speaker.unknown();
            Matcher word = NEXT_WORD.matcher(text).region(segment.end(), text.length());
            if (vary && word.find()) {
                Span at = new Span(word.start(), word.end());
                speaker = new Speaker.Known(new Mention(at, word.group()), word.group(), SpeakerKind.PERSON,
                        Optional.empty(), 0, Gender.UNKNOWN);
            }
            return new Quote(QuoteType.DIRECT, span.textOf(text), List.of(span), speaker, Cue.absent(), 0.5, 0, "fixture");
        }).toList();
    }
}
