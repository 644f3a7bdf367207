package dev.verbatim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents of a batch run, read one at a time so that memory stays bounded: the files named on
 * the command line, standard input, or JSON Lines of {@code {"id": ..., "text": ...}}.
 */
abstract class DocumentSource implements Closeable {

    /** Thrown when the input as a whole cannot be used (exit code 2). */
    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The next document, or null at the end. Throws only when the input itself fails. */
    abstract Document next() throws IOException;

    /** The number of documents, when known without reading them; otherwise -1. */
    long size() {
        return -1;
    }

    @Override
    public void close() throws IOException {
    }

    /**
     * A file (one document), or the {@code *.txt} files of a directory in name order (of their
     * paths relative to it, with {@code /}, when {@code recursive}); each is named by that path.
     */
    static DocumentSource files(String target, boolean recursive, int maxChars) throws IOException, InputException {
        Path p = Path.of(target);
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> s = recursive ? Files.walk(p) : Files.list(p)) {
                files = s.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                        .sorted((a, b) -> name(p, a).compareTo(name(p, b))).toList();
            }
            if (files.isEmpty()) {
                throw new InputException(target + ": no *.txt articles in this directory"
                        + (recursive ? " or below it" : ""));
            }
            Iterator<Path> it = files.iterator();
            return new DocumentSource() {
                @Override
                Document next() {
                    if (!it.hasNext()) {
                        return null;
                    }
                    Path f = it.next();
                    return read(name(p, f), f, maxChars);
                }

                @Override
                long size() {
                    return files.size();
                }
            };
        }
        if (!Files.exists(p)) {
            throw new NoSuchFileException(target, null, "no such file or directory");
        }
        Document only = read(p.getFileName().toString(), p, maxChars);
        if (only.failed()) {
            throw new InputException(only.id() + ": " + only.error());
        }
        return single(only);
    }

    /** Standard input as one document named {@code -}. */
    static DocumentSource stdin(InputStream in, int maxChars) throws IOException, InputException {
        byte[] bytes = in.readNBytes(4 * maxChars + 1);
        if (bytes.length > 4 * maxChars) {
            throw new InputException("-: " + tooLong(maxChars));
        }
        Document only = decode("-", bytes, maxChars);
        if (only.failed()) {
            throw new InputException("-: " + only.error());
        }
        return single(only);
    }

    private static DocumentSource single(Document only) {
        return new DocumentSource() {
            private boolean done;

            @Override
            Document next() {
                if (done) {
                    return null;
                }
                done = true;
                return only;
            }

            @Override
            long size() {
                return 1;
            }
        };
    }

    /**
     * JSON Lines, one {@code {"id": ..., "text": ...}} object per line ({@code id} a string or an
     * integer; other members ignored; blank lines skipped), read a line at a time. A line that is not
     * such an object is a failed document named {@code SOURCE:LINE}.
     *
     * @param size the number of documents if known, else -1
     */
    static DocumentSource jsonLines(InputStream in, String sourceName, int maxChars, long size) {
        // a text of maxChars characters, each escaped as \\uXXXX, fits in a line
        int limit = (int) Math.min(Integer.MAX_VALUE - 16, 6L * maxChars + 4096);
        LineReader lines = new LineReader(in, limit);
        return new DocumentSource() {
            @Override
            Document next() throws IOException {
                while (lines.next()) {
                    String where = sourceName + ":" + lines.number();
                    if (lines.tooLong()) {
                        return Document.failed(where, "line longer than " + limit + " bytes");
                    }
                    if (!lines.blank()) {
                        return parse(where, lines.bytes(), lines.length(), maxChars);
                    }
                }
                return null;
            }

            @Override
            long size() {
                return size;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    /** The number of non-blank lines of a JSON Lines file, read once in a stream. */
    static long countLines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            LineReader lines = new LineReader(in, 0);
            long n = 0;
            while (lines.next()) {
                if (!lines.blank() || lines.tooLong()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static Document parse(String where, byte[] bytes, int length, int maxChars) {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes, 0, length);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return Document.failed(where, "malformed JSON" + (at == null ? "" : " at column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return Document.failed(where, "cannot read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            return Document.failed(where, "expected a JSON object with \"id\" and \"text\"");
        }
        JsonNode id = node.get("id");
        String name;
        if (id != null && id.isTextual()) {
            name = id.textValue();
        } else if (id != null && id.isIntegralNumber()) {
            name = id.asText();
        } else {
            return Document.failed(where, "missing \"id\" (a string or an integer)");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return Document.failed(name, "missing \"text\" (a string)");
        }
        String t = text.textValue();
        if (t.length() > maxChars) {
            return Document.failed(name, tooLong(maxChars));
        }
        int lone = loneSurrogate(t);
        if (lone >= 0) {
            return Document.failed(name, "text is not valid Unicode: lone surrogate at offset " + lone);
        }
        return Document.of(name, t);
    }

    private static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String name(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static Document read(String name, Path f, int maxChars) {
        try {
            if (Files.size(f) > 4L * maxChars) {
                return Document.failed(name, tooLong(maxChars));
            }
            return decode(name, Files.readAllBytes(f), maxChars);
        } catch (IOException e) {
            return Document.failed(name, "cannot read: " + e.getMessage());
        }
    }

    private static Document decode(String name, byte[] bytes, int maxChars) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Document.failed(name, "not valid UTF-8 text");
        }
        return text.length() > maxChars ? Document.failed(name, tooLong(maxChars)) : Document.of(name, text);
    }

    private static String tooLong(int maxChars) {
        return "longer than the limit of " + maxChars + " characters";
    }
}
