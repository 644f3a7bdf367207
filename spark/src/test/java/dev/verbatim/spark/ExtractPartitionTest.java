package dev.verbatim.spark;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The executor side without Spark: what a task receives, and the JVM's shared extractor. */
class ExtractPartitionTest {

    @Test
    void theFunctionSerialisesWithItsSettingsAndNothingElse() throws Exception {
        ExtractorSettings settings = new ExtractorSettings(EnumSet.of(QuoteType.DIRECT, QuoteType.MIXED), 5_000, true);
        ExtractPartition copy = roundTrip(new ExtractPartition(settings));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ExtractPartition(settings));
        }
        assertThat(bytes.size()).as("serialised size").isLessThan(2_000); // no extractor, no models

        // the copy asks the JVM's holder for an extractor of the same settings
        Iterator<Row> rows = copy.call(List.of(RowFactory.create("a", "He said: \u201cYes.\u201d")).iterator());
        assertThat(rows.hasNext()).isTrue();
        assertThat(ExecutorExtractors.builds(settings)).isEqualTo(1);
        assertThat(ExecutorExtractors.get(settings).types()).isEqualTo(Set.of(QuoteType.DIRECT, QuoteType.MIXED));
    }

    @Test
    void documentsAreExtractedOneAtATimeAsRowsAreConsumed() {
        List<Corpus.Doc> docs = Corpus.documents().subList(0, 3);
        AtomicInteger taken = new AtomicInteger();
        Iterator<Row> input = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < docs.size();
            }

            @Override
            public Row next() {
                taken.incrementAndGet();
                Corpus.Doc d = docs.get(i++);
                return RowFactory.create(d.id(), d.text());
            }
        };
        Iterator<Row> out = new ExtractPartition(ExtractorSettings.defaults()).call(input);
        assertThat(taken).hasValue(0);
        assertThat(out.next().getString(0)).isEqualTo(docs.get(0).id());
        assertThat(taken).hasValue(1);
        List<Row> rest = new ArrayList<>();
        out.forEachRemaining(rest::add);
        assertThat(taken).hasValue(3);
        QuoteExtractor library = TestSpark.library();
        assertThat(1 + rest.size()).isEqualTo(docs.stream().mapToInt(d -> library.extract(d.text()).size()).sum());
    }

    @Test
    void manyTaskThreadsAskingAtOnceShareOneExtractor() throws Exception {
        ExtractorSettings settings = new ExtractorSettings(EnumSet.allOf(QuoteType.class), 123_456, false);
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<QuoteExtractor>> got = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return ExecutorExtractors.get(settings);
                }));
            }
            QuoteExtractor first = got.get(0).get();
            for (Future<QuoteExtractor> f : got) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ExecutorExtractors.builds(settings)).isEqualTo(1);
        // equal settings built elsewhere (as deserialised on an executor) find the same extractor
        assertThat(ExecutorExtractors.get(roundTrip(settings))).isSameAs(ExecutorExtractors.get(settings));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
