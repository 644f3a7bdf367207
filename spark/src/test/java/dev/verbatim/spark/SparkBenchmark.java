package dev.verbatim.spark;

import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.apache.spark.sql.SparkSession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The Spark job against the library in a plain loop, on the same documents, the same machine, in
 * one run (see BENCHMARKS.md, "Spark"). Not a test: run it with
 *
 * <pre>
 * mvn -B -q -f spark/pom.xml -DskipTests package
 * java @spark/target/bench.args --interleaved [--docs 1000] [DIR]
 * java @spark/target/bench.args [--docs 1000] [--passes 2] [--repeat 1] [DIR]
 * </pre>
 *
 * <p>{@code --interleaved} (the figures of BENCHMARKS.md): one JVM per master ({@code local[1]},
 * {@code local[2]}) in which the whole Spark job and the library's plain loop (1 or 2 threads
 * sharing one extractor, the executor's own) take turns over the same documents (by default one job over
 * all of them per turn, two turns each; {@code --block-docs N} cuts them into jobs of N), so
 * that both meet the same load from other processes; see {@code interleaved}. The rest of this
 * comment describes the other mode, separate JVMs one after the other.
 *
 * <p>DIR is a directory of .txt articles: by default PolNeAR dev ({@code ../shared/polnear/dev/text}
 * beside the repository), or {@code test-corpus/} when that is absent. Its articles are repeated,
 * in order, until there are at least {@code --docs} documents. The texts are read at run time and
 * written only to a temporary directory, never into the repository.
 *
 * <p>Each measurement runs in a fresh JVM of its own, one after the other, with the same class
 * path and JVM options (so that no JVM starts with models another one loaded):
 * <ol>
 *   <li>library: {@code QuoteExtractor.builder().build()} (timed: the load), a warm-up over the
 *       distinct articles, then {@code --passes} passes over all documents on 1 thread, and as many
 *       on a fixed pool of 2 threads sharing the extractor (all documents submitted at once);</li>
 *   <li>Spark {@code local[1]} and then {@code local[2]}: session start (timed), a one-document job
 *       (timed: the executor's model load and Spark's first job), the whole job once over the
 *       distinct articles (warm-up), then {@code --passes} runs of the whole job as
 *       {@code VerbatimSpark.main} runs it: read the JSON Lines input, spread it over 16 partitions
 *       per core (the job's default), extract, write the quotes and failures tables as Parquet, count them.</li>
 * </ol>
 * The figures compared are those of each JVM's last pass (default: the second, so that the JIT
 * compiler has finished with the code the pass runs, in every JVM alike; Spark's JVM compiles much
 * more code than the library's, and on 2 cores with 2 task threads its JIT threads compete with
 * the tasks). The three JVMs run one after the other, and the whole sequence {@code --repeat}
 * times. Throughput is documents and tokens per second of wall time; per core divides by the threads
 * (1 or 2). Tokens are counted once by a CoreNLP tokenizer-only pipeline
 * ({@code annotators=tokenize}, English defaults), as in the library's benchmark. Each pass also
 * reports the CPU time of its JVM (all threads: Spark's, GC, JIT) and the CPU time other processes
 * used meanwhile (from /proc/stat), so that a busy machine shows.
 */
public final class SparkBenchmark {

    private static final String RESULT = "RESULT ";

    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int docs = 1000;
        int passes = 2;
        int repeat = 1;
        boolean interleaved = false;
        int blockDocs = 0;
        int partitionsPerCore = SparkJob.PARTITIONS_PER_CORE;
        String dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--interleaved" -> interleaved = true;
                case "--block-docs" -> blockDocs = Integer.parseInt(args[++i]);
                case "--partitions-per-core" -> partitionsPerCore = Integer.parseInt(args[++i]);
                default -> dir = args[i];
            }
        }
        Path d = dir == null ? defaultDir() : Path.of(dir);
        if (interleaved) {
            interleavedParent(d, docs, blockDocs, partitionsPerCore, System.out);
            return;
        }
        for (int r = 1; r <= repeat; r++) {
            System.out.printf(Locale.ROOT, "### Round %d of %d%n%n", r, repeat);
            parent(d, docs, passes, System.out);
            System.out.println();
        }
    }

    // ---------------------------------------------------------------------------------- parent

    private static Path defaultDir() {
        for (String d : List.of("../shared/polnear/dev/text", "../../shared/polnear/dev/text", "test-corpus", "../test-corpus")) {
            if (Files.isDirectory(Path.of(d))) {
                return Path.of(d);
            }
        }
        throw new IllegalStateException("neither PolNeAR dev (../shared/polnear/dev/text) nor test-corpus/ found; give DIR");
    }

    private static void parent(Path dir, int minDocs, int passes, PrintStream out) throws Exception {
        List<String[]> articles = articles(dir);
        int rounds = (minDocs + articles.size() - 1) / articles.size();
        int n = rounds * articles.size();
        long tokensPerRound = countTokens(articles);
        long tokens = tokensPerRound * rounds;
        long chars = articles.stream().mapToLong(a -> a[1].length()).sum() * rounds;
        Path tmp = Files.createTempDirectory("verbatim-spark-bench");
        Path input = tmp.resolve("input.jsonl");
        writeJsonLines(articles, rounds, input);
        writeJsonLines(articles, 1, tmp.resolve("warm-up.jsonl"));
        progress("%d articles from %s x %d = %d documents, %d tokens, %d chars; input %s", articles.size(), dir,
                rounds, n, tokens, chars, input);
        String common = "--dir " + dir.toAbsolutePath() + " --rounds " + rounds + " --passes " + passes
                + " --input " + input + " --output " + tmp.resolve("out");

        double loadBefore = loadAverage();
        Map<String, String> lib = runChild("library " + common);
        Map<String, String> s1 = runChild("spark --master local[1] " + common);
        Map<String, String> s2 = runChild("spark --master local[2] " + common);
        double loadAfter = loadAverage();
        deleteTree(tmp);

        double lib1 = d(lib, "seconds.1");
        double lib2 = d(lib, "seconds.2");
        double sp1 = d(s1, "seconds");
        double sp2 = d(s2, "seconds");
        out.printf(Locale.ROOT, "Finished %s%n%n", Instant.now());
        out.printf(Locale.ROOT, "- input: %d distinct articles from `%s` repeated %d times: %d documents, %,d tokens "
                + "(CoreNLP tokenizer, annotators=tokenize), %,d chars%n", articles.size(), dir, rounds, n, tokens, chars);
        out.printf(Locale.ROOT, "- machine: %s, %d processors, Java %s; load average %.2f before, %.2f after%n",
                cpuModel(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                loadBefore, loadAfter);
        out.printf(Locale.ROOT, "- quotes: library %s, Spark local[1] %s, local[2] %s (failed documents: %s, %s)%n",
                lib.get("quotes"), s1.get("quotes"), s2.get("quotes"), s1.get("failures"), s2.get("failures"));
        out.printf(Locale.ROOT, "- passes per measurement: %d (the last below; every pass: library 1 thread %s s, "
                        + "2 threads %s s; Spark local[1] %s s, local[2] %s s)%n%n", passes,
                lib.get("passes.1"), lib.get("passes.2"), s1.get("passes"), s2.get("passes"));
        out.println("| run | cores | wall s | documents/s | tokens/s | documents/s per core | tokens/s per core "
                + "| per core vs library | JVM CPU-s | documents per CPU-s | other processes' CPU-s |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        row(out, "library, 1 thread", 1, lib1, n, tokens, lib1, d(lib, "cpu.1"), lib.get("other.1"));
        row(out, "Spark local[1]", 1, sp1, n, tokens, lib1, d(s1, "cpu"), s1.get("other"));
        row(out, "library, 2 threads", 2, lib2, n, tokens, lib2, d(lib, "cpu.2"), lib.get("other.2"));
        row(out, "Spark local[2]", 2, sp2, n, tokens, lib2, d(s2, "cpu"), s2.get("other"));
        out.println();
        out.println("| fixed cost | seconds |");
        out.println("|---|---:|");
        out.printf(Locale.ROOT, "| library: QuoteExtractor.builder().build() | %.1f |%n", d(lib, "load"));
        out.printf(Locale.ROOT, "| Spark local[1]: session start | %.1f |%n", d(s1, "session"));
        out.printf(Locale.ROOT, "| Spark local[1]: first job, 1 document (executor model load) | %.1f |%n", d(s1, "first"));
        out.printf(Locale.ROOT, "| Spark local[2]: session start | %.1f |%n", d(s2, "session"));
        out.printf(Locale.ROOT, "| Spark local[2]: first job, 1 document (executor model load) | %.1f |%n", d(s2, "first"));
    }

    private static void row(PrintStream out, String name, int cores, double seconds, int docs, long tokens,
                            double librarySeconds, double cpuSeconds, String other) {
        out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.0f | %.2f | %.0f | %.2f | %.1f | %.2f | %s |%n", name, cores,
                seconds, docs / seconds, tokens / seconds, docs / seconds / cores, tokens / seconds / cores,
                librarySeconds / seconds, cpuSeconds, docs / cpuSeconds, other);
    }

    private static double d(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalStateException("child reported no " + key + ": " + m);
        }
        return Double.parseDouble(v);
    }

    /** Runs this class with --child ARGS in a new JVM of the same java, class path and options. */
    private static Map<String, String> runChild(String args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(SparkBenchmark.class.getName());
        cmd.add("--child");
        cmd.addAll(Arrays.asList(args.split(" ")));
        progress("child: %s", args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> result = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(RESULT)) {
                    for (String kv : line.substring(RESULT.length()).split(" ")) {
                        int eq = kv.indexOf('=');
                        result.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child failed: " + args);
        }
        progress("child result: %s", result);
        return result;
    }

    // ----------------------------------------------------------------------------------- child

    private static void child(String[] args) throws Exception {
        String kind = args[0];
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        List<String[]> articles = articles(Path.of(opt.get("--dir")));
        int rounds = Integer.parseInt(opt.get("--rounds"));
        int passes = Integer.parseInt(opt.get("--passes"));
        Map<String, String> result = switch (kind) {
            case "library" -> library(articles, rounds, passes);
            case "load" -> {
                long t0 = System.nanoTime();
                QuoteExtractor.builder().build();
                yield Map.of("load", fmt(seconds(t0)));
            }
            case "interleaved" -> interleaved(opt.get("--master"), Path.of(opt.get("--input")), articles, rounds,
                    Integer.parseInt(opt.get("--rounds-per-block")), Integer.parseInt(opt.get("--partitions-per-core")));
            default -> spark(opt.get("--master"), opt.get("--input"), opt.get("--output"), articles, passes);
        };
        StringBuilder sb = new StringBuilder(RESULT);
        result.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
        System.out.println(sb.toString().strip());
        System.out.flush();
        System.exit(0); // Spark's non-daemon threads
    }

    private static Map<String, String> library(List<String[]> articles, int rounds, int passes) throws Exception {
        Map<String, String> r = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        QuoteExtractor extractor = QuoteExtractor.builder().build();
        r.put("load", fmt(seconds(t0)));
        for (String[] a : articles) { // warm-up: every distinct article once
            extractor.extract(a[1]);
        }
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            articles.forEach(a -> docs.add(a[1]));
        }
        for (int threads : new int[] {1, 2}) {
            List<String> times = new ArrayList<>();
            double last = 0;
            double other = 0;
            double own = 0;
            long quotes = 0;
            for (int p = 0; p < passes; p++) {
                CpuMeter cpu = new CpuMeter();
                long start = System.nanoTime();
                quotes = threads == 1 ? sequential(extractor, docs) : parallel(extractor, docs, threads);
                double s = seconds(start);
                other = cpu.othersSeconds();
                own = cpu.ownSeconds();
                times.add(fmt(s));
                last = s;
                progress("library, %d thread(s), pass %d: %.1f s, %.1f CPU-s", threads, p + 1, s, own);
            }
            r.put("seconds." + threads, fmt(last));
            r.put("passes." + threads, String.join(",", times));
            r.put("other." + threads, fmt(other));
            r.put("cpu." + threads, fmt(own));
            r.put("quotes", Long.toString(quotes));
        }
        return r;
    }

    private static long sequential(QuoteExtractor extractor, List<String> docs) {
        long quotes = 0;
        for (String d : docs) {
            quotes += extractor.extract(d).size();
        }
        return quotes;
    }

    private static long parallel(QuoteExtractor extractor, List<String> docs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Quote>>> futures = new ArrayList<>();
            for (String d : docs) {
                futures.add(pool.submit(() -> extractor.extract(d)));
            }
            long quotes = 0;
            for (Future<List<Quote>> f : futures) {
                quotes += f.get().size();
            }
            return quotes;
        } finally {
            pool.shutdown();
        }
    }

    private static Map<String, String> spark(String master, String input, String output, List<String[]> articles,
                                             int passes) throws Exception {
        Map<String, String> r = new LinkedHashMap<>();
        int cores = master.equals("local[1]") ? 1 : Integer.parseInt(master.replaceAll("\\D", ""));
        long t0 = System.nanoTime();
        SparkSession spark = SparkJob.session(master); // as the local runner starts it: loopback, no UI
        spark.sparkContext().setLogLevel("WARN");
        r.put("session", fmt(seconds(t0)));

        List<Corpus.Doc> distinct = articles.stream().map(a -> new Corpus.Doc(a[0], a[1])).toList();
        t0 = System.nanoTime();
        VerbatimSpark.quotes(Corpus.frame(spark, distinct.subList(0, 1))).count();
        r.put("first", fmt(seconds(t0)));
        t0 = System.nanoTime(); // the whole job once over the distinct articles: JSON, Parquet, cache warm
        SparkJob.run(spark, SparkJob.Args.parse("--input", Path.of(input).resolveSibling("warm-up.jsonl").toString(),
                "--output", output + "-warm-up", "--overwrite", "--partitions", Integer.toString(SparkJob.PARTITIONS_PER_CORE * cores)));
        progress("%s warm-up job over %d articles: %.1f s", master, distinct.size(), seconds(t0));

        SparkJob.Args args = SparkJob.Args.parse("--input", input, "--output", output, "--overwrite",
                "--partitions", Integer.toString(SparkJob.PARTITIONS_PER_CORE * cores));
        List<String> times = new ArrayList<>();
        double last = 0;
        double other = 0;
        double own = 0;
        SparkJob.Summary summary = null;
        for (int p = 0; p < passes; p++) {
            CpuMeter cpu = new CpuMeter();
            long start = System.nanoTime();
            summary = SparkJob.run(spark, args);
            double s = seconds(start);
            other = cpu.othersSeconds();
            own = cpu.ownSeconds();
            times.add(fmt(s));
            last = s;
            progress("%s job, pass %d: %.1f s, %.1f CPU-s (%s)", master, p + 1, s, own, summary);
        }
        r.put("seconds", fmt(last));
        r.put("passes", String.join(",", times));
        r.put("other", fmt(other));
        r.put("cpu", fmt(own));
        r.put("quotes", Long.toString(summary.quotes()));
        r.put("failures", Long.toString(summary.failures()));
        spark.stop();
        return r;
    }

    // ----------------------------------------------------------------------------- interleaved

    /**
     * --interleaved: one JVM per master, in which the Spark job and the library's plain loop (as many
     * threads as the master has cores, sharing one extractor: the executor's own) take turns over the
     * same blocks of documents, so that both meet the same load from other processes. The job runs
     * whole on each block (read JSON Lines, extract, write Parquet), so its per-job cost is paid once
     * per block.
     */
    private static void interleavedParent(Path dir, int minDocs, int blockDocs, int partitionsPerCore, PrintStream out)
            throws Exception {
        List<String[]> articles = articles(dir);
        // blockDocs 0: every turn is one job over all the documents, two turns each (S L, then L S)
        int roundsPerBlock = blockDocs <= 0 ? (minDocs + articles.size() - 1) / articles.size()
                : Math.max(1, (blockDocs + articles.size() - 1) / articles.size());
        int blocks = blockDocs <= 0 ? 2
                : Math.max(1, (minDocs + articles.size() * roundsPerBlock - 1) / (articles.size() * roundsPerBlock));
        int n = blocks * roundsPerBlock * articles.size();
        long tokens = countTokens(articles) * roundsPerBlock * blocks;
        Path tmp = Files.createTempDirectory("verbatim-spark-bench");
        writeJsonLines(articles, 1, tmp.resolve("warm-up.jsonl"));
        for (int b = 0; b < blocks; b++) {
            writeJsonLines(articles, roundsPerBlock, tmp.resolve("block-" + b + ".jsonl"));
        }
        progress("%d articles from %s: %d blocks of %d documents, %d documents, %d tokens", articles.size(), dir, blocks,
                roundsPerBlock * articles.size(), n, tokens);
        double loadBefore = loadAverage();
        Map<String, String> load = runChild("load --dir " + dir.toAbsolutePath() + " --rounds 1 --passes 0");
        List<Map<String, String>> results = new ArrayList<>();
        for (String master : List.of("local[1]", "local[2]")) {
            results.add(runChild("interleaved --master " + master + " --dir " + dir.toAbsolutePath() + " --rounds "
                    + blocks + " --passes 0 --input " + tmp + " --rounds-per-block " + roundsPerBlock
                    + " --partitions-per-core " + partitionsPerCore));
        }
        double loadAfter = loadAverage();
        deleteTree(tmp);

        out.printf(Locale.ROOT, "Finished %s%n%n", Instant.now());
        out.printf(Locale.ROOT, "- input: %d distinct articles from `%s`, %d blocks of %d documents (the articles %d times): "
                        + "%d documents, %,d tokens (CoreNLP tokenizer, annotators=tokenize); %d partitions per core%n",
                articles.size(), dir, blocks, roundsPerBlock * articles.size(), roundsPerBlock, n, tokens, partitionsPerCore);
        out.printf(Locale.ROOT, "- machine: %s, %d processors, Java %s; load average %.2f before, %.2f after%n",
                cpuModel(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                loadBefore, loadAfter);
        out.println();
        out.println("| run | cores | wall s | documents/s | tokens/s | documents/s per core | tokens/s per core "
                + "| per core vs library | JVM CPU-s | documents per CPU-s | other processes' CPU-s | quotes |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < results.size(); i++) {
            Map<String, String> r = results.get(i);
            int cores = i + 1;
            double lib = d(r, "library.seconds");
            double sp = d(r, "spark.seconds");
            rowQ(out, "library, " + cores + (cores == 1 ? " thread" : " threads"), cores, lib, n, tokens, lib,
                    d(r, "library.cpu"), r.get("library.other"), r.get("library.quotes"));
            rowQ(out, "Spark local[" + cores + "]", cores, sp, n, tokens, lib, d(r, "spark.cpu"), r.get("spark.other"),
                    r.get("spark.quotes"));
        }
        out.println();
        out.println("Per block (seconds, library / Spark): " + results.get(0).get("blocks") + " on 1 core; "
                + results.get(1).get("blocks") + " on 2 cores.");
        out.println();
        out.println("| fixed cost | seconds |");
        out.println("|---|---:|");
        out.printf(Locale.ROOT, "| library: QuoteExtractor.builder().build(), fresh JVM | %.1f |%n", d(load, "load"));
        for (int i = 0; i < results.size(); i++) {
            out.printf(Locale.ROOT, "| Spark local[%d]: session start | %.1f |%n", i + 1, d(results.get(i), "session"));
            out.printf(Locale.ROOT, "| Spark local[%d]: first job, 1 document (executor model load) | %.1f |%n", i + 1,
                    d(results.get(i), "first"));
        }
    }

    private static void rowQ(PrintStream out, String name, int cores, double seconds, int docs, long tokens,
                             double librarySeconds, double cpuSeconds, String other, String quotes) {
        out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.0f | %.2f | %.0f | %.2f | %.1f | %.2f | %s | %s |%n", name,
                cores, seconds, docs / seconds, tokens / seconds, docs / seconds / cores, tokens / seconds / cores,
                librarySeconds / seconds, cpuSeconds, docs / cpuSeconds, other, quotes);
    }

    private static Map<String, String> interleaved(String master, Path dir, List<String[]> articles, int blocks,
                                                   int roundsPerBlock, int partitionsPerCore) throws Exception {
        Map<String, String> r = new LinkedHashMap<>();
        int cores = Integer.parseInt(master.replaceAll("\\D", ""));
        long t0 = System.nanoTime();
        SparkSession spark = SparkJob.session(master); // as the local runner starts it: loopback, no UI
        spark.sparkContext().setLogLevel("WARN");
        r.put("session", fmt(seconds(t0)));
        List<Corpus.Doc> distinct = articles.stream().map(a -> new Corpus.Doc(a[0], a[1])).toList();
        t0 = System.nanoTime();
        VerbatimSpark.quotes(Corpus.frame(spark, distinct.subList(0, 1))).count();
        r.put("first", fmt(seconds(t0)));
        QuoteExtractor extractor = ExecutorExtractors.get(ExtractorSettings.defaults()); // the executor's, loaded
        List<String> block = new ArrayList<>();
        for (int i = 0; i < roundsPerBlock; i++) {
            articles.forEach(a -> block.add(a[1]));
        }
        String partitions = Integer.toString(partitionsPerCore * cores);
        // warm-up: both, twice over the distinct articles
        for (int w = 0; w < 2; w++) {
            SparkJob.run(spark, SparkJob.Args.parse("--input", dir.resolve("warm-up.jsonl").toString(), "--output",
                    dir.resolve("out-warm-up").toString(), "--overwrite", "--partitions", partitions));
            List<String> distinctTexts = articles.stream().map(a -> a[1]).toList();
            if (cores == 1) {
                sequential(extractor, distinctTexts);
            } else {
                parallel(extractor, distinctTexts, cores);
            }
        }
        double libSeconds = 0, libCpu = 0, libOther = 0, spSeconds = 0, spCpu = 0, spOther = 0;
        long libQuotes = 0, spQuotes = 0;
        List<String> perBlock = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            double[] lib = new double[3];
            double[] sp = new double[3];
            for (int turn = 0; turn < 2; turn++) {
                boolean sparkTurn = (turn == 0) == (b % 2 == 0); // S L, L S, S L ...
                CpuMeter cpu = new CpuMeter();
                long start = System.nanoTime();
                if (sparkTurn) {
                    SparkJob.Summary summary = SparkJob.run(spark, SparkJob.Args.parse("--input",
                            dir.resolve("block-" + b + ".jsonl").toString(), "--output", dir.resolve("out").toString(),
                            "--overwrite", "--partitions", partitions));
                    sp = new double[] {seconds(start), cpu.ownSeconds(), cpu.othersSeconds()};
                    spQuotes += summary.quotes();
                } else {
                    libQuotes += cores == 1 ? sequential(extractor, block) : parallel(extractor, block, cores);
                    lib = new double[] {seconds(start), cpu.ownSeconds(), cpu.othersSeconds()};
                }
            }
            libSeconds += lib[0];
            libCpu += lib[1];
            libOther += lib[2];
            spSeconds += sp[0];
            spCpu += sp[1];
            spOther += sp[2];
            perBlock.add(fmt(lib[0]) + "/" + fmt(sp[0]));
            progress("%s block %d: library %.1f s %.1f CPU-s, Spark %.1f s %.1f CPU-s (others %.1f, %.1f CPU-s)", master, b,
                    lib[0], lib[1], sp[0], sp[1], lib[2], sp[2]);
        }
        r.put("library.seconds", fmt(libSeconds));
        r.put("library.cpu", fmt(libCpu));
        r.put("library.other", fmt(libOther));
        r.put("library.quotes", Long.toString(libQuotes));
        r.put("spark.seconds", fmt(spSeconds));
        r.put("spark.cpu", fmt(spCpu));
        r.put("spark.other", fmt(spOther));
        r.put("spark.quotes", Long.toString(spQuotes));
        r.put("blocks", String.join(",", perBlock));
        spark.stop();
        return r;
    }

    // ----------------------------------------------------------------------------------- common

    /** The .txt files of {@code dir} by name: {name, text}. */
    private static List<String[]> articles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String[]> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                out.add(new String[] {p.getFileName().toString(), Files.readString(p)});
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("no .txt files in " + dir);
            }
            return out;
        }
    }

    private static long countTokens(List<String[]> articles) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        props.setProperty("tokenize.language", "en");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(props);
        long tokens = 0;
        for (String[] a : articles) {
            Annotation doc = new Annotation(a[1]);
            tokenizer.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }

    private static void writeJsonLines(List<String[]> articles, int rounds, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rounds; r++) {
            for (String[] a : articles) {
                sb.append("{\"id\":").append(json("r" + r + "/" + a[0])).append(",\"text\":").append(json(a[1])).append("}\n");
            }
        }
        Files.writeString(file, sb);
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst("^[^:]*:\\s*", ""))
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    /** CPU time the whole machine spent busy, less this JVM's own, between construction and a reading. */
    private static final class CpuMeter {
        private final long busyStart = busyJiffies();
        private final long ownStart = ownCpuNanos();

        /** CPU time of this JVM, all its threads (Spark's, GC, JIT included). */
        double ownSeconds() {
            return (ownCpuNanos() - ownStart) / 1e9;
        }

        double othersSeconds() {
            long busy = busyJiffies() - busyStart;
            long own = ownCpuNanos() - ownStart;
            return busyStart < 0 ? Double.NaN : Math.max(0, busy / 100.0 - own / 1e9);
        }

        /** user + nice + system + irq + softirq + steal of /proc/stat's cpu line, in 1/100 s. */
        private static long busyJiffies() {
            try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
                String[] f = lines.filter(l -> l.startsWith("cpu ")).findFirst().orElseThrow().trim().split("\\s+");
                return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                        + Long.parseLong(f[7]) + Long.parseLong(f[8]);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        private static long ownCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }
}
