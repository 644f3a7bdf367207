package dev.verbatim.spark;

import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The work of one partition: documents (id, text) in, outcome rows out (one per quote, or one per
 * failed document). Serialisable: it carries only the {@link ExtractorSettings}; the extractor
 * itself is the executor's ({@link ExecutorExtractors}), fetched when the partition starts.
 * Documents are read one at a time as the rows are consumed, so a partition is never held in
 * memory whole.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final ExtractorSettings settings;

    ExtractPartition(ExtractorSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        QuoteExtractor extractor = ExecutorExtractors.get(settings);
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && documents.hasNext()) {
                    current = outcomes(extractor, documents.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The outcome rows of one document, a row (id, text): its quotes, none when it has none, or a
     * single failure row when the extractor throws, so that one bad document never fails the task.
     */
    static List<Row> outcomes(QuoteExtractor extractor, Row document) {
        Object id = document.get(0);
        String text = document.isNullAt(1) ? null : document.getString(1);
        List<Quote> quotes;
        try {
            quotes = extractor.extract(text);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(QuoteRows.failure(id, e));
        }
        Row[] rows = new Row[quotes.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = QuoteRows.quote(id, i, quotes.get(i));
        }
        return List.of(rows);
    }
}
