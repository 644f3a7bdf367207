package dev.verbatim.bench;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

/**
 * Runs {@link Benchmark} from Maven: {@code mvn -o -Pbench test [-Dbench.args="..."]}. The name
 * matches none of surefire's default patterns, so the ordinary build never runs it; only the
 * {@code bench} profile includes it (and only it).
 */
class RunBenchmark {

    @Test
    void benchmark() throws Exception {
        String args = System.getProperty("bench.args", "").trim();
        Benchmark.run(args.isEmpty() ? new String[0] : args.split("\\s+"), System.out);
    }
}
