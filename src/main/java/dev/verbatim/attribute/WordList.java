package dev.verbatim.attribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Reads the lexicon resource files: one entry per line, '#' comments, lower-cased. */
final class WordList {

    private WordList() {
    }

    /** A plural noun's singular by its final "s" ("officials": official), else the word itself. */
    static String singular(String noun) {
        return noun.endsWith("s") && noun.length() > 3 ? noun.substring(0, noun.length() - 1) : noun;
    }

    static Set<String> load(String resource) {
        return read(resource, WordList.class.getResourceAsStream(resource));
    }

    /** A word list from the class path root, such as one of the CoreNLP models jar. */
    static Set<String> loadAbsolute(String path) {
        return read(path, WordList.class.getClassLoader().getResourceAsStream(path));
    }

    private static Set<String> read(String resource, InputStream stream) {
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = stream) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(out);
    }
}
