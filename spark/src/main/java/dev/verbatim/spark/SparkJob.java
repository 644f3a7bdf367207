package dev.verbatim.spark;

import dev.verbatim.QuoteType;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;

/** The command line of {@link VerbatimSpark#main(String[])}: arguments, input, output. */
final class SparkJob {

    /**
     * Partitions per core of the job when {@code --partitions} is not given and the input has
     * fewer: a task is then ~1/16 of a core's share, so the cores finish within a short task of
     * each other (measured: BENCHMARKS.md, "Spark").
     */
    static final int PARTITIONS_PER_CORE = 16;

    static final String USAGE = """
            usage: VerbatimSpark --input PATH --output DIR [options]

              --input PATH           JSON Lines file(s), Parquet, or a directory of .txt files (one document
                                     per file, the file name as id); a file, a directory or a glob
              --output DIR           writes DIR/quotes.parquet and DIR/failures.parquet (directories of
                                     part files); with --output-format jsonl, DIR/quotes.jsonl and
                                     DIR/failures.jsonl
              --input-format F       auto (default: by the name; for a local directory, parquet if it
                                     holds .parquet files, else text if it holds .txt files, else
                                     jsonl if .json/.jsonl), jsonl, parquet or text
              --output-format F      parquet (default), jsonl, or both
              --id-column NAME       the document id column (default id; text input: the file name)
              --text-column NAME     the text column (default text)
              --types LIST           quote types to extract, e.g. DIRECT or DIRECT,MIXED (default all)
              --max-input-length N   longer documents go to the failures table (default 10000000)
              --doubled-apostrophes  also return quotes marked ''like this''
              --partitions N         spread the documents over N partitions first (default: 16 per
                                     core when the input has fewer, else as read)
              --master URL           the Spark master when not run by spark-submit (default local[*])
              --overwrite            replace existing output (default: fail if it exists)
              --help                 this text
            """;

    enum InputFormat { AUTO, JSONL, PARQUET, TEXT }

    enum OutputFormat { PARQUET, JSONL, BOTH }

