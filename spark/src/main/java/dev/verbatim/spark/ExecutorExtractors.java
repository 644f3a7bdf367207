package dev.verbatim.spark;

import dev.verbatim.QuoteExtractor;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The extractors of this JVM: one per {@link ExtractorSettings}, built on first use and shared by
 * every task thread of the executor for the life of the JVM (never one per row, partition or task).
 * A job uses one settings value, so an executor loads the models once.
 *
 * <p>Thread-safe: the first task to ask builds the extractor while the others asking for the same
 * settings wait for it; a failed build is not remembered, the next task tries again.
 */
final class ExecutorExtractors {

    private static final ConcurrentMap<ExtractorSettings, Lazy> EXTRACTORS = new ConcurrentHashMap<>();

    private ExecutorExtractors() {
    }

    /** The extractor for {@code settings}, built on the first call in this JVM. */
    static QuoteExtractor get(ExtractorSettings settings) {
        return EXTRACTORS.computeIfAbsent(settings, Lazy::new).get();
    }

    /** How many extractors have been built in this JVM for {@code settings}: 0 or 1. */
    static int builds(ExtractorSettings settings) {
        Lazy lazy = EXTRACTORS.get(settings);
        return lazy == null ? 0 : lazy.builds.get();
    }

    private static final class Lazy {
        private final ExtractorSettings settings;
        private final AtomicInteger builds = new AtomicInteger();
        private volatile QuoteExtractor extractor;

        Lazy(ExtractorSettings settings) {
            this.settings = settings;
        }

        QuoteExtractor get() {
            QuoteExtractor e = extractor;
            if (e == null) {
                synchronized (this) {
                    e = extractor;
                    if (e == null) {
                        e = settings.build();
                        builds.incrementAndGet();
                        extractor = e;
                    }
                }
            }
            return e;
        }
    }
}
