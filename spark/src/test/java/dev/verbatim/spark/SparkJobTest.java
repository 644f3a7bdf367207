package dev.verbatim.spark;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job of {@code VerbatimSpark.main}: its inputs, outputs and arguments, in the test JVM's session. */
class SparkJobTest {

    private static SparkSession spark;
    private static List<Corpus.Doc> corpus;
    private static QuoteExtractor library;

    @BeforeAll
    static void setUp() {
        spark = TestSpark.session();
        corpus = Corpus.documents();
        library = TestSpark.library();
    }

    @Test
    void aDirectoryOfTextFilesToParquetAndJsonLines(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        SparkJob.Summary summary = SparkJob.run(spark, SparkJob.Args.parse(
                "--input", Corpus.dir().toString(), "--output", out.toString(),
                "--output-format", "both", "--partitions", "4"));

        int expected = corpus.stream().mapToInt(d -> library.extract(d.text()).size()).sum();
        assertThat(summary.quotes()).isEqualTo(expected);
        assertThat(summary.failures()).isZero();

        // the file name is the id, and the text is the file's exact content: offsets agree
        Dataset<Row> parquet = spark.read().parquet(out.resolve("quotes.parquet").toString());
        StructField id = new StructField("id", DataTypes.StringType, true, Metadata.empty());
        // (Spark reads every Parquet column back as nullable; the types and names are the schema's)
        assertThat(parquet.schema().simpleString()).isEqualTo(VerbatimSpark.quoteSchema(id).simpleString());
        assertSameAsLibrary(parquet.collectAsList());

        // JSON Lines: one object per quote, every field written, absent ones as null
        List<String> lines = jsonLines(out.resolve("quotes.jsonl"));
        assertThat(lines).hasSize(expected);
        assertThat(lines).allMatch(l -> l.startsWith("{\"id\":\"") && l.contains("\"quote_index\":"));
        assertThat(lines).allMatch(l -> l.contains("\"speaker\":") && l.contains("\"cue\":"));
        List<Row> rows = parquet.collectAsList();
        assertThat(lines.stream().filter(l -> l.contains("\"speaker\":null")).count())
                .isEqualTo(rows.stream().filter(r -> r.getAs("speaker") == null).count());
        assertThat(lines.stream().filter(l -> l.contains("\"cue\":null")).count())
                .isEqualTo(rows.stream().filter(r -> r.getAs("cue") == null).count());
        assertThat(lines.stream().filter(l -> l.contains("\"role\":null")).count())
                .isEqualTo(rows.stream().filter(r -> r.getAs("speaker") != null
                        && r.<Row>getAs("speaker").getAs("role") == null).count()).isPositive();
        Dataset<Row> json = spark.read().schema(VerbatimSpark.quoteSchema(id)).json(out.resolve("quotes.jsonl").toString());
        assertSameAsLibrary(json.collectAsList());

        Dataset<Row> failures = spark.read().parquet(out.resolve("failures.parquet").toString());
        assertThat(failures.schema().fieldNames()).containsExactly("id", "error");
        assertThat(failures.count()).isZero();
        assertThat(jsonLines(out.resolve("failures.jsonl"))).isEmpty();
    }

