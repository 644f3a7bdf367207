package dev.verbatim.eval;

import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonCorpusTest {

    static final String PORT = "wire_2024-05-01_port-strike";
    static final String BRIDGE = "wire_2024-05-02_bridge-reopens";

    @Test
    void loadsQuotesNegativesAndAttributions() throws IOException {
        List<GoldDocument> documents = JsonCorpus.load(Fixture.resource("corpus")).documents();
        assertThat(documents).extracting(GoldDocument::name).containsExactly(PORT, BRIDGE);

        GoldDocument port = documents.get(0);
        assertThat(port.quotes()).extracting(GoldQuote::text).containsExactly(
                "We will not be replaced by machines,", "Our members have families to feed.", "The door remains open");
        GoldQuote first = port.quotes().get(0);
        assertThat(first.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(first.spans()).containsExactly(new Span(136, 172));
        assertThat(first.speaker()).isEqualTo(new Speaker.Known(new Mention(new Span(179, 194), "Maria Lindqvist"),
                "Maria Lindqvist", SpeakerKind.PERSON, Optional.of("union chair"), 0, Gender.UNKNOWN));
        assertThat(first.cue()).contains(new Mention(new Span(174, 178), "said"));
        assertThat(port.quotes().get(2).speaker().known().orElseThrow().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(port.negatives()).containsExactly(new Negative(new Span(120, 131), "robot creep", "scare"));
        assertThat(port.attributions().get(0)).isEqualTo(new GoldAttribution(
                List.of(new Span(136, 172)), List.of(new Span(179, 194)), List.of(new Span(174, 178))));

        GoldDocument bridge = documents.get(1);
        assertThat(bridge.quotes().get(0).speaker()).isEqualTo(Speaker.unknown());
        assertThat(bridge.quotes().get(0).cue()).isEmpty();
        assertThat(bridge.attributions().get(0).source()).isEmpty();
        assertThat(bridge.negatives()).isEmpty();
    }

    @Test
    void detectsTheLayout() throws IOException {
        assertThat(GoldCorpus.open(Fixture.resource("corpus"))).isInstanceOf(JsonCorpus.class);
        assertThat(GoldCorpus.open(Fixture.bratDir())).isInstanceOf(BratCorpus.class);
    }

    @Test
    void rejectsADirectoryWithoutGold(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "text");
        assertThatThrownBy(() -> GoldCorpus.open(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no attributions/ directory (brat standoff) and no *.gold.json files");
        assertThatThrownBy(() -> GoldCorpus.open(dir.resolve("absent"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void rejectsAGoldFileWithoutItsText(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), "{\"quotes\": []}");
        assertThatThrownBy(() -> JsonCorpus.load(dir)).isInstanceOf(NoSuchFileException.class)
                .hasMessageEndingWith("a.txt");
    }

    @Test
    void namesTheFileAndMemberOfAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "“Hi,” said Ann.");
        Files.writeString(dir.resolve("a.gold.json"), """
                {"quotes": [{"type": "DIRECT", "text": "Hi,", "spans": [{"begin": 1, "end": 4}],
                             "speaker": {"name": "Ann", "kind": "PERSON", "mention": {"begin": 11, "end": 14, "text": "Anne"}}}]}
                """);
        assertThatThrownBy(() -> JsonCorpus.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a.gold.json: quotes[0].speaker.mention: text \"Anne\" differs from the text at [11, 14): \"Ann\"");
    }

    @Test
    void checksTextsOffsetsAndConstants() {
        String text = "“Hi,” said Ann.";
        assertThatThrownBy(() -> JsonCorpus.parse("a", text,
                "{\"quotes\": [{\"type\": \"DIRECT\", \"text\": \"Hi\", \"spans\": [{\"begin\": 1, \"end\": 4}]}]}"))
                .hasMessage("quotes[0]: text \"Hi\" differs from the text at its spans: \"Hi,\"");
        assertThatThrownBy(() -> JsonCorpus.parse("a", text,
                "{\"quotes\": [{\"type\": \"DIRECT\", \"text\": \"Hi,\", \"spans\": [{\"begin\": 1, \"end\": 40}]}]}"))
                .hasMessage("quotes[0].spans[0]: span [1, 40) does not fit the text of length 15");
        assertThatThrownBy(() -> JsonCorpus.parse("a", text,
                "{\"quotes\": [{\"type\": \"QUOTED\", \"text\": \"Hi,\", \"spans\": [{\"begin\": 1, \"end\": 4}]}]}"))
                .hasMessage("quotes[0].type: unknown QuoteType \"QUOTED\"");
        assertThatThrownBy(() -> JsonCorpus.parse("a", text,
                "{\"quotes\": [{\"type\": \"DIRECT\", \"text\": \"Hi,\", \"spans\": [{\"begin\": 1.5, \"end\": 4}]}]}"))
                .hasMessage("quotes[0].spans[0].begin: expected a non-negative integer");
        assertThatThrownBy(() -> JsonCorpus.parse("a", text, "{\"quotes\": [{\"type\": \"DIRECT\"}]}"))
                .hasMessage("quotes[0]: missing \"spans\"");
        assertThatThrownBy(() -> JsonCorpus.parse("a", text, "{\"quotes\": {}}"))
                .hasMessage("quotes: expected an array");
        assertThatThrownBy(() -> JsonCorpus.parse("a", text, "{\"quotes\": [}"))
                .hasMessageStartingWith("malformed JSON at line 1, column 13");
    }

    @Test
    void readsStrictJsonWhereARepeatedKeyKeepsItsLastValue() {
        String text = "“Hi,” said Ann.";
        assertThatThrownBy(() -> JsonCorpus.parse("a", text, "{\"quotes\": []} {}"))
                .hasMessageStartingWith("malformed JSON at line 1, column 16: Trailing token");
        assertThatThrownBy(() -> JsonCorpus.parse("a", text, "{\"quotes\": [], \"x\": 01}"))
                .hasMessageStartingWith("malformed JSON at line 1");
        GoldDocument doc = JsonCorpus.parse("a", text, "{\"quotes\": [{\"type\": \"DIRECT\"}], \"quotes\": "
                + "[{\"type\": \"DIRECT\", \"text\": \"Hi,\", \"spans\": [{\"begin\": 1, \"end\": 4.0}]}]}");
        assertThat(doc.quotes()).extracting(GoldQuote::text).containsExactly("Hi,");
    }
}
