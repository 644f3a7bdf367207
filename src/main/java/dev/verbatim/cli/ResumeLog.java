package dev.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What an earlier {@code extract --format jsonl --output FILE} run already wrote, for
 * {@code --resume}: the ids of its documents. The output is written a line at a time, so a run
 * killed mid-write leaves at most its last line incomplete (no line feed at its end); that line is
 * cut off the file, and its document done again.
 */
final class ResumeLog implements Predicate<Document> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Integer> done;
    private final long documents;
    private final long droppedBytes;

    private ResumeLog(Map<String, Integer> done, long documents, long droppedBytes) {
        this.done = done;
        this.documents = documents;
        this.droppedBytes = droppedBytes;
    }

    /**
     * Reads {@code output} (absent: nothing done) and cuts an incomplete last line off it.
     *
     * @throws DocumentSource.InputException if a complete line is not a document of {@code extract --format jsonl}
     */
    static ResumeLog open(Path output) throws IOException, DocumentSource.InputException {
        if (!Files.exists(output)) {
            return new ResumeLog(Map.of(), 0, 0);
        }
        Map<String, Integer> done = new HashMap<>();
        long documents = 0;
        long completeEnd;
        long size = Files.size(output);
        try (InputStream in = Files.newInputStream(output)) {
            LineReader lines = new LineReader(in, Integer.MAX_VALUE - 16);
            while (lines.next()) {
                if (!lines.terminated()) {
                    break;
                }
                if (lines.blank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(lines.bytes(), 0, lines.length());
                } catch (IOException e) {
                    node = null;
                }
                JsonNode id = node == null ? null : node.get("document");
                if (id == null || !id.isTextual()) {
                    throw new DocumentSource.InputException("cannot resume: line " + lines.number() + " of " + output
                            + " is not a document of extract --format jsonl");
                }
                done.merge(id.textValue(), 1, Integer::sum);
                documents++;
            }
            completeEnd = lines.completeEnd();
        }
        if (completeEnd < size) {
            try (FileChannel ch = FileChannel.open(output, StandardOpenOption.WRITE)) {
                ch.truncate(completeEnd);
            }
        }
        return new ResumeLog(done, documents, size - completeEnd);
    }

    /**
     * Whether {@code doc} was already written: true for as many documents of an id as the output
     * holds lines of it (the output keeps input order, so these are the first ones).
     */
    @Override
    public boolean test(Document doc) {
        Integer n = done.get(doc.id());
        if (n == null) {
            return false;
        }
        if (n == 1) {
            done.remove(doc.id());
        } else {
            done.put(doc.id(), n - 1);
        }
        return true;
    }

    /** The number of documents the output already holds. */
    long documents() {
        return documents;
    }

    /** The bytes of the incomplete last line cut off the output (0 if none). */
    long droppedBytes() {
        return droppedBytes;
    }
}
