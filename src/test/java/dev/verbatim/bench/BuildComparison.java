package dev.verbatim.bench;

import dev.verbatim.QuoteExtractor;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The speed of this build of Verbatim against another build of it, both in this one JVM, round by
 * round over the same articles: the fair way to see whether a change made the library slower.
 *
 * <pre>
 * mvn -q -o -DskipTests package
 * java -Xmx8g -cp "target/verbatim.jar:target/test-classes:target/lib/*" dev.verbatim.bench.BuildComparison \
 *     --baseline OTHER/target/verbatim.jar [--rounds N] [--warmup-seconds S] [DIR]
 * </pre>
 *
 * <p>Two JVMs started one after the other on a shared machine differ by several percent in how fast
 * they run the same CoreNLP code (JIT decisions, heap layout, neighbours), which hides a change
 * in Verbatim's own few percent of the time. Here the baseline jar's {@code dev.verbatim} classes
 * are loaded by a child-first class loader next to this build's, while CoreNLP, its models and the
 * other libraries are loaded once and shared. Each build gets its own extractor with all quote
 * types on. CoreNLP keeps one annotator pool per JVM, so the two extractors share the same tagger
 * and recogniser instances when they ask for the same annotators (they do when the builds' {@code
 * CoreNlpAnalyzer} properties are equal), and CoreNLP loads a custom annotator by name through its
 * own class loader, that is this build's class. What differs between the two is then Verbatim's
 * own code: detection, token conversion, attribution, and the garbage it leaves.
 *
 * <p>After a warm-up that alternates the builds document by document, each round runs every
 * document through one build and then through the other, in the order ABBA, BAAB, … so that a
 * drift in machine speed falls on both. The report gives each build's tokens per second over all
 * rounds, their ratio, and the ratio per round (its spread shows the noise).
 *
 * <p>{@code DIR} is a PolNeAR split, its {@code text} directory, or any directory of {@code .txt}
 * files; by default {@code ../shared/polnear/dev}.
 */
public final class BuildComparison {