    @Test
    void jsonLinesWithOwnColumnNamesAndAFailedDocument(@TempDir Path tmp) throws Exception {
        List<Corpus.Doc> docs = corpus.subList(10, 14);
        StringBuilder jsonl = new StringBuilder();
        for (Corpus.Doc d : docs) {
            jsonl.append(json("https://example.org/" + d.id(), d.text())).append('\n');
        }
        jsonl.append(json("https://example.org/huge", "x".repeat(5_000))).append('\n');
        Path input = tmp.resolve("articles.jsonl");
        Files.writeString(input, jsonl);
        Path out = tmp.resolve("out");

        SparkJob.Summary summary = SparkJob.run(spark, SparkJob.Args.parse("--input", input.toString(),
                "--output", out.toString(), "--id-column", "url", "--text-column", "body",
                "--max-input-length", "4000"));

        List<Row> failures = spark.read().parquet(out.resolve("failures.parquet").toString()).collectAsList();
        assertThat(summary.failures()).isEqualTo(1);
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).<String>getAs("url")).isEqualTo("https://example.org/huge");
        assertThat(failures.get(0).<String>getAs("error")).contains("longer than the limit of 4000");

        List<Row> quotes = spark.read().parquet(out.resolve("quotes.parquet").toString()).collectAsList();
        Map<String, List<Row>> byDoc = QuoteRowAssert.byDocument(quotes, "url");
        for (Corpus.Doc d : docs) {
            QuoteRowAssert.assertSameQuotes(d.id(), byDoc.getOrDefault("https://example.org/" + d.id(), List.of()),
                    library.extract(d.text()));
        }
        assertThat(summary.quotes()).isEqualTo(quotes.size());
    }

    @Test
    void withoutPartitionsASmallInputIsSpreadOverSixteenPerCore(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("three.jsonl");
        Files.writeString(input, json("a", "One.") + "\n" + json("b", "Two.") + "\n" + json("c", "Three.") + "\n");
        ExtractionOptions given = ExtractionOptions.builder().idColumn("url").types(QuoteType.DIRECT)
                .maxInputLength(4000).doubledApostrophes(true).build();
        Dataset<Row> documents = SparkJob.read(spark, input.toString(), SparkJob.InputFormat.JSONL, given);
        int wanted = SparkJob.PARTITIONS_PER_CORE * spark.sparkContext().defaultParallelism();
        assertThat(documents.rdd().getNumPartitions()).isLessThan(wanted);

        ExtractionOptions spread = SparkJob.withDefaultPartitions(spark, documents, given);
        assertThat(spread.partitions()).isEqualTo(wanted);
        // everything else as given
        assertThat(spread.idColumn()).isEqualTo("url");
        assertThat(spread.extractorSettings()).isEqualTo(given.extractorSettings());

        // a number given is kept; an input with enough partitions is read as it is
        ExtractionOptions three = given.toBuilder().partitions(3).build();
        assertThat(SparkJob.withDefaultPartitions(spark, documents, three).partitions()).isEqualTo(3);
        assertThat(SparkJob.withDefaultPartitions(spark, documents.repartition(wanted), given).partitions()).isZero();
    }

    @Test
    void parquetInputAndExistingOutput(@TempDir Path tmp) {
        List<Corpus.Doc> docs = corpus.subList(20, 23);
        String input = tmp.resolve("docs.parquet").toString();
        Corpus.frame(spark, docs).write().parquet(input);
        String out = tmp.resolve("out").toString();

        SparkJob.Args args = SparkJob.Args.parse("--input", input, "--output", out, "--output-format", "jsonl");
        SparkJob.Summary first = SparkJob.run(spark, args);
        assertThat(first.written()).containsExactly(out + "/quotes.jsonl", out + "/failures.jsonl");
        assertThat(first.quotes()).isEqualTo(docs.stream().mapToInt(d -> library.extract(d.text()).size()).sum());

        assertThatThrownBy(() -> SparkJob.run(spark, args)).hasMessageContaining("already exists");
        SparkJob.Summary again = SparkJob.run(spark, SparkJob.Args.parse("--input", input, "--output", out,
                "--output-format", "jsonl", "--overwrite"));
        assertThat(again.quotes()).isEqualTo(first.quotes());
    }

    @Test
    void badArgumentsPrintTheUsageAndExitWith2() {
        assertThat(main("--input", "x")).isEqualTo(2);
        assertThat(main("--input", "x", "--output", "y", "--types", "DIRECT,SPOKEN")).isEqualTo(2);
        assertThat(main("--input", "x", "--output", "y", "--partitions", "many")).isEqualTo(2);
        assertThat(main("--input", "x", "--output", "y", "stray")).isEqualTo(2);
        assertThat(main("--input", "x", "--output", "y", "--id-column", "text")).isEqualTo(2);
        assertThat(main("--help")).isZero();
        SparkJob.Args a = SparkJob.Args.parse("--input", "i", "--output", "o", "--types", "direct, mixed",
                "--max-input-length", "99", "--doubled-apostrophes");
        assertThat(a.options().types()).containsExactlyInAnyOrder(dev.verbatim.QuoteType.DIRECT, dev.verbatim.QuoteType.MIXED);
        assertThat(a.options().maxInputLength()).isEqualTo(99);
        assertThat(a.options().doubledApostrophes()).isTrue();
    }

    @Test
    void theInputFormatIsToldByNameOrByTheFilesOfADirectory(@TempDir Path tmp) throws Exception {
        assertThat(SparkJob.detect(Corpus.dir().toString())).isEqualTo(SparkJob.InputFormat.TEXT);
        assertThat(SparkJob.detect("s3a://bucket/articles.jsonl.gz")).isEqualTo(SparkJob.InputFormat.JSONL);
        assertThat(SparkJob.detect("hdfs:///corpus/2024.parquet")).isEqualTo(SparkJob.InputFormat.PARQUET);
        assertThat(SparkJob.detect("one.txt")).isEqualTo(SparkJob.InputFormat.TEXT);
        Files.writeString(tmp.resolve("part-1.json"), "{}\n");
        assertThat(SparkJob.detect(tmp.toString())).isEqualTo(SparkJob.InputFormat.JSONL);
        Files.writeString(tmp.resolve("notes.txt"), "text files beside JSON: the text files\n");
        assertThat(SparkJob.detect(tmp.toString())).isEqualTo(SparkJob.InputFormat.TEXT);
        Files.writeString(tmp.resolve("part-0.snappy.parquet"), "");
        assertThat(SparkJob.detect(tmp.toString())).isEqualTo(SparkJob.InputFormat.PARQUET);
        assertThatThrownBy(() -> SparkJob.detect(tmp.resolve("empty").toString())).hasMessageContaining("--input-format");
        assertThatThrownBy(() -> SparkJob.detect("hdfs:///corpus/2024")).hasMessageContaining("--input-format");
    }

    private static void assertSameAsLibrary(List<Row> rows) {
        Map<String, List<Row>> byDoc = QuoteRowAssert.byDocument(rows, "id");
        for (Corpus.Doc d : corpus) {
            QuoteRowAssert.assertSameQuotes(d.id(), byDoc.getOrDefault(d.id(), List.of()), library.extract(d.text()));
        }
        assertThat(rows).hasSize(byDoc.values().stream().mapToInt(List::size).sum());
    }

    private static List<String> jsonLines(Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        return lines;
    }

    /** One JSON object with string fields url and body. */
    private static String json(String url, String body) {
        return "{\"url\":" + quote(url) + ",\"body\":" + quote(body) + "}";
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static int main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkJob.main(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("usage: VerbatimSpark");
        return code;
    }

}
