package dev.verbatim.eval;

import dev.verbatim.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BratCorpusTest {

    @Test
    void loadsEveryDocumentWithThePreferredAnnotator() throws IOException {
        List<GoldDocument> documents = BratCorpus.load(Fixture.bratDir()).documents();

        assertThat(documents).extracting(GoldDocument::name)
                .containsExactly(Fixture.STORM, Fixture.LIBRARY, Fixture.HARBOR);
        // harbor: b2 listed before a1 in metadata.tsv; storm: neither listed, c3 sorts first
        assertThat(documents).extracting(d -> d.attributions().size()).containsExactly(4, 2, 5);
        assertThat(documents).allSatisfy(d -> assertThat(d.quotes()).isEmpty());
    }

    @Test
    void convertsCodePointOffsetsToUtf16() throws IOException {
        GoldDocument harbor = document(Fixture.HARBOR);
        assertThat(harbor.text()).startsWith("Harbor council approves dredging plan \uD83D\uDEA2");

        GoldAttribution split = harbor.attributions().get(0);
        assertThat(texts(harbor, split.content())).containsExactly(
                "“We have waited twenty years for this,”", "“The port will be open to cargo again by spring.”");
        assertThat(texts(harbor, split.source())).containsExactly("Mayor Ana Ruiz");
        assertThat(texts(harbor, split.cue())).containsExactly("said");

        GoldAttribution continued = harbor.attributions().get(3);
        assertThat(texts(harbor, continued.content())).containsExactly(
                "The dredging alone will cost more than the school budget.",
                "And that is before anyone talks about maintenance,");
    }

    @Test
    void keepsAttributionsWithoutSource() throws IOException {
        GoldDocument harbor = document(Fixture.HARBOR);
        GoldAttribution unsourced = harbor.attributions().get(4);
        assertThat(unsourced.source()).isEmpty();
        assertThat(texts(harbor, unsourced.cue())).containsExactly("it was argued");
    }

    @Test
    void readsAnnLinesAsScorePyDoes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("split/text"));
        Files.createDirectories(dir.resolve("split/attributions"));
        Files.writeString(dir.resolve("split/text/doc.txt"), "He said “no” at last.");
        Files.writeString(dir.resolve("split/attributions/doc_x1.ann"), String.join("\n",
                "T1\tSource 0 2\tHe",
                "T2\tCue 3 7\tsaid",
                "T3\tContent 8 12;40 50\t“no”",
                "continued text of a multi-line span, no tab",
                "#1\tAnnotatorNotes T3\ta note",
                "T4\tContent 14 16\tat",
                "E1\tAttribution:T5 Source:T1 Cue:T2 Content:T3 Content2:T4 Source:T99\r",
                "E2\tAttribution:T6 Source:T1 Cue:T2",
                ""));
        GoldDocument doc = BratCorpus.load(dir.resolve("split")).documents().get(0);

        assertThat(doc.attributions()).containsExactly(new GoldAttribution(
                List.of(new Span(8, 12), new Span(21, 21), new Span(14, 16)), List.of(new Span(0, 2)),
                List.of(new Span(3, 7))));
    }

    @Test
    void rejectsMalformedOffsets(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("split/text"));
        Files.createDirectories(dir.resolve("split/attributions"));
        Files.writeString(dir.resolve("split/text/doc.txt"), "text");
        Files.writeString(dir.resolve("split/attributions/doc_x1.ann"), "T1\tContent 0 x\ttext\n");

        assertThatThrownBy(() -> BratCorpus.load(dir.resolve("split")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("doc_x1.ann:1: bad offset 'x'");
    }

    @Test
    void readsMetadataAsPythonCsvDoes() {
        assertThat(Tsv.parse("a\tb\r\n\n\"x\ty\"\t\"say \"\"hi\"\"\"!\r\"multi\nline\"\tz\t"))
                .containsExactly(List.of("a", "b"), List.of("x\ty", "say \"hi\"!"), List.of("multi\nline", "z", ""));
        assertThat(Tsv.parse("plain \"quote\"\tlast")).containsExactly(List.of("plain \"quote\"", "last"));
    }

    private static GoldDocument document(String name) throws IOException {
        return BratCorpus.load(Fixture.bratDir()).documents().stream()
                .filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(GoldDocument document, List<Span> spans) {
        return spans.stream().map(s -> s.textOf(document.text())).toList();
    }
}
