package dev.verbatim.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository's test corpus, {@code test-corpus/*.txt}, read as the library's command line reads it. */
final class Corpus {

    record Doc(String id, String text) {
    }

    private Corpus() {
    }

    /** The corpus directory: system property verbatim.corpus (set by pom.xml), else ../test-corpus. */
    static Path dir() {
        return Path.of(System.getProperty("verbatim.corpus", "../test-corpus"));
    }

    /** Every .txt of the corpus, by name; the file name is the id. */
    static List<Doc> documents() {
        try (Stream<Path> files = Files.list(dir())) {
            List<Doc> docs = new ArrayList<>();
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                docs.add(new Doc(p.getFileName().toString(), Files.readString(p)));
            }
            if (docs.size() < 10) {
                throw new IllegalStateException("test corpus not found or too small at " + dir().toAbsolutePath());
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code docs} as a DataFrame of (id string, text string). */
    static Dataset<Row> frame(SparkSession spark, List<Doc> docs) {
        StructType schema = new StructType()
                .add("id", DataTypes.StringType, false)
                .add("text", DataTypes.StringType, true);
        List<Row> rows = docs.stream().map(d -> RowFactory.create(d.id(), d.text())).toList();
        return spark.createDataFrame(rows, schema);
    }
}
