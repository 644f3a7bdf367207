package dev.verbatim.eval;

import dev.verbatim.Cue;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Speaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuoteComparisonTest {

    private static List<GoldDocument> gold;
    private static Map<String, List<Quote>> system;

    @BeforeAll
    static void load() throws IOException {
        gold = JsonCorpus.load(Fixture.resource("corpus")).documents();
        Fixture.Text port = text(JsonCorpusTest.PORT);
        Fixture.Text bridge = text(JsonCorpusTest.BRIDGE);
        system = Map.of(
                JsonCorpusTest.PORT, List.of(
                        port.quote(QuoteType.DIRECT, port.speaker("Maria Lindqvist", 1, "maria lindqvist", null),
                                port.cue("said", 1, null), port.span("We will not be replaced by machines", 1)),
                        // the single-quoted quote is missed; the guillemet one has the right name, wrong mention
                        port.quote(QuoteType.DIRECT, port.speaker("Eastport Holdings", 1, "Eastport Holdings", null),
                                Cue.absent(), port.span("The door remains open", 1)),
                        port.quote(QuoteType.DIRECT, Speaker.unknown(), Cue.absent(), port.span("robot creep", 1))),
                JsonCorpusTest.BRIDGE, List.of(
                        bridge.quote(QuoteType.DIRECT, Speaker.unknown(), Cue.absent(),
                                bridge.span("Slow down, the river is not going anywhere.", 1)),
                        bridge.quote(QuoteType.DIRECT, Speaker.unknown(), Cue.absent(),
                                bridge.span("six weeks of repairs", 1))));
    }

    private static Fixture.Text text(String name) throws IOException {
        return new Fixture.Text(Files.readString(Fixture.resource("corpus").resolve(name + ".txt")));
    }

    @Test
    void matchesEveryGoldQuoteWhateverItsMarks() {
        QuoteComparison comparison = QuoteComparison.compare(gold, system);

        assertThat(comparison.matches()).extracting(m -> m.gold().text(), QuoteMatch::detected,
                QuoteMatch::speakerRight, QuoteMatch::mentionRight).containsExactly(
                tuple("We will not be replaced by machines,", true, true, true),
                tuple("Our members have families to feed.", false, false, false),
                tuple("The door remains open", true, true, false),
                tuple("Slow down, the river is not going anywhere.", true, true, true));
        assertThat(comparison.falseAlarms()).extracting(f -> f.quote().text(), f -> f.negative().isPresent())
                .containsExactly(tuple("robot creep", true),
                        tuple("six weeks of repairs", false));
        assertThat(comparison.detection()).isEqualTo(new Score.Prf(0.6, 0.75, 0.6667, 3, 2, 1));
        assertThat(comparison.speakerAccuracy()).isEqualTo(0.75);
        assertThat(comparison.mentionAccuracy()).isEqualTo(0.5);
        assertThat(comparison.negativeHits()).isEqualTo(1);
    }

    @Test
    void describesTheDifferences() {
        String differences = QuoteComparison.compare(gold, system).differences();

        assertThat(differences.lines().filter(l -> !l.startsWith(" "))).containsExactly(
                "MISSED " + JsonCorpusTest.PORT + " [227, 261)",
                "WRONG_MENTION " + JsonCorpusTest.PORT + " [350, 371)",
                "FALSE_ALARM " + JsonCorpusTest.PORT + " [120, 131) on negative \"robot creep\" (scare)",
                "FALSE_ALARM " + JsonCorpusTest.BRIDGE + " [93, 113)");
        assertThat(differences).contains("She added: ‘⟦Our members have families to feed.⟧’")
                .contains("gold speaker: \"the company\" [374, 385) = Eastport Holdings | system speaker: "
                        + "\"Eastport Holdings\" [283, 300) = Eastport Holdings");
    }

    @Test
    void needsHalfOfTheGoldQuote() {
        Fixture.Text bridge = new Fixture.Text(gold.get(1).text());
        QuoteComparison comparison = QuoteComparison.compare(gold, Map.of(JsonCorpusTest.BRIDGE, List.of(
                bridge.quote(QuoteType.DIRECT, Speaker.unknown(), Cue.absent(), bridge.span("Slow down", 1)))));

        assertThat(comparison.detection()).isEqualTo(new Score.Prf(0.0, 0.0, 0.0, 0, 1, 4));
    }
}
