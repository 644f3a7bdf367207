package dev.verbatim.eval;

import dev.verbatim.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gold attributions in brat standoff laid out as PolNeAR, read exactly as {@code score.py} reads
 * them: {@code DIR/text/NAME.txt} and {@code DIR/attributions/NAME_ANNOTATOR.ann}. When a document
 * has several annotators, the one listed first in the {@code annotators} column ({@code |}-separated)
 * of {@code DIR/../metadata.tsv} wins; annotators not listed there come after, by name.
 *
 * <p>In the {@code .ann} files, {@code T} lines give (possibly discontinuous, {@code a b;c d}) spans
 * in code points and {@code E} lines the attributions ({@code Attribution:T14 Cue:T10 Source:T9
 * Content:T11}); events without content are dropped, any role starting with {@code Content} counts
 * as content, and arguments naming no {@code T} line are ignored. Offsets are converted to UTF-16;
 * offsets past the end of the text are clamped to it.
 *
 * @param documents the documents, sorted by name
 */
public record BratCorpus(List<GoldDocument> documents) implements GoldCorpus {

    public BratCorpus {
        documents = List.copyOf(documents);
    }

    /**
     * Loads a PolNeAR split directory such as {@code polnear/dev}.
     *
     * @throws IOException if a file cannot be read, such as the text of an annotated document
     * @throws IllegalArgumentException if an {@code .ann} file or {@code metadata.tsv} is malformed
     */
    public static BratCorpus load(Path splitDir) throws IOException {
        List<GoldDocument> documents = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : annotators(splitDir).entrySet()) {
            documents.add(annotation(splitDir, entry.getKey(), entry.getValue().get(0)));
        }
        return new BratCorpus(documents);
    }

    /**
     * Every annotated document of a split, by name (sorted), with its annotators in order of
     * preference: the first is the one {@link #load} reads.
     */
    static Map<String, List<String>> annotators(Path splitDir) throws IOException {
        Path parent = splitDir.toAbsolutePath().normalize().getParent();
        Map<String, List<String>> preference = parent == null ? Map.of() : annotatorOrder(parent.resolve("metadata.tsv"));
        Map<String, List<String>> annotators = new TreeMap<>();
        try (Stream<Path> files = Files.list(splitDir.resolve("attributions"))) {
            for (String file : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ann")).toList()) {
                String stem = file.substring(0, file.length() - ".ann".length());
                int cut = stem.lastIndexOf('_');
                if (cut < 0) {
                    throw new IllegalArgumentException(file + ": attribution file name is not NAME_ANNOTATOR.ann");
                }
                annotators.computeIfAbsent(stem.substring(0, cut), k -> new ArrayList<>()).add(stem.substring(cut + 1));
            }
        }
        annotators.forEach((name, list) -> {
            List<String> order = preference.getOrDefault(name, List.of());
            list.sort(Comparator.<String>comparingInt(a -> order.contains(a) ? order.indexOf(a) : 99)
                    .thenComparing(Comparator.naturalOrder()));
        });
        return annotators;
    }

    /** Document {@code name} of the split as {@code annotator} annotated it. */
    static GoldDocument annotation(Path splitDir, String name, String annotator) throws IOException {
        String text = Files.readString(splitDir.resolve("text").resolve(name + ".txt"));
        Path ann = splitDir.resolve("attributions").resolve(name + "_" + annotator + ".ann");
        return new GoldDocument(name, text, parseAnn(ann, text), List.of(), List.of());
    }

    /** The attributions of one {@code .ann} file, as {@code parse_ann} of score.py finds them. */
    private static List<GoldAttribution> parseAnn(Path file, String text) throws IOException {
        int[] utf16 = utf16Offsets(text);
        Map<String, List<Span>> spans = new HashMap<>();
        List<List<String[]>> events = new ArrayList<>();
        String[] lines = Files.readString(file).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String ident = line.substring(0, tab);
            String rest = line.substring(tab + 1);
            String where = file.getFileName() + ":" + (n + 1);
            if (ident.startsWith("T")) {
                String head = rest.split("\t", 2)[0];
                int space = head.indexOf(' ');
                if (space < 0) {
                    throw new IllegalArgumentException(where + ": expected 'TYPE OFFSETS' in '" + head + "'");
                }
                List<Span> pieces = new ArrayList<>();
                for (String piece : head.substring(space + 1).split(";", -1)) {
                    List<String> ends = PythonText.split(piece);
                    if (ends.size() != 2) {
                        throw new IllegalArgumentException(where + ": expected 'BEGIN END' in '" + piece + "'");
                    }
                    int begin = offset(ends.get(0), where);
                    int end = Math.max(begin, offset(ends.get(1), where));
                    pieces.add(new Span(utf16[Math.min(begin, utf16.length - 1)], utf16[Math.min(end, utf16.length - 1)]));
                }
                spans.put(ident, pieces);
            } else if (ident.startsWith("E")) {
                List<String> parts = PythonText.split(rest);
                List<String[]> arguments = new ArrayList<>();
                for (String part : parts.subList(Math.min(1, parts.size()), parts.size())) {
                    String[] roleAndId = part.split(":", 2);
                    if (roleAndId.length != 2) {
                        throw new IllegalArgumentException(where + ": expected 'ROLE:ID' in '" + part + "'");
                    }
                    arguments.add(roleAndId);
                }
                events.add(arguments);
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (List<String[]> arguments : events) {
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            for (String[] argument : arguments) {
                List<Span> pieces = spans.getOrDefault(argument[1], List.of());
                if (argument[0].equals("Source")) {
                    source.addAll(pieces);
                } else if (argument[0].equals("Cue")) {
                    cue.addAll(pieces);
                } else if (argument[0].startsWith("Content")) {
                    content.addAll(pieces);
                }
            }
            if (!content.isEmpty()) {
                out.add(new GoldAttribution(content, source, cue));
            }
        }
        return out;
    }

    private static int offset(String digits, String where) {
        try {
            return Integer.parseUnsignedInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": bad offset '" + digits + "'");
        }
    }

    /** For each code-point offset into {@code text} (and its end), the UTF-16 offset. */
    private static int[] utf16Offsets(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        for (int i = 0, unit = 0; i < out.length; i++) {
            out[i] = unit;
            if (unit < text.length()) {
                unit += Character.charCount(text.codePointAt(unit));
            }
        }
        return out;
    }

    /** Document name to its annotators in order of preference, from the metadata table (if any). */
    private static Map<String, List<String>> annotatorOrder(Path metadata) throws IOException {
        if (!Files.isRegularFile(metadata)) {
            return Map.of();
        }
        List<List<String>> rows = Tsv.parse(Files.readString(metadata));
        if (rows.isEmpty()) {
            return Map.of();
        }
        int filename = rows.get(0).lastIndexOf("filename");
        int annotators = rows.get(0).lastIndexOf("annotators");
        if (filename < 0 || annotators < 0) {
            throw new IllegalArgumentException(metadata + ": no 'filename' and 'annotators' columns");
        }
        Map<String, List<String>> out = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(filename, annotators)) {
                out.put(row.get(filename), List.of(row.get(annotators).split("\\|", -1)));
            }
        }
        return out;
    }
}
