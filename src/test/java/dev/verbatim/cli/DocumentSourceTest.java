package dev.verbatim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentSourceTest {

    private static List<Document> all(DocumentSource source) throws IOException {
        List<Document> out = new ArrayList<>();
        for (Document d = source.next(); d != null; d = source.next()) {
            out.add(d);
        }
        return out;
    }

    private static List<Document> jsonl(String input, int maxChars) throws IOException {
        return all(DocumentSource.jsonLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "in.jsonl",
                maxChars, -1));
    }

    @Test
    void readsJsonLinesWithStringAndNumberIdsAndReportsBadLines() throws IOException {
        List<Document> docs = jsonl("""
                {"id": "a", "text": "“Hi,” said Ann.", "lang": "en"}

                {"id": 17, "text": "Two\\nlines"}\r
                {"id": 1.5, "text": "x"}
                {"id": "b"}
                {"id": "c", "text": "x"} {"id": "d"}
                [1, 2]
                {"id": "e", "text": "lone \\ud800 surrogate"}
                {"id": "f", "text":
                {"id": "g", "text": "too long for the limit"}
                {"id": "h", "text": "no line feed"}""", 20);
        assertThat(docs).extracting(Document::id).containsExactly("a", "17", "in.jsonl:4", "b", "in.jsonl:6",
                "in.jsonl:7", "e", "in.jsonl:9", "g", "h");
        assertThat(docs.get(0)).isEqualTo(Document.of("a", "“Hi,” said Ann."));
        assertThat(docs.get(1)).isEqualTo(Document.of("17", "Two\nlines"));
        assertThat(docs.get(2).error()).isEqualTo("missing \"id\" (a string or an integer)");
        assertThat(docs.get(3).error()).isEqualTo("missing \"text\" (a string)");
        assertThat(docs.get(4).error()).startsWith("malformed JSON at column 26: Trailing token");
        assertThat(docs.get(5).error()).isEqualTo("expected a JSON object with \"id\" and \"text\"");
        assertThat(docs.get(6).error()).isEqualTo("text is not valid Unicode: lone surrogate at offset 5");
        assertThat(docs.get(7).error()).startsWith("malformed JSON at column 20: Unexpected end-of-input");
        assertThat(docs.get(8).error()).isEqualTo("longer than the limit of 20 characters");
        assertThat(docs.get(9)).isEqualTo(Document.of("h", "no line feed"));
    }

    @Test
    void aLineLongerThanTheBoundIsSkippedWithoutBeingKept() throws IOException {
        // 3 characters allowed: a line may take 6 * 3 + 4096 bytes
        String huge = "{\"id\": \"big\", \"text\": \"" + "x".repeat(10_000) + "\"}";
        List<Document> docs = jsonl(huge + "\n{\"id\": \"ok\", \"text\": \"abc\"}\n", 3);
        assertThat(docs).containsExactly(Document.failed("in.jsonl:1", "line longer than 4114 bytes"), Document.of("ok", "abc"));
    }

    @Test
    void readsTheFilesOfADirectoryInNameOrderAndRecursively(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.writeString(dir.resolve("b.txt"), "B");
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Files.writeString(dir.resolve("sub/c.txt"), "C");
        Files.writeString(dir.resolve("sub/deeper/d.txt"), "D");
        Files.write(dir.resolve("sub/bad.txt"), new byte[] {(byte) 0xC3, 0x28});
        assertThat(all(DocumentSource.files(dir.toString(), false, 100))).containsExactly(Document.of("a.txt", "A"),
                Document.of("b.txt", "B"));
        DocumentSource recursive = DocumentSource.files(dir.toString(), true, 100);
        assertThat(recursive.size()).isEqualTo(5);
        assertThat(all(recursive)).containsExactly(Document.of("a.txt", "A"), Document.of("b.txt", "B"),
                Document.failed("sub/bad.txt", "not valid UTF-8 text"), Document.of("sub/c.txt", "C"),
                Document.of("sub/deeper/d.txt", "D"));
        Files.writeString(dir.resolve("long.txt"), "x".repeat(401));
        assertThat(all(DocumentSource.files(dir.toString(), false, 100))).contains(
                Document.failed("long.txt", "longer than the limit of 100 characters"));
    }

    @Test
    void refusesUnusableInputAsAWhole(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> DocumentSource.files(dir.toString(), true, 100))
                .isInstanceOf(DocumentSource.InputException.class).hasMessageEndingWith("no *.txt articles in this directory or below it");
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xFF});
        assertThatThrownBy(() -> DocumentSource.files(dir.resolve("bad.txt").toString(), false, 100))
                .hasMessage("bad.txt: not valid UTF-8 text");
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> DocumentSource.stdin(endless, 100)).hasMessage("-: longer than the limit of 100 characters");
        assertThat(all(DocumentSource.stdin(new ByteArrayInputStream("“Yes,” he said.".getBytes(StandardCharsets.UTF_8)), 100)))
                .containsExactly(Document.of("-", "“Yes,” he said."));
    }
}
