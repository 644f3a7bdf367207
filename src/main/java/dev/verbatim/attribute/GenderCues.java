package dev.verbatim.attribute;

import dev.verbatim.Gender;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static dev.verbatim.Gender.FEMALE;
import static dev.verbatim.Gender.MALE;
import static dev.verbatim.Gender.UNKNOWN;

/** The words that tell a person's gender: pronouns, honorifics, gendered roles. */
final class GenderCues {

    private GenderCues() {
    }

    /** First-name list shipped in the CoreNLP models jar (name, tab, MALE or FEMALE). */
    private static final String NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static volatile Map<String, Gender> byFirstName;

    /**
     * The gender CoreNLP's first-name list gives {@code name}: a guess that only ranks the people a
     * pronoun may refer to (see {@link EntityModel}); never reported as a speaker's gender.
     */
    static Gender ofFirstName(String name) {
        return names().getOrDefault(name.toLowerCase(Locale.ROOT), UNKNOWN);
    }

    static Gender ofPronoun(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> MALE;
            case "she", "her", "hers", "herself" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** The gender of an honorific ("Mr.", "Ms", "Dame"), or UNKNOWN. */
    static Gender ofHonorific(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "mr.", "mr", "sir", "lord" -> MALE;
            case "mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** The gender a role or relation noun states ("chairwoman", "husband", "mother"), or UNKNOWN. */
    static Gender ofNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Map<String, Gender> nouns = gendered();
        Gender g = nouns.get(w);
        if (g == null && w.endsWith("s")) {
            g = nouns.get(w.substring(0, w.length() - 1));
        }
        return g == null ? UNKNOWN : g;
    }

    private static volatile Map<String, Gender> genderedNouns;

    private static Map<String, Gender> gendered() {
        Map<String, Gender> m = genderedNouns;
        if (m == null) {
            Map<String, Gender> built = new HashMap<>();
            for (String line : WordList.load("gendered-nouns.txt")) {
                String[] parts = line.split("\\s+");
                if (parts.length == 2) {
                    built.put(parts[0], parts[1].equals("female") ? FEMALE : MALE);
                }
            }
            m = Map.copyOf(built);
            genderedNouns = m;
        }
        return m;
    }

    static boolean compatible(Gender a, Gender b) {
        return a == UNKNOWN || b == UNKNOWN || a == b;
    }

    private static Map<String, Gender> names() {
        Map<String, Gender> m = byFirstName;
        if (m == null) {
            synchronized (GenderCues.class) {
                m = byFirstName;
                if (m == null) {
                    m = load();
                    byFirstName = m;
                }
            }
        }
        return m;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> m = new HashMap<>();
        try (InputStream in = GenderCues.class.getClassLoader().getResourceAsStream(NAMES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + NAMES + " (the CoreNLP models jar)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    String g = line.substring(tab + 1).trim();
                    Gender gender = g.equals("MALE") ? MALE : g.equals("FEMALE") ? FEMALE : UNKNOWN;
                    // a name the list gives both genders ("priya", "alex", "andrea") tells neither
                    m.merge(line.substring(0, tab).trim(), gender, (a, b) -> a == b ? a : UNKNOWN);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + NAMES, e);
        }
        return Map.copyOf(m);
    }
}
