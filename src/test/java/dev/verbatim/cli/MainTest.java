package dev.verbatim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonlPrintsOneLinePerDocumentInTheContractShape(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Nothing quoted here.");
        Files.writeString(dir.resolve("a.txt"), "“We are ready,” said Mayor Lena Ortiz.");
        Files.writeString(dir.resolve("notes.md"), "“ignored,” he said.");
        Result r = run("extract", "--format", "jsonl", dir.toString());
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"document\":\"a.txt\",\"quotes\":[{\"type\":\"DIRECT\",\"text\":\"We are ready,\","
                + "\"spans\":[{\"begin\":1,\"end\":14}],\"speaker\":{\"name\":\"Lena Ortiz\",\"kind\":\"PERSON\","
                + "\"mention\":{\"begin\":");
        assertThat(lines.get(0)).contains("\"cue\":{\"begin\":16,\"end\":20,\"text\":\"said\"}", "\"paragraph\":0,\"rule\":\"cue-after-quote\"}]",
                "\"speakers\":[{\"entity\":0,\"name\":\"Lena Ortiz\",\"kind\":\"PERSON\"");
        assertThat(lines.get(1)).isEqualTo("{\"document\":\"b.txt\",\"quotes\":[],\"speakers\":[]}");
    }

    @Test
    void textFormatShowsSpeakerAndQuote(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "“We are ready,” said Mayor Lena Ortiz.");
        Result r = run("extract", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Lena Ortiz", "We are ready,");
    }

    @Test
    void missingFileIsOneClearLineAndNonZeroExit(@TempDir Path dir) {
        Result r = run("extract", dir.resolve("nope.txt").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("nope.txt", "no such file");
    }

    @Test
    void directoryWithoutArticlesIsAnError(@TempDir Path dir) {
        Result r = run("extract", dir.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("no *.txt articles");
    }

    @Test
    void damagedFileAmongGoodOnesIsReportedInItsLine(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
        Files.writeString(dir.resolve("b.txt"), "“Fine,” she said.");
        Result r = run("extract", "--format", "jsonl", dir.toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"document\":\"a.txt\"", "\"error\":\"not valid UTF-8 text\"");
        assertThat(lines.get(1)).contains("\"document\":\"b.txt\"", "Fine,");
        assertThat(r.code()).isNotZero();
    }

    @Test
    void unknownFormatAndCommandAreRejected() {
        assertThat(run("extract", "--format", "xml", "x.txt").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }
}
