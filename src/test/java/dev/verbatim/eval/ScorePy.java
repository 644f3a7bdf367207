package dev.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Quote;
import dev.verbatim.attribute.SpeakerEntities;
import dev.verbatim.cli.JsonOutput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The reference scorer {@code ../shared/eval/score.py}: running it, and {@link Score}s in its JSON shape. */
final class ScorePy {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScorePy() {
    }

    /** {@code json} as plain Java values, every number a double, as {@link #figures(Score)} gives them. */
    static Object parse(String json) {
        try {
            return plain(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.put(e.getKey(), plain(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(n -> out.add(plain(n)));
            return out;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.isTextual() ? node.textValue() : node.isBoolean() ? (Object) node.booleanValue() : null;
    }

    /** The script beside the project, when it and python3 are there. */
    static Optional<Path> script() {
        Path script = Path.of(System.getProperty("user.dir")).resolve("../shared/eval/score.py").normalize();
        if (!Files.isRegularFile(script)) {
            return Optional.empty();
        }
        try {
            Process probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0 ? Optional.of(script) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The figures of {@code score.py GOLD SYSTEM --json}, parsed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> run(Path script, Path gold, Path systemJsonl) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", script.toString(), gold.toString(), systemJsonl.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("score.py failed: " + output);
        }
        return (Map<String, Object>) parse(output);
    }

    /** {@code score} in the shape of score.py's {@code --json} output, numbers as doubles. */
    static Map<String, Object> figures(Score score) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", (double) score.documents());
        out.put("documents_missing_from_system", (double) score.documentsMissing());
        out.put("direct", prf(score.direct()));
        out.put("direct_unanchored_fp", (double) score.directUnanchored());
        Score.SpeakerAccuracy s = score.speaker();
        out.put("speaker", Map.of("accuracy", s.accuracy(), "accuracy_on_detected", s.accuracyOnDetected(),
                "right", (double) s.right(), "detected", (double) s.detected(), "total", (double) s.total()));
        out.put("all_overlap", prf(score.allOverlap()));
        out.put("all_tight", prf(score.allTight()));
        out.put("all_joint", prf(score.allJoint()));
        return out;
    }

    private static Map<String, Object> prf(Score.Prf prf) {
        return Map.of("p", prf.p(), "r", prf.r(), "f1", prf.f1(),
                "tp", (double) prf.tp(), "fp", (double) prf.fp(), "fn", (double) prf.fn());
    }

    /** System quotes as the JSON lines of {@code extract --format jsonl}, in document name order. */
    static List<String> jsonl(Map<String, List<Quote>> system) {
        return system.keySet().stream().sorted().map(name -> JsonOutput.document(name + ".txt", SpeakerEntities.number(system.get(name)))).toList();
    }

    /** Writes {@code lines} as a JSON-lines file in a fresh temporary directory. */
    static Path writeJsonl(List<String> lines) throws IOException {
        Path file = Files.createTempDirectory("verbatim-eval").resolve("system.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        file.getParent().toFile().deleteOnExit();
        return file;
    }
}
