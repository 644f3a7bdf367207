package dev.verbatim.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's own gold corpus: a directory with {@code NAME.txt} and {@code NAME.gold.json} beside
 * it. A gold file has the shape of one line of {@code extract --format jsonl}, plus negatives:
 *
 * <pre>{@code
 * {"document": "NAME.txt",
 *  "quotes": [{"type": "DIRECT", "text": "...", "spans": [{"begin": 648, "end": 790}],
 *              "speaker": {"name": "Vladimir Putin", "kind": "PERSON", "role": "Kremlin spokesman",
 *                          "mention": {"begin": 810, "end": 815, "text": "Putin"}},
 *              "cue": {"begin": 805, "end": 809, "text": "said"}}],
 *  "negatives": [{"begin": 10, "end": 37, "text": "special military operation", "reason": "scare"}]}
 * }</pre>
 *
 * <p>Offsets are UTF-16, end exclusive; quote spans cover the words between the quotation marks.
 * {@code speaker}, {@code cue} and {@code role} may be null or absent, and so may
 * {@code negatives}; other members are ignored. Every quoted text must equal the document's text at
 * its offsets (a quote's text being its spans' texts joined by a single space), which catches
 * offsets that drifted. Each gold quote also stands as a gold attribution (see
 * {@link GoldQuote#attribution()}), so that {@link Scorer} applies unchanged. The files are read with
 * Jackson (strict JSON: one value, nothing after it; a repeated key keeps its last value).
 *
 * @param documents the documents, sorted by name
 */
public record JsonCorpus(List<GoldDocument> documents) implements GoldCorpus {

    private static final String SUFFIX = ".gold.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public JsonCorpus {
        documents = List.copyOf(documents);
    }

    /**
     * Loads every {@code NAME.gold.json} of {@code dir} with its {@code NAME.txt}.
     *
     * @throws IOException if a file cannot be read, such as a missing text
     * @throws IllegalArgumentException if there is no gold file or one is malformed
     */
    public static JsonCorpus load(Path dir) throws IOException {
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(dir)) {
            goldFiles = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        if (goldFiles.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no attributions/ directory (brat standoff) and no *"
                    + SUFFIX + " files");
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (Path goldFile : goldFiles) {
            String fileName = goldFile.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - SUFFIX.length());
            String text = Files.readString(dir.resolve(name + ".txt"));
            try {
                documents.add(parse(name, text, Files.readString(goldFile)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
            }
        }
        return new JsonCorpus(documents);
    }

    /**
     * Reads the gold file {@code json} of the document {@code name} with text {@code text}.
     *
     * @throws IllegalArgumentException if {@code json} is malformed or does not fit {@code text}
     */
    public static GoldDocument parse(String name, String text, String json) {
        Node root = new Node(read(json), "");
        Map<String, Integer> entities = new HashMap<>();
        List<GoldQuote> quotes = root.get("quotes").map(Node::list).orElse(List.of()).stream()
                .map(node -> quote(node, text, entities)).toList();
        List<Negative> negatives = root.get("negatives").map(Node::list).orElse(List.of()).stream()
                .map(node -> {
                    Mention covered = node.mention(text);
                    return new Negative(covered.span(), covered.text(), node.require("reason").string());
                }).toList();
        return new GoldDocument(name, text, quotes.stream().map(GoldQuote::attribution).toList(), quotes, negatives);
    }

    /** The JSON value that makes up {@code json}. */
    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException("malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * One gold quote. Its speaker's {@code entity} (any string, local to the document; without one,
     * kind and name stand for it) becomes a number in order of first appearance, and its
     * {@code gender} defaults to {@code UNKNOWN}.
     */
    private static GoldQuote quote(Node node, String text, Map<String, Integer> entities) {
        List<Span> spans = node.require("spans").list().stream().map(n -> n.span(text)).toList();
        String quoted = node.require("text").string();
        String expected = spans.stream().map(s -> s.textOf(text)).collect(Collectors.joining(" "));
        if (!quoted.equals(expected)) {
            throw node.error("text \"" + quoted + "\" differs from the text at its spans: \"" + expected + "\"");
        }
        Speaker speaker = node.get("speaker").<Speaker>map(s -> {
            String name = s.require("name").string();
            SpeakerKind kind = s.require("kind").constant(SpeakerKind.class);
            String key = s.get("entity").map(e -> "id:" + e.string()).orElse("name:" + kind + ":" + name);
            int entity = entities.computeIfAbsent(key, k -> entities.size());
            return new Speaker.Known(s.require("mention").mention(text), name, kind, s.get("role").map(Node::string),
                    entity, s.get("gender").map(g -> g.constant(Gender.class)).orElse(Gender.UNKNOWN));
        }).orElse(Speaker.unknown());
        return new GoldQuote(node.require("type").constant(QuoteType.class), quoted, spans, speaker,
                node.get("cue").map(c -> c.mention(text)));
    }

    /** A JSON value with its path in the file, for error messages. */
    private record Node(JsonNode value, String path) {

        /** The member {@code key} of this object; empty when absent or null. */
        Optional<Node> get(String key) {
            if (value == null || !value.isObject()) {
                throw error("expected an object");
            }
            String where = path.isEmpty() ? key : path + "." + key;
            return Optional.ofNullable(value.get(key)).filter(v -> !v.isNull()).map(v -> new Node(v, where));
        }

        Node require(String key) {
            return get(key).orElseThrow(() -> error("missing \"" + key + "\""));
        }

        List<Node> list() {
            if (!value.isArray()) {
                throw error("expected an array");
            }
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                out.add(new Node(value.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        String string() {
            if (!value.isTextual()) {
                throw error("expected a string");
            }
            return value.textValue();
        }

        int integer() {
            double d = value.isNumber() ? value.doubleValue() : Double.NaN;
            if (d != Math.rint(d) || d < 0 || d > Integer.MAX_VALUE) {
                throw error("expected a non-negative integer");
            }
            return (int) d;
        }

        <E extends Enum<E>> E constant(Class<E> type) {
            String name = string();
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw error("unknown " + type.getSimpleName() + " \"" + name + "\"");
            }
        }

        /** This {@code {begin, end}} object as a span that fits {@code text}. */
        Span span(String text) {
            int begin = require("begin").integer();
            int end = require("end").integer();
            if (begin > end || end > text.length()) {
                throw error("span [" + begin + ", " + end + ") does not fit the text of length " + text.length());
            }
            return new Span(begin, end);
        }

        /** This {@code {begin, end, text}} object, its text checked against the document. */
        Mention mention(String text) {
            Span span = span(text);
            String given = require("text").string();
            if (!given.equals(span.textOf(text))) {
                throw error("text \"" + given + "\" differs from the text at " + span + ": \"" + span.textOf(text) + "\"");
            }
            return new Mention(span, given);
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException((path.isEmpty() ? "" : path + ": ") + message);
        }
    }
}
