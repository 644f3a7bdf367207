package dev.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.QuoteType;
import dev.verbatim.SharedExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code extract} over many documents: JSON Lines in, threads, order, --output, --resume, --types, progress. */
class ExtractBatchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The first articles of test-corpus as JSON Lines, and what one thread makes of them. */
    private static String corpusJsonl;
    private static List<String> ids;
    private static String expected;

    @BeforeAll
    static void corpus() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("test-corpus"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(8).toList();
        }
        StringBuilder sb = new StringBuilder();
        ids = new ArrayList<>();
        for (Path f : files) {
            String id = f.getFileName().toString().replace(".txt", "");
            ids.add(id);
            sb.append(MAPPER.writeValueAsString(MAPPER.createObjectNode().put("id", id).put("text", Files.readString(f))))
                    .append('\n');
        }
        corpusJsonl = sb.toString();
        StringBuilder one = new StringBuilder();
        for (Path f : files) {
            String id = f.getFileName().toString().replace(".txt", "");
            one.append(JsonOutput.document(id, SharedExtractor.get().extractDocument(Files.readString(f)))).append('\n');
        }
        expected = one.toString();
    }

    private static List<String> documents(String jsonl) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            JsonNode node = MAPPER.readTree(line);
            out.add(node.get("document").textValue());
        }
        return out;
    }

    @Test
    void jsonLinesInOnTwoThreadsGivesWhatOneThreadGivesInInputOrder() {
        Cli.Result two = Cli.withStdin(corpusJsonl, "extract", "--input", "jsonl", "--format", "jsonl", "--threads", "2", "-");
        assertThat(two.code()).isZero();
        assertThat(two.out()).isEqualTo(expected);
        Cli.Result four = Cli.withStdin(corpusJsonl, "extract", "--input=jsonl", "-f", "jsonl", "-t", "4", "-");
        assertThat(four.out()).isEqualTo(expected);
        assertThat(two.err() + four.err()).isEmpty();
    }

    @Test
    void writesToTheOutputFile(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("corpus.jsonl");
        Files.writeString(in, corpusJsonl);
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "old content that must go\n");
        Cli.Result r = Cli.run("extract", "--input", "jsonl", "--format", "jsonl", "--output", out.toString(), in.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(expected);
    }

    @Test
    void resumeAfterAKilledRunCompletesWithoutDuplicatesOrLosses(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("corpus.jsonl");
        Files.writeString(in, corpusJsonl);
        Path out = dir.resolve("out.jsonl");
        // what a run killed after five documents, in the middle of writing the sixth, leaves behind
        List<String> lines = expected.lines().toList();
        String partial = String.join("\n", lines.subList(0, 5)) + "\n" + lines.get(5).substring(0, lines.get(5).length() / 2);
        Files.writeString(out, partial);

        Cli.Result r = Cli.run("extract", "--input", "jsonl", "--format", "jsonl", "--threads", "2", "--output",
                out.toString(), "--resume", "--progress", in.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(expected);
        assertThat(documents(Files.readString(out))).containsExactlyElementsOf(ids).doesNotHaveDuplicates();
        // the bar counts the documents left to do, from the file's lines
        assertThat(r.err()).contains("100%", "3/3 docs");
        assertThat(r.err()).startsWith("verbatim extract: resuming after the 5 documents of " + out
                + " (cut off an incomplete last line of "
                + partial.substring(partial.lastIndexOf('\n') + 1).getBytes(StandardCharsets.UTF_8).length + " bytes)"
                + System.lineSeparator());

        // resuming a finished run adds nothing
        Cli.Result again = Cli.run("extract", "--input", "jsonl", "--format", "jsonl", "--output", out.toString(), "--resume",
                in.toString());
        assertThat(again.code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(expected);
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExitCodeOne(@TempDir Path dir) {
        Path out = dir.resolve("no/such/dir/out.jsonl");
        Cli.Result r = Cli.run("extract", "--format", "jsonl", "--output", out.toString(), "test-corpus/seed-article.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("verbatim extract: cannot write " + out + ": no such file or directory"
                + System.lineSeparator());
    }

    @Test
    void resumeNeedsJsonLinesIntoAFile(@TempDir Path dir) {
        Cli.Result noOutput = Cli.run("extract", "--format", "jsonl", "--resume", "test-corpus");
        assertThat(noOutput.code()).isEqualTo(2);
        assertThat(noOutput.err()).isEqualTo("verbatim extract: --resume needs --format jsonl and --output FILE "
                + "(see 'verbatim extract --help')" + System.lineSeparator());
        assertThat(Cli.run("extract", "--resume", "-o", dir.resolve("x").toString(), "test-corpus").code()).isEqualTo(2);
    }

    @Test
    void badJsonLinesAreFailedDocumentsAndTheRunGoesOn() {
        String input = "{\"id\": \"ok\", \"text\": \"“Fine,” she said.\"}\nnot json\n{\"id\": \"no-text\"}\n"
                + "{\"id\": \"also-ok\", \"text\": \"Nothing quoted.\"}\n";
        Cli.Result r = Cli.withStdin(input, "extract", "--input", "jsonl", "--format", "jsonl", "-");
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"document\":\"ok\",\"quotes\":[{\"type\":\"DIRECT\",\"text\":\"Fine,\"");
        assertThat(lines.get(1)).startsWith("{\"document\":\"-:2\",\"quotes\":[],\"speakers\":[],\"error\":\"malformed JSON at column 1: Unrecognized token 'not'");
        assertThat(lines.get(2)).isEqualTo("{\"document\":\"no-text\",\"quotes\":[],\"speakers\":[],\"error\":\"missing \\\"text\\\" (a string)\"}");
        assertThat(lines.get(3)).isEqualTo("{\"document\":\"also-ok\",\"quotes\":[],\"speakers\":[]}");
        assertThat(r.err().lines().toList()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("verbatim extract: "));
    }

    @Test
    void readsStandardInputAsOneArticle() {
        Cli.Result r = Cli.withStdin("“We are ready,” said Mayor Lena Ortiz.", "extract", "--format", "jsonl", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("{\"document\":\"-\",\"quotes\":[{").contains("\"name\":\"Lena Ortiz\"");
    }

    @Test
    void readsSubdirectoriesWithRecursive(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("2024/05"));
        Files.writeString(dir.resolve("top.txt"), "“Fine,” she said.");
        Files.writeString(dir.resolve("2024/05/strike.txt"), "“We will not be replaced,” said Maria Lindqvist.");
        assertThat(Cli.run("extract", "--format", "jsonl", dir.toString()).lines()).hasSize(1);
        Cli.Result r = Cli.run("extract", "--format", "jsonl", "--recursive", dir.toString());
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0)).startsWith("{\"document\":\"2024/05/strike.txt\"").contains("Maria Lindqvist");
        assertThat(r.lines().get(1)).startsWith("{\"document\":\"top.txt\"");
    }

    @Test
    void typesChoosesTheExtractor() {
        AtomicReference<Set<QuoteType>> asked = new AtomicReference<>();
        Context.Extractors spy = (types, doubledApostrophes) -> {
            asked.set(types);
            return SharedExtractor.get();
        };
        Cli.Result r = Cli.run("", spy, false, "extract", "--types", "direct,INDIRECT", "test-corpus/seed-article.txt");
        assertThat(r.code()).isZero();
        assertThat(asked.get()).isEqualTo(EnumSet.of(QuoteType.DIRECT, QuoteType.INDIRECT));
        Cli.Result bad = Cli.run("", spy, false, "extract", "--types", "direct,quoted", "x.txt");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'quoted' is not a quote type (direct, mixed or indirect)").hasLineCount(1);
    }

    @Test
    void doubledApostrophesAsksForTheQuotesInTwoApostrophes() {
        String text = "''We lost the contract,'' said Mayor Petra Lindqvist.";
        Cli.Result plain = Cli.withStdin(text, "extract", "--format", "jsonl", "-");
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).contains("\"quotes\":[]");
        Cli.Result asked = Cli.withStdin(text, "extract", "--format", "jsonl", "--doubled-apostrophes", "-");
        assertThat(asked.code()).isZero();
        assertThat(asked.out()).contains("\"text\":\"We lost the contract,\"", "\"name\":\"Petra Lindqvist\"");
    }

    @Test
    void aProgressBarOnStandardErrorWhenAskedOrOnATerminal() {
        Cli.Result asked = Cli.withStdin(corpusJsonl, "extract", "--input", "jsonl", "--format", "jsonl", "--progress", "-");
        assertThat(asked.out()).isEqualTo(expected);
        // standard input: the number of documents is not known beforehand
        assertThat(asked.err()).contains("extract", "8/? docs", "docs/s");
        Cli.Result terminal = Cli.run(corpusJsonl, Cli.SHARED, true, "extract", "--input", "jsonl", "-f", "jsonl", "-");
        assertThat(terminal.err()).contains("8/? docs");
        Cli.Result off = Cli.run(corpusJsonl, Cli.SHARED, true, "extract", "--no-progress", "--input", "jsonl", "-f", "jsonl", "-");
        assertThat(off.err()).isEmpty();
        Cli.Result file = Cli.run("extract", "--progress", "-f", "jsonl", "test-corpus");
        assertThat(file.err()).contains("100%", "/" + file.lines().size() + " docs");
        assertThat(file.err()).doesNotContain("verbatim extract:");
    }
}
