package dev.verbatim.bench;

import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;
import dev.verbatim.eval.GoldCorpus;
import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.Score;
import dev.verbatim.eval.Scorer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Verbatim against CoreNLP's own quote pipeline ({@value CoreNlpQuotePipeline#ANNOTATORS}), side by
 * side in one JVM, on the same articles.
 *
 * <pre>
 * mvn -q -o -DskipTests package
 * java -Xmx8g -cp "target/verbatim.jar:target/test-classes:target/lib/*" dev.verbatim.bench.Benchmark [options] [DIR]
 * </pre>
 *
 * or {@code mvn -o -Pbench test [-Dbench.args="..."]} (see BENCHMARKS.md). {@code DIR} is a PolNeAR
 * split ({@code DIR/attributions}, {@code DIR/text}), its {@code text} directory, or a directory in
 * the project's corpus format; by default {@code ../shared/polnear/dev} when present, else
 * {@code test-corpus}.
 *
 * <p>For each system, in turn (Verbatim first, then CoreNLP, with CoreNLP's annotator cache cleared
 * in between so that nothing is shared): load time; a warm-up; one-thread passes over every document
 * (tokens per second, the quality figures of the evaluate command on the first pass's output, and
 * where the time goes per annotator); passes with a fixed pool of {@code availableProcessors()}
 * threads sharing the one pipeline (tokens per second; CoreNLP on the first
 * {@code --corenlp-parallel-docs} documents only); and the peak heap over all passes. Tokens are
 * counted once, by a CoreNLP tokenizer-only pipeline, for both systems. Then a table, the ratios
 * Verbatim / CoreNLP and the per-annotator profiles. The machine must be otherwise idle: the report
 * warns when other processes used the CPU during a pass.
 *
 * <p>Options: {@code --warmup-docs N} (default 5) and {@code --warmup-seconds S} (default 10): the
 * warm-up runs documents until both are reached; {@code --min-pass-seconds S} (default 10): each
 * measured pass repeats over its documents until it has lasted that long; {@code --threads N}
 * (default {@code availableProcessors()}); {@code --corenlp-parallel-docs N} (default 20, 0 for
 * all); {@code --corenlp-docs N} (default 0, all: limits CoreNLP's one-thread pass too);
 * {@code --only verbatim|corenlp}; {@code --corenlp-prop KEY=VALUE} (repeatable; e.g.
 * {@code coref.algorithm=neural}).
 */
public final class Benchmark {

    private static final double MB = 1024.0 * 1024.0;

    /** A document to process with its token count. */
    record Doc(String name, String text, int tokens) {
    }

    record Options(Path dir, int warmupDocs, double warmupSeconds, double minPassSeconds, int threads,
                   int coreNlpParallelDocs, int coreNlpDocs, Set<String> systems, Map<String, String> coreNlpProps) {
    }

    /** One system's figures. */
    record Result(String system, String description, double loadSeconds, long heapBaseline, long heapAfterLoad,
                  double firstDocSeconds, int warmupDocs, double warmupSeconds,
                  int docs1, long tokens1, double seconds1, int rounds1,
                  int docsN, long tokensN, double secondsN, int roundsN, int threads, double subsetSeconds1,
                  double cpuSeconds1, double cpuSecondsN, double othersCpu1, double othersCpuN,
                  long peakAfterGc, long peakSampled, long collections,
                  Optional<Score> score, Map<String, String> failures, String consistency,
                  Map<String, long[]> profile, List<String> notes) {

        double tps1() {
            return tokens1 * (double) rounds1 / seconds1;
        }

        double tpsN() {
            return tokensN * (double) roundsN / secondsN;
        }

        /** Tokens per second of process CPU time (all JVM threads: GC and JIT included) on one thread. */
        double tpcs1() {
            return tokens1 * (double) rounds1 / cpuSeconds1;
        }

        /** One-thread throughput on the documents of the parallel pass (from the first one-thread round). */
        double subsetTps1() {
            return tokensN / subsetSeconds1;
        }
    }

    /** A loaded system. */
    private record Loaded(Function<String, List<Quote>> extract, Object root) {
    }

    private final Options options;
    private final PrintStream out;
    private final HeapMonitor heap = new HeapMonitor();

    private Benchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.err.println("usage: Benchmark [--warmup-docs N] [--warmup-seconds S] [--min-pass-seconds S] "
                    + "[--threads N] [--corenlp-parallel-docs N] [--corenlp-docs N] [--only verbatim|corenlp] "
                    + "[--corenlp-prop KEY=VALUE]... [DIR]");
            System.exit(2);
        }
        System.exit(0);
    }

    /**
     * Runs the benchmark and prints its report to {@code out}.
     *
     * @throws IllegalArgumentException on bad arguments or when there are no documents
     */
    public static void run(String[] args, PrintStream out) throws Exception {
        new Benchmark(parse(args), out).run();
    }

    private static Options parse(String[] args) {
        Path dir = null;
        int warmupDocs = 5;
        double warmupSeconds = 10;
        double minPassSeconds = 10;
        int threads = Runtime.getRuntime().availableProcessors();
        int parallelDocs = 20;
        int coreNlpDocs = 0;
        Set<String> systems = new LinkedHashSet<>(List.of("verbatim", "verbatim-direct", "corenlp"));
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && i + 1 == args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            switch (a) {
                case "--warmup-docs" -> warmupDocs = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmupSeconds = Double.parseDouble(args[++i]);
                case "--min-pass-seconds" -> minPassSeconds = Double.parseDouble(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--corenlp-parallel-docs" -> parallelDocs = Integer.parseInt(args[++i]);
                case "--corenlp-docs" -> coreNlpDocs = Integer.parseInt(args[++i]);
                case "--only" -> {
                    String s = args[++i].toLowerCase(Locale.ROOT);
                    if (!s.equals("verbatim") && !s.equals("verbatim-direct") && !s.equals("corenlp")) {
                        throw new IllegalArgumentException("--only takes verbatim, verbatim-direct or corenlp");
                    }
                    systems = Set.of(s);
                }
                case "--corenlp-prop" -> {
                    String kv = args[++i];
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--corenlp-prop takes KEY=VALUE");
                    }
                    props.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> {
                    if (a.startsWith("-") || dir != null) {
                        throw new IllegalArgumentException("unexpected argument '" + a + "'");
                    }
                    dir = Path.of(a);
                }
            }
        }
        if (dir == null) {
            Path polnear = Path.of("../shared/polnear/dev");
            dir = Files.isDirectory(polnear.resolve("text")) ? polnear : Path.of("test-corpus");
        }
        return new Options(dir, warmupDocs, warmupSeconds, minPassSeconds, threads, parallelDocs, coreNlpDocs, systems, props);
    }

    private void run() throws Exception {
        out.println("# Verbatim vs CoreNLP quote pipeline");
        out.println();
        machine().forEach(l -> out.println("    " + l));
        out.printf(Locale.ROOT, "    cpu scaling check: a pure arithmetic loop runs %.2f× as fast in total on %d threads as on one "
                + "(2.00 would be two full cores)%n", cpuScaling(options.threads()), options.threads());
        out.println();

        Path goldDir = options.dir();
        if (goldDir.getFileName() != null && goldDir.getFileName().toString().equals("text")
                && goldDir.getParent() != null && Files.isDirectory(goldDir.getParent().resolve("attributions"))) {
            goldDir = goldDir.getParent();
        }
        Optional<List<GoldDocument>> gold;
        List<String[]> texts = new ArrayList<>();
        try {
            List<GoldDocument> documents = GoldCorpus.open(goldDir).documents();
            gold = Optional.of(documents);
            documents.forEach(d -> texts.add(new String[] {d.name(), d.text()}));
        } catch (IOException | IllegalArgumentException e) {
            out.println("no gold in " + goldDir + " (" + e.getMessage() + "): speed and memory only");
            gold = Optional.empty();
            Path textDir = Files.isDirectory(goldDir.resolve("text")) ? goldDir.resolve("text") : goldDir;
            try (Stream<Path> files = Files.list(textDir)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = p.getFileName().toString();
                    texts.add(new String[] {name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8)});
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no documents in " + options.dir());
        }

        List<Doc> docs = countTokens(texts);
        long tokens = docs.stream().mapToLong(Doc::tokens).sum();
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        out.printf(Locale.ROOT, "inputs: %s, %d documents, %d tokens (CoreNLP tokenizer, annotators=tokenize), %d chars%n",
                goldDir, docs.size(), tokens, chars);
        out.printf(Locale.ROOT, "JVM: max heap %.0f MB, %d processors, threads for the parallel pass: %d%n%n",
                Runtime.getRuntime().maxMemory() / MB, Runtime.getRuntime().availableProcessors(), options.threads());

        List<Result> results = new ArrayList<>();
        if (options.systems().contains("verbatim")) {
            results.add(measure("Verbatim", "QuoteExtractor.builder().build()", () -> {
                QuoteExtractor extractor = QuoteExtractor.builder().build();
                return new Loaded(extractor::extract, extractor);
            }, docs, docs, gold));
            progress("Verbatim done");
        }
        if (options.systems().contains("verbatim-direct")) {
            results.add(measure("Verbatim, DIRECT only", "QuoteExtractor.builder().types(QuoteType.DIRECT).build()", () -> {
                QuoteExtractor extractor = QuoteExtractor.builder().types(QuoteType.DIRECT).build();
                return new Loaded(extractor::extract, extractor);
            }, docs, docs, gold));
            progress("Verbatim, DIRECT only done");
        }
        if (options.systems().contains("corenlp")) {
            List<Doc> single = options.coreNlpDocs() > 0 ? docs.subList(0, Math.min(options.coreNlpDocs(), docs.size())) : docs;
            List<Doc> parallel = options.coreNlpParallelDocs() > 0
                    ? single.subList(0, Math.min(options.coreNlpParallelDocs(), single.size())) : single;
            String[] description = new String[1];
            Result r = measure("CoreNLP", null, () -> {
                CoreNlpQuotePipeline pipeline = new CoreNlpQuotePipeline(options.coreNlpProps());
                description[0] = pipeline.describe(options.coreNlpProps());
                return new Loaded(pipeline::extract, pipeline);
            }, single, parallel, gold);
            results.add(withDescription(r, description[0]));
            progress("CoreNLP done");
        }
        heap.close();
        report(results, docs);
    }

    private static Result withDescription(Result r, String description) {
        return new Result(r.system(), description, r.loadSeconds(), r.heapBaseline(), r.heapAfterLoad(),
                r.firstDocSeconds(), r.warmupDocs(), r.warmupSeconds(), r.docs1(), r.tokens1(), r.seconds1(), r.rounds1(),
                r.docsN(), r.tokensN(), r.secondsN(), r.roundsN(), r.threads(), r.subsetSeconds1(),
                r.cpuSeconds1(), r.cpuSecondsN(), r.othersCpu1(), r.othersCpuN(), r.peakAfterGc(), r.peakSampled(), r.collections(),
                r.score(), r.failures(), r.consistency(), r.profile(), r.notes());
    }

    /** Each text ({name, text}) with its token count from a CoreNLP tokenizer-only pipeline. */
    static List<Doc> countTokens(List<String[]> texts) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        props.setProperty("tokenize.language", "en");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(props);
        List<Doc> docs = new ArrayList<>();
        for (String[] t : texts) {
            Annotation a = new Annotation(t[1]);
            tokenizer.annotate(a);
            docs.add(new Doc(t[0], t[1], a.get(CoreAnnotations.TokensAnnotation.class).size()));
        }
        StanfordCoreNLP.clearAnnotatorPool();
        return docs;
    }

    private interface Loader {
        Loaded load() throws Exception;
    }

    private Result measure(String system, String description, Loader loader, List<Doc> single, List<Doc> parallel,
                           Optional<List<GoldDocument>> gold) throws Exception {
        List<String> notes = new ArrayList<>();
        StanfordCoreNLP.clearAnnotatorPool();
        long baseline = heap.liveHeap();
        progress(system + ": loading");
        long t0 = System.nanoTime();
        Loaded loaded = loader.load();
        double load = seconds(t0);
        progress(String.format(Locale.ROOT, "%s: loaded in %.1f s", system, load));
        AnnotatorProfiler profiler = AnnotatorProfiler.instrument(loaded.root());
        profiler.problems().forEach(p -> notes.add("profiler: " + p));
        long afterLoad = heap.liveHeap();

        // warm-up
        long w0 = System.nanoTime();
        int warm = 0;
        double firstDoc = 0;
        while (warm < options.warmupDocs() || seconds(w0) < options.warmupSeconds()) {
            Doc d = single.get(warm % single.size());
            long d0 = System.nanoTime();
            try {
                loaded.extract().apply(d.text());
            } catch (RuntimeException e) {
                // reported in the measured pass
            }
            if (warm == 0) {
                firstDoc = seconds(d0);
            }
            warm++;
            if (warm >= 50 * single.size()) {
                break;
            }
        }
        double warmSeconds = seconds(w0);
        progress(String.format(Locale.ROOT, "%s: warmed up on %d documents in %.1f s", system, warm, warmSeconds));

        // one thread
        heap.reset();
        profiler.reset();
        Map<String, List<Quote>> output = new HashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        Map<String, Long> docNanos = new HashMap<>();
        long s0 = System.nanoTime();
        long c0 = processCpuNanos();
        double m0 = machineBusySeconds();
        int rounds1 = 0;
        do {
            for (Doc d : single) {
                long d0 = System.nanoTime();
                try {
                    List<Quote> quotes = loaded.extract().apply(d.text());
                    if (rounds1 == 0) {
                        output.put(d.name(), quotes);
                    }
                } catch (RuntimeException e) {
                    failures.put(d.name(), e.toString());
                }
                if (rounds1 == 0) {
                    docNanos.put(d.name(), System.nanoTime() - d0);
                }
            }
            rounds1++;
        } while (seconds(s0) < options.minPassSeconds());
        double seconds1 = seconds(s0);
        double cpuSeconds1 = (processCpuNanos() - c0) / 1e9;
        double othersCpu1 = machineBusySeconds() - m0 - cpuSeconds1;
        Map<String, long[]> profile = profiler.snapshot();
        double subsetSeconds1 = parallel.stream().mapToLong(d -> docNanos.get(d.name())).sum() / 1e9;
        long tokens1 = single.stream().mapToLong(Doc::tokens).sum();
        progress(String.format(Locale.ROOT, "%s: one thread, %d x %d documents in %.1f s", system, rounds1,
                single.size(), seconds1));

        // all cores, one shared pipeline
        Map<String, List<Quote>> parallelOutput = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        long p0 = System.nanoTime();
        long pc0 = processCpuNanos();
        double pm0 = machineBusySeconds();
        int roundsN = 0;
        do {
            List<Future<?>> futures = new ArrayList<>();
            for (Doc d : parallel) {
                futures.add(pool.submit(() -> {
                    try {
                        parallelOutput.put(d.name(), loaded.extract().apply(d.text()));
                    } catch (RuntimeException e) {
                        parallelOutput.remove(d.name());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            roundsN++;
        } while (seconds(p0) < options.minPassSeconds());
        double secondsN = seconds(p0);
        double cpuSecondsN = (processCpuNanos() - pc0) / 1e9;
        double othersCpuN = machineBusySeconds() - pm0 - cpuSecondsN;
        pool.shutdown();
        long tokensN = parallel.stream().mapToLong(Doc::tokens).sum();
        int differ = 0;
        for (Doc d : parallel) {
            if (!Objects.equals(output.get(d.name()), parallelOutput.get(d.name()))) {
                differ++;
            }
        }
        String consistency = differ == 0 ? "parallel output identical to one-thread output"
                : differ + " of " + parallel.size() + " documents differ between the parallel and one-thread passes";
        progress(String.format(Locale.ROOT, "%s: %d threads, %d x %d documents in %.1f s", system, options.threads(),
                roundsN, parallel.size(), secondsN));
        long peakAfterGc = heap.peakAfterGc();
        long peakSampled = heap.peakSampled();
        long collections = heap.collections();

        // Verbatim only: detection alone, to split Verbatim's own time
        if (loaded.root() instanceof QuoteExtractor) {
            detectionTime(loaded.root(), single).ifPresentOrElse(
                    t -> profile.put("(detection, timed alone)", new long[] {t, single.size()}),
                    () -> notes.add("profiler: no detect(String) found in QuoteExtractor's fields"));
        }
        if (loaded.root() instanceof CoreNlpQuotePipeline c) {
            notes.add(String.format(Locale.ROOT, "CoreNLP quotes with a speaker mention: %d, without: %d; "
                            + "mentions whose MentionAnnotation text differs from the token range: %d (all passes)",
                    c.quotesWithMention.sum(), c.quotesWithoutMention.sum(), c.mentionsNotMatchingText.sum()));
        }
        List<GoldDocument> goldDocs = gold.map(g -> {
            Set<String> names = new LinkedHashSet<>();
            single.forEach(d -> names.add(d.name()));
            return g.stream().filter(d -> names.contains(d.name())).toList();
        }).orElse(List.of());
        Optional<Score> score = gold.map(g -> Scorer.score(goldDocs, output));
        Result result = new Result(system, description, load, baseline, afterLoad, firstDoc, warm, warmSeconds,
                single.size(), tokens1, seconds1, rounds1, parallel.size(), tokensN, secondsN, roundsN, options.threads(),
                subsetSeconds1, cpuSeconds1, cpuSecondsN, othersCpu1, othersCpuN,
                peakAfterGc, peakSampled, collections, score, failures, consistency, profile, notes);
        StanfordCoreNLP.clearAnnotatorPool();
        return result;
    }

    /** Times a {@code detect(String)} method of one of the extractor's fields over the documents, in nanoseconds. */
    private static Optional<Long> detectionTime(Object extractor, List<Doc> docs) {
        for (Class<?> c = extractor.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object value = f.get(extractor);
                    if (value == null) {
                        continue;
                    }
                    Method detect = value.getClass().getMethod("detect", String.class);
                    detect.setAccessible(true);
                    for (Doc d : docs) {
                        detect.invoke(value, d.text());   // warm
                    }
                    long best = Long.MAX_VALUE;
                    for (int round = 0; round < 3; round++) {
                        long t0 = System.nanoTime();
                        for (Doc d : docs) {
                            detect.invoke(value, d.text());
                        }
                        best = Math.min(best, System.nanoTime() - t0);
                    }
                    return Optional.of(best);
                } catch (NoSuchMethodException e) {
                    // not the detector
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private void report(List<Result> results, List<Doc> docs) {
        out.println("## Results");
        out.println();
        out.println("| system | load s | heap after load MB | peak heap after GC MB | peak heap sampled MB "
                + "| tokens/s 1 thread | tokens per CPU-s 1 thread | tokens/s " + options.threads() + " threads | direct P | direct R | direct F1 "
                + "| speaker acc. |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            out.printf(Locale.ROOT, "| %s | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f%s | %s | %s | %s | %s |%n",
                    r.system(), r.loadSeconds(), r.heapAfterLoad() / MB, r.peakAfterGc() / MB, r.peakSampled() / MB,
                    r.tps1(), r.tpcs1(), r.tpsN(), r.docsN() < r.docs1() ? " (first " + r.docsN() + " docs)" : "",
                    fmt(r.score().map(s -> s.direct().p())), fmt(r.score().map(s -> s.direct().r())),
                    fmt(r.score().map(s -> s.direct().f1())), fmt(r.score().map(s -> s.speaker().accuracy())));
        }
        Result c = results.get(results.size() - 1);
        for (Result v : c.system().equals("CoreNLP") ? results.subList(0, results.size() - 1) : List.<Result>of()) {
            out.printf(Locale.ROOT, "| **" + v.system() + " / CoreNLP** | %.2f | %.2f | %.2f | %.2f | **%.1f×** | **%.1f×** | **%.1f×** | %s | %s | %s | %s |%n",
                    v.loadSeconds() / c.loadSeconds(), (double) v.heapAfterLoad() / c.heapAfterLoad(),
                    (double) v.peakAfterGc() / Math.max(1, c.peakAfterGc()), (double) v.peakSampled() / c.peakSampled(),
                    v.tps1() / c.tps1(), v.tpcs1() / c.tpcs1(), v.tpsN() / c.tpsN(),
                    ratio(v, c, s -> s.direct().p()), ratio(v, c, s -> s.direct().r()),
                    ratio(v, c, s -> s.direct().f1()), ratio(v, c, s -> s.speaker().accuracy()));
        }
        out.println();
        for (Result r : results) {
            out.printf(Locale.ROOT, "%s: %d threads give %.2f× its own one-thread throughput on the same %d documents "
                            + "(%.0f tokens/s on one thread, first round)%n", r.system(), r.threads(),
                    r.tpsN() / r.subsetTps1(), r.docsN(), r.subsetTps1());
        }
        out.println();
        out.println("## Details");
        for (Result r : results) {
            out.println();
            out.println("### " + r.system());
            out.println();
            if (r.description() != null) {
                out.println("ran: " + r.description());
            }
            out.printf(Locale.ROOT, "load %.1f s; heap before load %.0f MB, after load %.0f MB (live, after full GC); "
                            + "first document %.2f s%n",
                    r.loadSeconds(), r.heapBaseline() / MB, r.heapAfterLoad() / MB, r.firstDocSeconds());
            out.printf(Locale.ROOT, "warm-up: %d documents, %.1f s%n", r.warmupDocs(), r.warmupSeconds());
            out.printf(Locale.ROOT, "one thread: %d round(s) of %d documents, %d tokens, in %.2f s = %.0f tokens/s (%.3f s/document)%n",
                    r.rounds1(), r.docs1(), r.tokens1(), r.seconds1(), r.tps1(), r.seconds1() / r.docs1() / r.rounds1());
            out.printf(Locale.ROOT, "CPU time of this JVM: one-thread pass %.2f s, parallel pass %.2f s; "
                            + "CPU time of other processes meanwhile (from /proc/stat): %.2f s and %.2f s%s%n",
                    r.cpuSeconds1(), r.cpuSecondsN(), r.othersCpu1(), r.othersCpuN(),
                    r.othersCpu1() > 0.05 * r.seconds1() || r.othersCpuN() > 0.05 * r.secondsN()
                            ? " — WARNING: other processes competed for the CPU; the speeds are too low" : "");
            out.printf(Locale.ROOT, "%d threads, one shared pipeline: %d round(s) of %d documents, %d tokens, in %.2f s = %.0f tokens/s; %s%n",
                    r.threads(), r.roundsN(), r.docsN(), r.tokensN(), r.secondsN(), r.tpsN(), r.consistency());
            out.printf(Locale.ROOT, "heap over both passes: peak after GC %.0f MB (%d collections), peak sampled every 10 ms %.0f MB%n",
                    r.peakAfterGc() / MB, r.collections(), r.peakSampled() / MB);
            if (!r.failures().isEmpty()) {
                out.println("failed documents (missing from the output): " + r.failures());
            }
            r.score().ifPresent(s -> {
                out.println("quality of the one-thread output (dev.verbatim.eval.Scorer, the figures of score.py"
                        + (r.docs1() < docs.size() ? ", on those " + r.docs1() + " documents" : "") + "):");
                s.report().lines().forEach(l -> out.println("    " + l));
            });
            r.notes().forEach(n -> out.println("note: " + n));
            printProfile(r);
        }
    }

    private void printProfile(Result r) {
        if (r.profile().isEmpty()) {
            out.println("(no per-annotator profile: no CoreNLP pipeline found)");
            return;
        }
        double total = r.seconds1();
        long tokens = r.tokens1() * r.rounds1();
        out.println();
        out.printf(Locale.ROOT, "where the one-thread time goes (%.2f s for %d round(s) of %d documents, %d tokens):%n%n",
                total, r.rounds1(), r.docs1(), tokens);
        out.println("| step | seconds | share | calls | tokens it saw | tokens/s if it ran alone |");
        out.println("|---|---:|---:|---:|---:|---:|");
        double annotators = 0;
        Long detection = null;
        for (Map.Entry<String, long[]> e : r.profile().entrySet()) {
            if (e.getKey().startsWith("(detection")) {
                detection = e.getValue()[0];
                continue;
            }
            double s = e.getValue()[0] / 1e9;
            annotators += s;
            out.printf(Locale.ROOT, "| %s | %.2f | %.1f%% | %d | %d (%.0f%%) | %.0f |%n", e.getKey(), s, 100 * s / total,
                    e.getValue()[1], e.getValue()[2], 100.0 * e.getValue()[2] / tokens, tokens / Math.max(s, 1e-9));
        }
        out.printf(Locale.ROOT, "| all CoreNLP annotators | %.2f | %.1f%% | | | %.0f |%n", annotators, 100 * annotators / total,
                tokens / Math.max(annotators, 1e-9));
        double rest = total - annotators;
        if (detection != null) {
            double d = detection / 1e9 * r.rounds1();
            out.printf(Locale.ROOT, "| quote detection (timed alone) | %.2f | %.1f%% | | | %.0f |%n", d, 100 * d / total,
                    tokens / Math.max(d, 1e-9));
            out.printf(Locale.ROOT, "| attribution, token conversion, rest | %.2f | %.1f%% | | | |%n", rest - d,
                    100 * (rest - d) / total);
        } else {
            out.printf(Locale.ROOT, "| outside the annotators (conversion, rest) | %.2f | %.1f%% | | | |%n", rest, 100 * rest / total);
        }
    }

    private static String ratio(Result v, Result c, Function<Score, Double> f) {
        if (v.score().isEmpty() || c.score().isEmpty()) {
            return "–";
        }
        double b = f.apply(c.score().get());
        return b == 0 ? "–" : String.format(Locale.ROOT, "%.2f", f.apply(v.score().get()) / b);
    }

    private static String fmt(Optional<Double> x) {
        return x.map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse("–");
    }

    /** Busy CPU time of the whole machine so far (all processes), in seconds, from /proc/stat; 0 if unknown. */
    private static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {   // skip idle and iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / 100.0;   // USER_HZ
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU time of the whole JVM process so far, in nanoseconds. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void progress(String message) {
        System.err.println("[bench] " + message);
    }

    private static volatile long sink;

    private static long spin(long n) {
        long x = 1;
        for (long i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 13;
        }
        return x;
    }

    /**
     * How much the machine's processors add up: total throughput of {@code threads} threads each
     * running the same arithmetic loop, relative to one thread. A guide to what the parallel pass
     * can reach here.
     */
    static double cpuScaling(int threads) throws Exception {
        long n = 300_000_000L;
        sink = spin(n);
        long t0 = System.nanoTime();
        sink = spin(n);
        double one = (System.nanoTime() - t0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> fs = new ArrayList<>();
        t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            fs.add(pool.submit(() -> spin(n)));
        }
        for (Future<Long> f : fs) {
            sink = f.get();
        }
        double many = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return threads * one / many;
    }

    /** nproc, memory, Java, CPU and OS of this machine. */
    static List<String> machine() {
        List<String> lines = new ArrayList<>();
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        String memory = "?";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("?");
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        lines.add("cpu: " + cpu + ", availableProcessors " + Runtime.getRuntime().availableProcessors());
        lines.add("memory: " + memory);
        lines.add("java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", " + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        lines.add("gc: " + String.join(", ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList()));
        lines.add("os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        return lines;
    }
}
