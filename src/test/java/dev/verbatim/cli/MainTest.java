package dev.verbatim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    @Test
    void jsonlPrintsOneLinePerDocumentInTheContractShape(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Nothing quoted here.");
        Files.writeString(dir.resolve("a.txt"), "“We are ready,” said Mayor Lena Ortiz.");
        Files.writeString(dir.resolve("notes.md"), "“ignored,” he said.");
        Cli.Result r = run("extract", "--format", "jsonl", dir.toString());
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
        Cli.Result r = run("extract", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Lena Ortiz", "We are ready,");
    }

    @Test
    void missingFileIsOneClearLineAndNonZeroExit(@TempDir Path dir) {
        Cli.Result r = run("extract", dir.resolve("nope.txt").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("nope.txt", "no such file");
    }

    @Test
    void directoryWithoutArticlesIsAnError(@TempDir Path dir) {
        Cli.Result r = run("extract", dir.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("no *.txt articles");
    }

    @Test
    void damagedFileAmongGoodOnesIsReportedInItsLine(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
        Files.writeString(dir.resolve("b.txt"), "“Fine,” she said.");
        Cli.Result r = run("extract", "--format", "jsonl", dir.toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"document\":\"a.txt\"", "\"error\":\"not valid UTF-8 text\"");
        assertThat(lines.get(1)).contains("\"document\":\"b.txt\"", "Fine,");
        assertThat(r.code()).isNotZero();
    }

    @Test
    void unknownFormatAndCommandAreRejectedInOneLine() {
        Cli.Result format = run("extract", "--format", "xml", "x.txt");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("verbatim extract: Invalid value for option '--format': expected one of "
                + "[text, json, jsonl, html] (case-insensitive) but was 'xml' (see 'verbatim extract --help')"
                + System.lineSeparator());
        Cli.Result command = run("frobnicate");
        assertThat(command.code()).isEqualTo(2);
        assertThat(command.err()).startsWith("verbatim: Unmatched argument at index 0: 'frobnicate'").hasLineCount(1);
        Cli.Result none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("verbatim: missing command: extract, evaluate or report (see 'verbatim --help')"
                + System.lineSeparator());
        assertThat(format.out() + command.out() + none.out()).isEmpty();
    }

    @Test
    void everyCommandHasHelpAndTheVersion() {
        for (String command : List.of("extract", "report", "evaluate")) {
            Cli.Result help = run(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("Usage: verbatim " + command).contains("Exit codes:", "  2   bad usage");
            assertThat(help.err()).isEmpty();
        }
        Cli.Result top = run("--help");
        assertThat(top.out()).contains("extract", "report", "evaluate", "Exit codes:");
        Cli.Result version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).matches("(?s)verbatim \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*");
        assertThat(run("extract", "-V").out()).isEqualTo(version.out());
    }
}