    /** The parsed arguments. */
    record Args(String input, String output, InputFormat inputFormat, OutputFormat outputFormat,
                ExtractionOptions options, String master, boolean overwrite, boolean help) {

        static Args parse(String... args) {
            String input = null;
            String output = null;
            InputFormat in = InputFormat.AUTO;
            OutputFormat out = OutputFormat.PARQUET;
            ExtractionOptions.Builder options = ExtractionOptions.builder();
            String master = null;
            boolean overwrite = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> {
                        return new Args(null, null, in, out, options.build(), null, false, true);
                    }
                    case "--doubled-apostrophes" -> options.doubledApostrophes(true);
                    case "--overwrite" -> overwrite = true;
                    default -> {
                        if (!a.startsWith("--") || i + 1 >= args.length) {
                            throw new IllegalArgumentException(a.startsWith("--") ? a + " needs a value" : "unexpected argument: " + a);
                        }
                        String v = args[++i];
                        switch (a) {
                            case "--input" -> input = v;
                            case "--output" -> output = v;
                            case "--input-format" -> in = InputFormat.valueOf(name(a, v, InputFormat.class));
                            case "--output-format" -> out = OutputFormat.valueOf(name(a, v, OutputFormat.class));
                            case "--id-column" -> options.idColumn(v);
                            case "--text-column" -> options.textColumn(v);
                            case "--types" -> options.types(types(v));
                            case "--max-input-length" -> options.maxInputLength(number(a, v));
                            case "--partitions" -> options.partitions(number(a, v));
                            case "--master" -> master = v;
                            default -> throw new IllegalArgumentException("unknown option: " + a);
                        }
                    }
                }
            }
            if (input == null || output == null) {
                throw new IllegalArgumentException("--input and --output are required");
            }
            return new Args(input, output, in, out, options.build(), master, overwrite, false);
        }

        private static <E extends Enum<E>> String name(String option, String value, Class<E> type) {
            String n = value.toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(n)) {
                    return n;
                }
            }
            throw new IllegalArgumentException(option + ": unknown value " + value);
        }

        private static EnumSet<QuoteType> types(String list) {
            EnumSet<QuoteType> types = EnumSet.noneOf(QuoteType.class);
            for (String t : list.split(",")) {
                if (!t.isBlank()) {
                    types.add(QuoteType.valueOf(name("--types", t.strip(), QuoteType.class)));
                }
            }
            if (types.isEmpty()) {
                throw new IllegalArgumentException("--types: no type given");
            }
            return types;
        }

        private static int number(String option, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": not a number: " + value);
            }
        }
    }

    /** What a run wrote. */
    record Summary(long quotes, long failures, List<String> written) {
        @Override
        public String toString() {
            return quotes + " quotes, " + failures + " failed documents; wrote " + String.join(", ", written);
        }
    }

    private SparkJob() {
    }

    /** Parses, runs, prints; returns the exit code (0 done, 2 bad arguments). */
    static int main(String[] args, PrintStream out, PrintStream err) {
        Args a;
        try {
            a = Args.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (a.help()) {
            out.print(USAGE);
            return 0;
        }
        SparkSession spark = session(a.master());
        try {
            out.println(run(spark, a));
            return 0;
        } finally {
            spark.stop();
        }
    }

    /**
     * The session: spark-submit's master when it set one, else {@code --master}, else
     * {@code local[*]}, the local runner, which also keeps Spark on the loopback interface and
     * without its web UI unless told otherwise.
     */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf(); // spark.* system properties, as spark-submit passes them
        SparkSession.Builder b = SparkSession.builder().appName("verbatim-spark");
        if (master != null || !conf.contains("spark.master")) {
            b.master(master != null ? master : "local[*]");
            if (!conf.contains("spark.ui.enabled")) {
                b.config("spark.ui.enabled", false);
            }
            if (!conf.contains("spark.driver.host") && System.getenv("SPARK_LOCAL_IP") == null) {
                b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        return b.getOrCreate();
    }

    /** Reads the documents, extracts, writes both tables. */
    static Summary run(SparkSession spark, Args a) {
        Dataset<Row> documents = read(spark, a.input(), a.inputFormat(), a.options());
        ExtractionOptions options = withDefaultPartitions(spark, documents, a.options());
        Extraction x = VerbatimSpark.extract(documents, options).persist();
        try {
            List<String> written = new java.util.ArrayList<>();
            SaveMode mode = a.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            String base = a.output().endsWith("/") ? a.output() : a.output() + "/";
            if (a.outputFormat() != OutputFormat.JSONL) {
                x.quotes().write().mode(mode).parquet(base + "quotes.parquet");
                // few rows, read from the cache the quotes filled: one file rather than one per partition
                x.failures().coalesce(1).write().mode(mode).parquet(base + "failures.parquet");
                written.add(base + "quotes.parquet");
                written.add(base + "failures.parquet");
            }
            if (a.outputFormat() != OutputFormat.PARQUET) {
                json(x.quotes().write().mode(mode)).json(base + "quotes.jsonl");
                json(x.failures().coalesce(1).write().mode(mode)).json(base + "failures.jsonl");
                written.add(base + "quotes.jsonl");
                written.add(base + "failures.jsonl");
            }
            return new Summary(x.quotes().count(), x.failures().count(), written);
        } finally {
            x.unpersist();
        }
    }

    /**
     * {@code options} as given when they set a number of partitions or the input has at least
     * {@link #PARTITIONS_PER_CORE} per core of the session ({@code defaultParallelism}); else
     * with that many, so that one JSON Lines file (one partition as read) keeps every core busy.
     */
    static ExtractionOptions withDefaultPartitions(SparkSession spark, Dataset<Row> documents, ExtractionOptions options) {
        if (options.partitions() > 0) {
            return options;
        }
        int wanted = PARTITIONS_PER_CORE * Math.max(1, spark.sparkContext().defaultParallelism());
        return documents.rdd().getNumPartitions() >= wanted ? options : options.toBuilder().partitions(wanted).build();
    }

    /** JSON Lines with every field, null ones included (speaker, cue), as the library's jsonl writes them. */
    private static DataFrameWriter<Row> json(DataFrameWriter<Row> w) {
        return w.option("ignoreNullFields", "false");
    }

    /** The documents of {@code input}, with the id and text columns {@code options} names. */
    static Dataset<Row> read(SparkSession spark, String input, InputFormat format, ExtractionOptions options) {
        InputFormat f = format == InputFormat.AUTO ? detect(input) : format;
        return switch (f) {
            case JSONL -> spark.read().json(input);
            case PARQUET -> spark.read().parquet(input);
            case TEXT -> spark.read()
                    .option("wholetext", "true")
                    .option("pathGlobFilter", "*.txt")
                    .text(input)
                    .select(col("_metadata.file_name").as(options.idColumn()), col("value").as(options.textColumn()));
            case AUTO -> throw new AssertionError();
        };
    }

    /** The input format by the path's name, or by the files of a local directory. */
    static InputFormat detect(String input) {
        InputFormat byName = byName(input);
        if (byName != null) {
            return byName;
        }
        URI uri = URI.create(input.replace(" ", "%20"));
        if (uri.getScheme() == null || uri.getScheme().equals("file")) {
            Path dir = uri.getScheme() == null ? Paths.get(input) : Paths.get(uri);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    Set<InputFormat> found = files.map(p -> byName(p.getFileName().toString()))
                            .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
                    // Spark's Parquet output; else the .txt files (the job reads only those); else JSON
                    for (InputFormat f : List.of(InputFormat.PARQUET, InputFormat.TEXT, InputFormat.JSONL)) {
                        if (found.contains(f)) {
                            return f;
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot list " + input + ": " + e.getMessage(), e);
                }
            }
        }
        throw new IllegalArgumentException("cannot tell the format of " + input + "; give --input-format jsonl, parquet or text");
    }

    private static InputFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|zst|snappy|deflate)$", "");
        if (n.endsWith(".parquet")) {
            return InputFormat.PARQUET;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
            return InputFormat.JSONL;
        }
        if (n.endsWith(".txt")) {
            return InputFormat.TEXT;
        }
        return null;
    }
}
