package dev.verbatim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The argument and gold-loading checks of {@code evaluate}, which come before any extraction. */
class EvaluateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("evaluate"));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rejectsAMissingDirectoryInOneLine(@TempDir Path dir) {
        Path absent = dir.resolve("absent");
        assertThat(run("--errors", dir.resolve("e.txt").toString(), absent.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("verbatim evaluate: no such directory: " + absent + System.lineSeparator());
        assertThat(out.size()).isZero();
    }

    @Test
    void rejectsADirectoryWithoutGold(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "text");
        assertThat(run(dir.toString())).isEqualTo(2);
        assertThat(err()).startsWith("verbatim evaluate: cannot read the gold in " + dir + ": ")
                .contains("no *.gold.json files").hasLineCount(1);
    }

    @Test
    void rejectsBadUsageInOneLineEach() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--errors")).isEqualTo(2);
        assertThat(run("--fast", "dir")).isEqualTo(2);
        assertThat(run("one", "two")).isEqualTo(2);
        assertThat(err()).hasLineCount(4);
        assertThat(err().lines()).allSatisfy(line -> assertThat(line).startsWith("verbatim evaluate: ")
                .endsWith("(see 'verbatim evaluate --help')"));
        assertThat(err()).contains("Missing required parameter: 'GOLD_DIR'", "Missing required parameter for option "
                + "'--errors' (FILE)", "Unknown option: '--fast'", "Unmatched argument at index 2: 'two'");
        assertThat(out.size()).isZero();
    }

    @Test
    void agreementNeedsBratStandoff(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "text");
        assertThat(run("--agreement", dir.toString())).isEqualTo(2);
        assertThat(err()).startsWith("verbatim evaluate: --agreement needs a split in brat standoff").hasLineCount(1);
        assertThat(out.size()).isZero();
    }

    @Test
    void agreementPrintsTheScorersLinesWithoutExtracting(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("split/text"));
        Files.createDirectories(dir.resolve("split/attributions"));
        Files.writeString(dir.resolve("split/text/d.txt"), "She said “yes.”");
        String ann = "T1\tSource 0 3\tShe\nT2\tContent 9 15\t“yes.”\nE1\tAttribution:T1 Source:T1 Content:T2\n";
        Files.writeString(dir.resolve("split/attributions/d_a.ann"), ann);
        Files.writeString(dir.resolve("split/attributions/d_b.ann"), ann.replace("Source 0 3", "Source 4 8"));

        assertThat(run("--agreement", dir.resolve("split").toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("documents 1 (missing from system output: 0)",
                "direct quotes   P 1.000  R 1.000  F1 1.000", "speaker         accuracy 0.000 end-to-end");
        assertThat(err()).isEmpty();
    }

    @Test
    void printsUsageOnHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: verbatim evaluate [-hvV] [--agreement] [--errors=FILE] GOLD_DIR")
                .contains("Exit codes:", "GOLD_DIR/attributions");
        assertThat(err()).isEmpty();
    }
}
