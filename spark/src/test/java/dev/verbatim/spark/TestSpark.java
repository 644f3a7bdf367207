package dev.verbatim.spark;

import dev.verbatim.QuoteExtractor;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM, {@code local[2]}: two task threads sharing one executor
 * JVM, as on a two-core executor of a cluster. Tasks are serialised even in local mode, so what a
 * closure captures is checked as on a cluster. Surefire also sets the loopback address and turns
 * the UI off for any SparkConf in the JVM (pom.xml); they are repeated here for IDE runs.
 */
final class TestSpark {

    private static SparkSession session;
    private static QuoteExtractor library;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("verbatim-spark-test")
                    .master("local[2]")
                    .config("spark.ui.enabled", false)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", 4)
                    .getOrCreate();
            SparkSession s = session;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "stop-spark"));
        }
        return session;
    }

    /**
     * The library's own extractor with its defaults, built by the tests (not the executor's), once
     * per test JVM: what the job's output is compared with.
     */
    static synchronized QuoteExtractor library() {
        if (library == null) {
            library = QuoteExtractor.builder().build();
        }
        return library;
    }
}
