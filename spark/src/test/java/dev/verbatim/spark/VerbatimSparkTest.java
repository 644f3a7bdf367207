package dev.verbatim.spark;

import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Dataset API on {@code local[2]} against the library itself, over the test corpus. */
class VerbatimSparkTest {

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
    void quotesEqualTheLibrarysForEveryDocumentFieldByField() {
        ExtractionOptions options = ExtractionOptions.builder().partitions(8).build();
        Extraction x = VerbatimSpark.extract(Corpus.frame(spark, corpus), options).persist();
        try {
            List<Row> rows = x.quotes().collectAsList();
            assertThat(x.failures().collectAsList()).isEmpty();

            Map<String, List<Row>> byDoc = QuoteRowAssert.byDocument(rows, "id");
            int expectedTotal = 0;
            for (Corpus.Doc d : corpus) {
                List<Quote> expected = library.extract(d.text());
                expectedTotal += expected.size();
                QuoteRowAssert.assertSameQuotes(d.id(), byDoc.getOrDefault(d.id(), List.of()), expected);
            }
            assertThat(rows).hasSize(expectedTotal);
            assertThat(expectedTotal).as("the corpus has hundreds of quotes").isGreaterThan(300);
            assertThat(byDoc.keySet()).allMatch(id -> corpus.stream().anyMatch(d -> d.id().equals(id)));
            // speakers, cues and all three outcomes of a speaker are exercised, not only nulls
            assertThat(rows).anyMatch(r -> r.getAs("speaker") != null);
            assertThat(rows).anyMatch(r -> r.getAs("cue") != null);
            assertThat(rows).anyMatch(r -> r.getList(r.fieldIndex("spans")).size() > 1);
        } finally {
            x.unpersist();
        }
        // 8 tasks on 2 task threads, one extractor for the JVM
        assertThat(ExecutorExtractors.builds(options.extractorSettings())).isEqualTo(1);
    }

    @Test
    void aDocumentTheExtractorThrowsOnIsAFailureRowAndTheOthersComplete() {
        int limit = 4_000; // above every corpus document (3,650 characters at most)
        List<Corpus.Doc> docs = new ArrayList<>(corpus.subList(0, 6));
        String longText = corpus.get(0).text().repeat(limit / corpus.get(0).text().length() + 1);
        docs.add(2, new Corpus.Doc("too-long", longText));
        docs.add(new Corpus.Doc("no-text", null));
        ExtractionOptions options = ExtractionOptions.builder().maxInputLength(limit).partitions(3).build();

        Extraction x = VerbatimSpark.extract(Corpus.frame(spark, docs), options).persist();
        try {
            List<Row> failures = x.failures().orderBy("id").collectAsList();
            assertThat(failures).extracting(r -> r.getString(0)).containsExactly("no-text", "too-long");
            assertThat(failures.get(0).getString(1)).startsWith("java.lang.NullPointerException");
            assertThat(failures.get(1).getString(1))
                    .startsWith("java.lang.IllegalArgumentException: text of " + longText.length() + " characters")
                    .contains("limit of " + limit);
            assertThat(x.failures().schema().fieldNames()).containsExactly("id", "error");

            Map<String, List<Row>> byDoc = QuoteRowAssert.byDocument(x.quotes().collectAsList(), "id");
            assertThat(byDoc).doesNotContainKeys("too-long", "no-text");
            QuoteExtractor limited = QuoteExtractor.builder().maxInputLength(limit).build();
            for (Corpus.Doc d : docs.stream().filter(d -> d.text() != null && d.text().length() <= limit).toList()) {
                QuoteRowAssert.assertSameQuotes(d.id(), byDoc.getOrDefault(d.id(), List.of()), limited.extract(d.text()));
            }
            assertThat(byDoc).hasSizeGreaterThanOrEqualTo(5);
        } finally {
            x.unpersist();
        }
    }

    @Test
    void theExtractorSettingsTravelToTheExecutors() {
        List<Corpus.Doc> docs = corpus.subList(0, 12);
        ExtractionOptions options = ExtractionOptions.builder().types(QuoteType.DIRECT).partitions(4).build();
        List<Row> rows = VerbatimSpark.quotes(Corpus.frame(spark, docs), options).collectAsList();

        QuoteExtractor direct = QuoteExtractor.builder().types(QuoteType.DIRECT).build();
        Map<String, List<Row>> byDoc = QuoteRowAssert.byDocument(rows, "id");
        for (Corpus.Doc d : docs) {
            QuoteRowAssert.assertSameQuotes(d.id(), byDoc.getOrDefault(d.id(), List.of()), direct.extract(d.text()));
        }
        assertThat(rows).isNotEmpty().allMatch(r -> r.getAs("type").equals("DIRECT"));
    }

    @Test
    void theDefaultApiReadsColumnsIdAndText() {
        List<Corpus.Doc> docs = corpus.subList(0, 5);
        List<Row> rows = VerbatimSpark.quotes(Corpus.frame(spark, docs)).collectAsList();
        Map<String, List<Row>> byDoc = QuoteRowAssert.byDocument(rows, "id");
        for (Corpus.Doc d : docs) {
            QuoteRowAssert.assertSameQuotes(d.id(), byDoc.getOrDefault(d.id(), List.of()), library.extract(d.text()));
        }
    }

    @Test
    void theIdColumnKeepsItsNameAndTypeAndOtherColumnsAreIgnored() {
        Corpus.Doc d = corpus.get(3);
        StructType schema = new StructType()
                .add("doc_no", DataTypes.LongType, false)
                .add("body", DataTypes.StringType, true)
                .add("outlet", DataTypes.StringType, true);
        Dataset<Row> frame = spark.createDataFrame(List.of(RowFactory.create(42L, d.text(), "Example Times")), schema);
        ExtractionOptions options = ExtractionOptions.builder().idColumn("doc_no").textColumn("body").build();

        Dataset<Row> quotes = VerbatimSpark.quotes(frame, options);
        StructField id = new StructField("doc_no", DataTypes.LongType, true, Metadata.empty());
        assertThat(quotes.schema()).isEqualTo(VerbatimSpark.quoteSchema(id));
        List<Row> rows = quotes.collectAsList();
        assertThat(rows).isNotEmpty().allMatch(r -> r.<Long>getAs("doc_no") == 42L);
        QuoteRowAssert.assertSameQuotes(d.id(), QuoteRowAssert.byDocument(rows, "doc_no").get("42"), library.extract(d.text()));
        assertThat(VerbatimSpark.extract(frame, options).failures().schema()).isEqualTo(VerbatimSpark.failureSchema(id));
    }

    @Test
    void columnsAreCheckedWhenTheExtractionIsDefined() {
        Dataset<Row> frame = Corpus.frame(spark, corpus.subList(0, 1));
        assertThatThrownBy(() -> VerbatimSpark.quotes(frame, ExtractionOptions.builder().textColumn("body").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no text column 'body'");
        assertThatThrownBy(() -> VerbatimSpark.quotes(frame.withColumn("text", lit(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not string");
        assertThatThrownBy(() -> VerbatimSpark.quotes(frame.select(col("text"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no id column 'id'");
        assertThatThrownBy(() -> ExtractionOptions.builder().idColumn("text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExtractionOptions.builder().maxInputLength(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExtractionOptions.builder().types(java.util.Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
