package dev.verbatim.robust;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.SharedExtractor;
import dev.verbatim.cli.JsonOutput;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One extractor shared by many threads gives exactly what one thread gets, and the same twice. */
class ConcurrencyTest {

    private static final Path CORPUS = Path.of("test-corpus");
    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    private final QuoteExtractor extractor = SharedExtractor.get();

    private static Map<String, String> corpus() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                texts.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        assertThat(texts).as("articles in %s", CORPUS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(41);
        return texts;
    }

    private String json(String name, String text) {
        return JsonOutput.document(name, extractor.extractDocument(text));
    }

    @Test
    void eightThreadsOverTheCorpusGetTheResultsOfOneThread() throws Exception {
        Map<String, String> texts = corpus();
        long t0 = System.nanoTime();
        Map<String, String> sequential = new LinkedHashMap<>();
        texts.forEach((name, text) -> sequential.put(name, json(name, text)));
        long sequentialMs = (System.nanoTime() - t0) / 1_000_000;

        List<String> work = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            List<String> round = new ArrayList<>(texts.keySet());
            Collections.shuffle(round, new Random(1000 + r));
            work.addAll(round);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long t1 = System.nanoTime();
        try {
            List<Future<String[]>> futures = new ArrayList<>();
            for (String name : work) {
                futures.add(pool.submit(() -> new String[] {name, json(name, texts.get(name))}));
            }
            List<String> differences = new ArrayList<>();
            for (Future<String[]> f : futures) {
                String[] result = f.get(10, TimeUnit.MINUTES);
                if (!result[1].equals(sequential.get(result[0]))) {
                    differences.add(result[0] + "\n  one thread: " + sequential.get(result[0]) + "\n  8 threads:  " + result[1]);
                }
            }
            assertThat(differences).as("documents whose concurrent result differs from the sequential one").isEmpty();
        } finally {
            pool.shutdownNow();
        }
        long concurrentMs = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf("[robust timing] corpus of %d articles: one thread %,d ms; %d threads x %d rounds (%d extractions) %,d ms%n",
                texts.size(), sequentialMs, THREADS, ROUNDS, work.size(), concurrentMs);
    }

    @Test
    void theSameInputGivesByteIdenticalJson() throws IOException {
        Map<String, String> texts = corpus();
        List<String> names = new ArrayList<>(texts.keySet()).subList(0, 10);
        for (String name : names) {
            String first = json(name, texts.get(name));
            String second = json(name, texts.get(name));
            assertThat(second).as(name).isEqualTo(first);
        }
        String odd = "\uFEFF🎉 Ana\u00A0Ruiz spoke.\r\n&ldquo;We will win 🏆,&rdquo; she said. “Yes,” he said. «Non», dit-il.";
        assertThat(json("odd.txt", odd)).isEqualTo(json("odd.txt", odd));
        // and again after other documents have gone through the extractor
        String before = json(names.get(0), texts.get(names.get(0)));
        texts.forEach(this::json);
        assertThat(json(names.get(0), texts.get(names.get(0)))).isEqualTo(before);
    }
}
