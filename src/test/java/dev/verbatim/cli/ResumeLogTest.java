package dev.verbatim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResumeLogTest {

    private static String line(String id) {
        return JsonOutput.error(id, "x") + "\n";
    }

    @Test
    void cutsAnIncompleteLastLineAndSkipsWhatIsDone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        String complete = line("a") + line("b") + line("a");
        Files.writeString(out, complete + "{\"document\":\"c\",\"quo");
        ResumeLog log = ResumeLog.open(out);
        assertThat(Files.readString(out)).isEqualTo(complete);
        assertThat(log.documents()).isEqualTo(3);
        assertThat(log.droppedBytes()).isEqualTo(20);
        // two lines of "a": the first two documents with that id are done, a third is not
        assertThat(log.test(Document.of("a", ""))).isTrue();
        assertThat(log.test(Document.of("c", ""))).isFalse();
        assertThat(log.test(Document.of("a", ""))).isTrue();
        assertThat(log.test(Document.of("b", ""))).isTrue();
        assertThat(log.test(Document.of("a", ""))).isFalse();
        assertThat(log.test(Document.of("b", ""))).isFalse();
    }

    @Test
    void aLastLineWithoutItsLineFeedIsIncompleteEvenIfItParses(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, line("a") + line("b").strip());
        ResumeLog log = ResumeLog.open(out);
        assertThat(Files.readString(out)).isEqualTo(line("a"));
        assertThat(log.test(Document.of("b", ""))).isFalse();
    }

    @Test
    void anAbsentOrEmptyOutputHasNothingDone(@TempDir Path dir) throws Exception {
        assertThat(ResumeLog.open(dir.resolve("absent.jsonl")).documents()).isZero();
        Files.writeString(dir.resolve("empty.jsonl"), "");
        assertThat(ResumeLog.open(dir.resolve("empty.jsonl")).droppedBytes()).isZero();
    }

    @Test
    void refusesAFileThatIsNotOurOutput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, line("a") + "hello\n" + line("b"));
        assertThatThrownBy(() -> ResumeLog.open(out)).isInstanceOf(DocumentSource.InputException.class)
                .hasMessage("cannot resume: line 2 of " + out + " is not a document of extract --format jsonl");
        assertThat(Files.readString(out)).isEqualTo(line("a") + "hello\n" + line("b"));
    }
}
