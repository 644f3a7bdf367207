package dev.verbatim.spark;

import dev.verbatim.QuoteExtractor;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job jar as spark-submit would get it, run by the local runner exactly as README gives it
 * ({@code java @spark/target/local-runner.args --input ... --output ...}): a process of its own
 * whose class path is Spark's jars and the job jar, nothing else (no CoreNLP models jar, no test
 * classes). Its output must equal the library's, field by field. Runs after {@code package}
 * (failsafe, {@code mvn verify}).
 */
class LocalRunnerIT {

    private static final Path TARGET = Path.of(System.getProperty("verbatim.target", "target"));

    @Test
    void theJobJarCarriesVerbatimCoreNlpAndTheModelsItLoadsButNoSpark() throws Exception {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(jobJar().toFile())) {
            for (JarEntry e : Collections.list(jar.entries())) {
                names.add(e.getName());
            }
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.verbatim.spark.VerbatimSpark");
        }
        assertThat(names).contains(
                "dev/verbatim/spark/VerbatimSpark.class",
                "dev/verbatim/QuoteExtractor.class",
                "edu/stanford/nlp/pipeline/StanfordCoreNLP.class",
                "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger",
                "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        // Spark and what the pom pins to Spark's copy stay out; so do the XML parser registrations
        for (String prefix : List.of("org/apache/spark/", "scala/", "org/slf4j/", "com/google/protobuf/",
                "org/apache/commons/lang3/", "javax/servlet/", "jakarta/servlet/", "javax/xml/parsers/",
                "META-INF/services/javax.xml.parsers.", "edu/stanford/nlp/models/coref/",
                "edu/stanford/nlp/models/parser/")) {
            assertThat(names).as("entries under %s", prefix).noneMatch(n -> n.startsWith(prefix));
        }
        assertThat(Files.size(jobJar())).as("job jar bytes").isLessThan(100L << 20);
        // every CoreNLP models path the library names (the library may fall back silently when
        // one is missing, so the comparison with the library below might not notice)
        List<String> named = modelsNamedByTheLibrary();
        assertThat(named).contains("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        assertThat(names).containsAll(named);
    }

    /** The strings edu/stanford/nlp/models/... in the constant pools of the library's classes. */
    private static List<String> modelsNamedByTheLibrary() throws Exception {
        String jar = QuoteExtractor.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        Pattern path = Pattern.compile("edu/stanford/nlp/models/[A-Za-z0-9_.\\-/]+");
        List<String> found = new ArrayList<>();
        try (JarFile j = new JarFile(jar)) {
            for (JarEntry e : Collections.list(j.entries())) {
                if (e.getName().endsWith(".class")) {
                    Matcher m = path.matcher(new String(j.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1));
                    while (m.find()) {
                        found.add(m.group());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theLocalRunnerOverTheTestCorpusGivesTheLibrarysQuotes() throws Exception {
        Path out = TARGET.resolve("local-runner-it");
        String printed = run("local-runner", List.of("@" + TARGET.resolve("local-runner.args"),
                "--input", Corpus.dir().toString(), "--output", out.toString(), "--overwrite",
                "--master", "local[2]", "--partitions", "4"));
        assertTheLibrarysQuotes(out, printed);
    }

    /**
     * The job submitted as README's spark-submit line submits it: through Spark's own
     * {@code org.apache.spark.deploy.SparkSubmit} (what {@code bin/spark-submit} runs), on a class
     * path of Spark's jars only, the job jar given as the application jar and the main class by
     * {@code --class}, so that Spark loads the job jar in its own class loader as on a cluster.
     */
    @Test
    void sparkSubmitWithTheJobJarGivesTheLibrarysQuotes() throws Exception {
        Path out = TARGET.resolve("spark-submit-it");
        String printed = run("spark-submit", List.of("@" + TARGET.resolve("spark-submit.args"),
                "--master", "local[2]", "--class", "dev.verbatim.spark.VerbatimSpark", jobJar().toString(),
                "--input", Corpus.dir().toString(), "--output", out.toString(), "--overwrite", "--partitions", "4"));
        assertTheLibrarysQuotes(out, printed);
    }

    /** Runs java with {@code arguments} in a process of its own; returns what it printed. */
    private static String run(String name, List<String> arguments) throws Exception {
        Path log = TARGET.resolve(name + "-it.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("%s finished", name).isTrue();
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("exit code; output:%n%s", tail(printed)).isZero();
        return printed;
    }

    /** The quotes table in {@code out} equals the library's output for every corpus document; no failures. */
    private static void assertTheLibrarysQuotes(Path out, String printed) {
        assertThat(printed).contains("0 failed documents");
        SparkSession spark = TestSpark.session();
        List<Row> rows = spark.read().parquet(out.resolve("quotes.parquet").toString()).collectAsList();
        Map<String, List<Row>> byDoc = QuoteRowAssert.byDocument(rows, "id");
        int expected = 0;
        for (Corpus.Doc d : Corpus.documents()) {
            var quotes = TestSpark.library().extract(d.text());
            expected += quotes.size();
            QuoteRowAssert.assertSameQuotes(d.id(), byDoc.getOrDefault(d.id(), List.of()), quotes);
        }
        assertThat(rows).hasSize(expected);
        assertThat(printed).contains(expected + " quotes");
        assertThat(spark.read().parquet(out.resolve("failures.parquet").toString()).count()).isZero();
    }

    private static Path jobJar() throws Exception {
        try (var files = Files.list(TARGET)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-job.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no job jar in " + TARGET.toAbsolutePath()
                            + File.separator + " (run mvn package)"));
        }
    }

    private static String tail(String s) {
        return s.length() <= 4000 ? s : s.substring(s.length() - 4000);
    }
}
