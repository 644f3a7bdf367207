package dev.verbatim.cli;

import dev.verbatim.ExtractedDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs an extraction over a stream of documents on a pool of worker threads that share one
 * extractor, and hands the results to a sink in input order. At most {@code window} documents are
 * read ahead of the one being written, so memory stays bounded however long the input. A document
 * that fails (unreadable, or the extractor throws) is handed on with its error and the run goes on.
 */
final class Batch {

    /** What became of one document: its quotes, or an error. */
    record Result(Document document, ExtractedDocument extracted, String error) {
        boolean failed() {
            return error != null;
        }
    }

    /** Where results go, in input order. */
    interface Sink {
        void accept(Result result) throws IOException;
    }

    /** Told of each document written. */
    interface Progress {
        void step();
    }

    private final Function<String, ExtractedDocument> extractor;
    private final int threads;
    private final int window;

    /**
     * @param extractor the extraction, called from {@code threads} threads at once
     * @param threads the number of worker threads, at least 1
     * @param window the number of documents read ahead of the one being written, at least 1
     */
    Batch(Function<String, ExtractedDocument> extractor, int threads, int window) {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be positive");
        }
        this.extractor = extractor;
        this.threads = threads;
        this.window = window;
    }

    /**
     * Runs every document of {@code source} that {@code skip} does not reject through the extractor
     * and into {@code sink}, in input order; reports each failure as one line on {@code err}.
     *
     * @return the number of documents that failed
     */
    int run(DocumentSource source, Predicate<Document> skip, Sink sink, Progress progress, PrintStream err,
            String command) throws IOException, InterruptedException {
        AtomicInteger worker = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "verbatim-worker-" + worker.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int failures = 0;
        try {
            Deque<Future<Result>> pending = new ArrayDeque<>();
            for (Document doc = source.next(); doc != null; doc = source.next()) {
                if (skip.test(doc)) {
                    continue;
                }
                pending.add(doc.failed() ? CompletableFuture.completedFuture(new Result(doc, null, doc.error()))
                        : pool.submit(task(doc)));
                while (pending.size() >= window) {
                    failures += write(pending.poll(), sink, progress, err, command);
                }
            }
            while (!pending.isEmpty()) {
                failures += write(pending.poll(), sink, progress, err, command);
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    private java.util.concurrent.Callable<Result> task(Document doc) {
        return () -> {
            try {
                return new Result(doc, extractor.apply(doc.text()), null);
            } catch (RuntimeException | StackOverflowError e) {
                return new Result(doc, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        };
    }

    private static int write(Future<Result> future, Sink sink, Progress progress, PrintStream err, String command)
            throws IOException, InterruptedException {
        Result result;
        try {
            result = future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction task failed", e.getCause());
        }
        if (result.failed()) {
            err.println(command + ": " + result.document().id() + ": " + result.error());
        }
        sink.accept(result);
        progress.step();
        return result.failed() ? 1 : 0;
    }
}
