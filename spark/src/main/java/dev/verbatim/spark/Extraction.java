package dev.verbatim.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;

/**
 * The result of {@link VerbatimSpark#extract(Dataset, ExtractionOptions)}: the quotes table and the
 * failures table, two views of one extraction. Both are lazy, as Spark datasets are.
 *
 * <p>Each action on {@link #quotes()} or {@link #failures()} runs the extraction again. To use both
 * (write both tables, say), {@link #persist()} first so the documents are extracted once, and
 * {@link #unpersist()} after.
 */
public final class Extraction {

    private final Dataset<Row> outcomes;
    private final String idColumn;

    Extraction(Dataset<Row> outcomes, String idColumn) {
        this.outcomes = outcomes;
        this.idColumn = idColumn;
    }

    /**
     * One row per quote: the document id (the input's id column, its name and type), then
     * {@code quote_index} (0-based, in document order), {@code type}, {@code text}, {@code spans},
     * {@code speaker}, {@code cue}, {@code confidence}, {@code rule}, {@code paragraph}; see
     * {@link VerbatimSpark#quoteSchema(org.apache.spark.sql.types.StructField)}. Documents without
     * quotes and failed documents have no row.
     */
    public Dataset<Row> quotes() {
        return outcomes.filter(col(QuoteRows.ERROR).isNull()).drop(QuoteRows.ERROR);
    }

    /**
     * One row per document the extractor refused or failed on (a null text, a text over
     * {@link ExtractionOptions#maxInputLength()}, an internal error): the document id and
     * {@code error}, the exception's class and message.
     */
    public Dataset<Row> failures() {
        return outcomes.filter(col(QuoteRows.ERROR).isNotNull()).select(col(idColumn), col(QuoteRows.ERROR));
    }

    /** Keeps the extraction's rows (memory, then disk) once computed, for {@link #quotes()} and {@link #failures()} both. */
    public Extraction persist() {
        outcomes.persist(StorageLevel.MEMORY_AND_DISK());
        return this;
    }

    /** Drops what {@link #persist()} kept. */
    public Extraction unpersist() {
        outcomes.unpersist();
        return this;
    }
}