    private BuildComparison() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("build comparison: " + e.getMessage());
            System.err.println("usage: BuildComparison --baseline JAR [--rounds N] [--warmup-seconds S] [DIR]");
            System.exit(2);
        }
        System.exit(0);
    }

    /**
     * Runs the comparison and prints its report to {@code out}.
     *
     * @throws IllegalArgumentException on bad arguments, a baseline that is not a Verbatim jar, or no documents
     */
    public static void run(String[] args, PrintStream out) throws Exception {
        Path baseline = null;
        Path dir = Path.of("../shared/polnear/dev");
        int rounds = 10;
        double warmupSeconds = 30;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && i + 1 == args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            switch (a) {
                case "--baseline" -> baseline = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmupSeconds = Double.parseDouble(args[++i]);
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unexpected argument '" + a + "'");
                    }
                    dir = Path.of(a);
                }
            }
        }
        if (baseline == null || !Files.isRegularFile(baseline)) {
            throw new IllegalArgumentException("--baseline must name a Verbatim jar" + (baseline == null ? "" : ": " + baseline));
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1");
        }
        List<Benchmark.Doc> docs = Benchmark.countTokens(texts(dir));
        long tokens = docs.stream().mapToLong(Benchmark.Doc::tokens).sum();
        out.printf(Locale.ROOT, "# This build against %s, one JVM, one thread%n%n", baseline);
        out.printf(Locale.ROOT, "inputs: %s, %d documents, %d tokens (CoreNLP tokenizer)%n", dir, docs.size(), tokens);

        QuoteExtractor current = QuoteExtractor.builder().build();
        ToIntFunction<String> a = text -> current.extract(text).size();
        try (URLClassLoader loader = new ChildFirstLoader(baseline.toUri().toURL(), BuildComparison.class.getClassLoader())) {
            ToIntFunction<String> b = baselineExtractor(loader);

            long quotesA = 0;
            long quotesB = 0;
            for (Benchmark.Doc d : docs) {
                quotesA += a.applyAsInt(d.text());
                quotesB += b.applyAsInt(d.text());
            }
            out.printf(Locale.ROOT, "quotes per pass: this build %d, baseline %d%n", quotesA, quotesB);

            long w0 = System.nanoTime();
            int warm = 0;
            while ((System.nanoTime() - w0) / 1e9 < warmupSeconds) {
                String text = docs.get(warm % docs.size()).text();
                (warm++ % 2 == 0 ? a : b).applyAsInt(text);
            }
            out.printf(Locale.ROOT, "warm-up: %d documents in %.1f s%n%n", warm, (System.nanoTime() - w0) / 1e9);

            double secondsA = 0;
            double secondsB = 0;
            double[] ratios = new double[rounds];
            out.println("| round | this build, s | baseline, s | ratio (baseline time / this build's time) |");
            out.println("|---:|---:|---:|---:|");
            for (int r = 0; r < rounds; r++) {
                boolean baselineFirst = r % 2 == 1;
                double first = pass(baselineFirst ? b : a, docs);
                double second = pass(baselineFirst ? a : b, docs);
                double ra = baselineFirst ? second : first;
                double rb = baselineFirst ? first : second;
                secondsA += ra;
                secondsB += rb;
                ratios[r] = rb / ra;
                out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.3f |%n", r + 1, ra, rb, ratios[r]);
            }
            double[] sorted = ratios.clone();
            Arrays.sort(sorted);
            out.println();
            out.printf(Locale.ROOT, "this build: %.0f tokens/s; baseline: %.0f tokens/s; this build / baseline: %.3f "
                            + "(per round: min %.3f, median %.3f, max %.3f)%n",
                    tokens * rounds / secondsA, tokens * rounds / secondsB, secondsB / secondsA,
                    sorted[0], sorted[rounds / 2], sorted[rounds - 1]);
        }
    }

    /** Seconds to run every document through {@code extractor} once. */
    private static double pass(ToIntFunction<String> extractor, List<Benchmark.Doc> docs) {
        long t0 = System.nanoTime();
        long n = 0;
        for (Benchmark.Doc d : docs) {
            n += extractor.applyAsInt(d.text());
        }
        sink += n;
        return (System.nanoTime() - t0) / 1e9;
    }

    private static volatile long sink;

    /** The baseline's {@code QuoteExtractor.builder().build()}, as a function from text to number of quotes. */
    private static ToIntFunction<String> baselineExtractor(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> type = loader.loadClass(QuoteExtractor.class.getName());
        if (type.getClassLoader() != loader) {
            throw new IllegalArgumentException("the baseline jar holds no " + QuoteExtractor.class.getName());
        }
        Object builder = type.getMethod("builder").invoke(null);
        Object extractor = builder.getClass().getMethod("build").invoke(builder);
        Method extract = type.getMethod("extract", String.class);
        return text -> {
            try {
                return ((List<?>) extract.invoke(extractor, text)).size();
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** {name, text} of each {@code .txt} file in {@code dir/text}, or in {@code dir} when it has no {@code text}. */
    private static List<String[]> texts(Path dir) throws IOException {
        Path textDir = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
        if (!Files.isDirectory(textDir)) {
            throw new IllegalArgumentException("no directory " + textDir);
        }
        List<String[]> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(textDir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                texts.add(new String[] {name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8)});
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .txt files in " + textDir);
        }
        return texts;
    }

    /**
     * Loads {@code dev.verbatim} classes and resources from its own jar before asking its parent, and
     * everything else (CoreNLP, Jackson, the JDK) from the parent, so that both builds share one copy.
     */
    static final class ChildFirstLoader extends URLClassLoader {

        private static final String OWN = "dev.verbatim.";

        ChildFirstLoader(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(OWN)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            String path = name.startsWith("/") ? name.substring(1) : name;
            if (path.startsWith(OWN.replace('.', '/'))) {
                URL own = findResource(path);
                if (own != null) {
                    return own;
                }
            }
            return super.getResource(name);
        }
    }
}
