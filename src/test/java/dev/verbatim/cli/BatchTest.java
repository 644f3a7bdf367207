package dev.verbatim.cli;

import dev.verbatim.ExtractedDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch runner with a stand-in extraction: order, failures, skipping, bounded read-ahead. */
class BatchTest {

    private static final ExtractedDocument EMPTY = new ExtractedDocument(List.of(), List.of());

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    /** {@code n} documents "0".."n-1" whose text is their id; counts how many were read. */
    private static final class Numbers extends DocumentSource {
        final int n;
        final AtomicInteger read = new AtomicInteger();

        Numbers(int n) {
            this.n = n;
        }

        @Override
        Document next() {
            int i = read.get();
            if (i == n) {
                return null;
            }
            read.incrementAndGet();
            return i % 7 == 3 ? Document.failed(String.valueOf(i), "unreadable") : Document.of(String.valueOf(i), String.valueOf(i));
        }
    }

    private List<String> run(Numbers source, Function<String, ExtractedDocument> extraction, int threads, int window,
                             List<Integer> readAhead, int[] failures) throws Exception {
        List<String> written = new ArrayList<>();
        Batch batch = new Batch(extraction, threads, window);
        failures[0] = batch.run(source, d -> false, r -> {
            written.add(r.document().id() + (r.failed() ? " " + r.error() : ""));
            readAhead.add(source.read.get() - written.size());
        }, () -> { }, errStream, "verbatim extract");
        return written;
    }

    @Test
    void writesInInputOrderWhenLaterDocumentsFinishFirst() throws Exception {
        // document 0 cannot finish before document 2 has: the pool must run ahead, the output must not
        CountDownLatch twoDone = new CountDownLatch(1);
        Function<String, ExtractedDocument> extraction = text -> {
            try {
                if (text.equals("0") && !twoDone.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("document 2 never ran");
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (text.equals("2")) {
                twoDone.countDown();
            }
            return EMPTY;
        };
        int[] failures = new int[1];
        List<String> written = run(new Numbers(6), extraction, 2, 8, new ArrayList<>(), failures);
        assertThat(written).containsExactly("0", "1", "2", "3 unreadable", "4", "5");
        assertThat(failures[0]).isEqualTo(1);
    }

    @Test
    void aFailingDocumentGetsItsErrorAndTheRunGoesOn() throws Exception {
        Function<String, ExtractedDocument> extraction = text -> {
            if (text.equals("5")) {
                throw new IllegalArgumentException("boom");
            }
            if (text.equals("8")) {
                throw new StackOverflowError();
            }
            return EMPTY;
        };
        int[] failures = new int[1];
        List<String> written = run(new Numbers(12), extraction, 2, 4, new ArrayList<>(), failures);
        assertThat(written).hasSize(12).contains("5 IllegalArgumentException: boom", "8 StackOverflowError: null",
                "3 unreadable", "10 unreadable", "11");
        assertThat(failures[0]).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "verbatim extract: 3: unreadable", "verbatim extract: 5: IllegalArgumentException: boom",
                "verbatim extract: 8: StackOverflowError: null", "verbatim extract: 10: unreadable");
    }

    @Test
    void readsNoFurtherAheadThanTheWindow() throws Exception {
        List<Integer> readAhead = new ArrayList<>();
        int[] failures = new int[1];
        Numbers source = new Numbers(10_000);
        List<String> written = run(source, text -> EMPTY, 2, 8, readAhead, failures);
        assertThat(written).hasSize(10_000);
        assertThat(readAhead).allSatisfy(n -> assertThat(n).isBetween(0, 8));
        assertThat(readAhead.get(0)).isEqualTo(7);
    }

    @Test
    void skipsWhatThePredicateRejects() throws Exception {
        List<String> written = new ArrayList<>();
        int failures = new Batch(text -> EMPTY, 1, 2).run(new Numbers(10), d -> Integer.parseInt(d.id()) < 6,
                r -> written.add(r.document().id()), () -> { }, errStream, "verbatim extract");
        assertThat(written).containsExactly("6", "7", "8", "9");
        assertThat(failures).isZero();
    }
}
