package dev.verbatim.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;

import static org.apache.spark.sql.functions.col;

/**
 * Verbatim on Spark: the quotes of every document of a {@link Dataset}, extracted on the executors.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles.jsonl");          // columns id, text
 * Dataset<Row> quotes = VerbatimSpark.quotes(articles);                  // one row per quote
 *
 * Extraction x = VerbatimSpark.extract(articles, ExtractionOptions.builder().textColumn("body").build())
 *         .persist();                                                    // extract once, use twice
 * x.quotes().write().parquet("out/quotes.parquet");
 * x.failures().write().parquet("out/failures.parquet");                 // one row per failed document
 * x.unpersist();
 * }</pre>
 *
 * <p>Each executor JVM builds one {@code QuoteExtractor} (loading the models once, a few seconds)
 * when its first task starts, and its task threads share it. A document the extractor throws on
 * (null text, text longer than {@link ExtractionOptions#maxInputLength()}) becomes a row of the
 * failures table; the job goes on.
 *
 * <p>{@link #main(String[])} is the job for {@code spark-submit} (see README, "Spark").
 */
public final class VerbatimSpark {

    private VerbatimSpark() {
    }

    /**
     * The quotes of {@code documents}, which have columns {@code id} and {@code text}, with the
     * library's default settings: {@code extract(documents, ExtractionOptions.defaults()).quotes()}.
     * Failed documents are left out; {@link #extract(Dataset, ExtractionOptions)} gives them.
     */
    public static Dataset<Row> quotes(Dataset<Row> documents) {
        return extract(documents, ExtractionOptions.defaults()).quotes();
    }

    /** {@code extract(documents, options).quotes()}. */
    public static Dataset<Row> quotes(Dataset<Row> documents, ExtractionOptions options) {
        return extract(documents, options).quotes();
    }

    /**
     * Extracts the quotes of every row of {@code documents}: the id and text columns named by
     * {@code options}; other columns are ignored. Lazy, like any Spark transformation.
     *
     * @throws IllegalArgumentException if a column is missing or the text column is not a string
     */
    public static Extraction extract(Dataset<Row> documents, ExtractionOptions options) {
        StructField id = column(documents.schema(), options.idColumn(), "id");
        StructField text = column(documents.schema(), options.textColumn(), "text");
        if (!text.dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("text column '" + text.name() + "' is " + text.dataType().simpleString()
                    + ", not string");
        }
        Dataset<Row> input = documents.select(new Column[] {col(quoted(id.name())), col(quoted(text.name()))});
        if (options.partitions() > 0) {
            input = input.repartition(options.partitions());
        }
        StructField idOut = new StructField(id.name(), id.dataType(), true, id.metadata());
        Dataset<Row> outcomes = input.mapPartitions(new ExtractPartition(options.extractorSettings()),
                Encoders.row(QuoteRows.outcomeSchema(idOut)));
        return new Extraction(outcomes, id.name());
    }

    /** The schema of the quotes table for a document id column {@code id}. */
    public static StructType quoteSchema(StructField id) {
        return QuoteRows.quoteSchema(id);
    }

    /** The schema of the failures table for a document id column {@code id}. */
    public static StructType failureSchema(StructField id) {
        return QuoteRows.failureSchema(id);
    }

    /**
     * The job: reads documents (JSON Lines, Parquet, or a directory of {@code .txt} files), writes
     * the quotes and failures tables. {@code --help} lists the options. Without a master set by
     * {@code spark-submit} (or {@code --master}), it runs in this JVM on {@code local[*]}. Exits with
     * status 2 on bad arguments; an exception propagates (and fails the application) otherwise.
     */
    public static void main(String[] args) {
        int code = SparkJob.main(args, System.out, System.err);
        if (code != 0) {
            // only on failure: on YARN, a driver that calls System.exit is reported as exiting early
            System.exit(code);
        }
    }

    private static StructField column(StructType schema, String name, String what) {
        for (StructField f : schema.fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no " + what + " column '" + name + "' in " + Arrays.toString(schema.fieldNames()));
    }

    /** A column name as a column reference: back-quoted, so that dots and spaces are part of the name. */
    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
