package dev.verbatim.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A set of gold documents to evaluate against, in one of two layouts: {@link BratCorpus} (PolNeAR's
 * brat standoff) or {@link JsonCorpus} (the project's own {@code NAME.txt} + {@code NAME.gold.json}).
 */
public sealed interface GoldCorpus permits BratCorpus, JsonCorpus {

    /** The documents, sorted by name. */
    List<GoldDocument> documents();

    /**
     * Loads the corpus in {@code dir}, detecting its layout: brat standoff when {@code dir/attributions}
     * is a directory, the project's corpus format otherwise.
     *
     * @throws NoSuchFileException if {@code dir} is not a directory
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if the directory holds no gold files or a file is malformed
     */
    static GoldCorpus open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "not a directory");
        }
        return Files.isDirectory(dir.resolve("attributions")) ? BratCorpus.load(dir) : JsonCorpus.load(dir);
    }
}
