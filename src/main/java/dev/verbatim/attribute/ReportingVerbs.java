package dev.verbatim.attribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The verbs and nouns that attribute reported speech ({@code reporting-verbs.txt},
 * {@code cue-nouns.txt}), with the verbs whose object is the person addressed and those that ask. Immutable and
 * thread-safe.
 */
final class ReportingVerbs {

    private final Set<String> verbs;
    private final Set<String> recipientVerbs;
    private final Set<String> questionVerbs;
    private final Set<String> thingVerbs;
    private final Set<String> objectVerbs;
    private final Set<String> nouns;

    private ReportingVerbs(Set<String> verbs, Set<String> recipientVerbs, Set<String> questionVerbs,
                           Set<String> thingVerbs, Set<String> objectVerbs, Set<String> nouns) {
        this.verbs = Set.copyOf(verbs);
        this.recipientVerbs = Set.copyOf(recipientVerbs);
        this.questionVerbs = Set.copyOf(questionVerbs);
        this.thingVerbs = Set.copyOf(thingVerbs);
        this.objectVerbs = Set.copyOf(objectVerbs);
        this.nouns = Set.copyOf(nouns);
    }

    static ReportingVerbs standard() {
        Set<String> verbs = new HashSet<>();
        Set<String> recipient = new HashSet<>();
        Set<String> question = new HashSet<>();
        Set<String> thing = new HashSet<>();
        Set<String> object = new HashSet<>();
        try (InputStream in = ReportingVerbs.class.getResourceAsStream("reporting-verbs.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource reporting-verbs.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip().toLowerCase(Locale.ROOT);
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split("\\s+");
                verbs.add(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].equals("recipient")) {
                        recipient.add(parts[0]);
                    } else if (parts[i].equals("question")) {
                        question.add(parts[0]);
                    } else if (parts[i].equals("thing")) {
                        thing.add(parts[0]);
                    } else if (parts[i].equals("object")) {
                        object.add(parts[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reporting-verbs.txt", e);
        }
        return new ReportingVerbs(verbs, recipient, question, thing, object, WordList.load("cue-nouns.txt"));
    }

    /** Whether {@code lemma} is a reporting verb. */
    boolean isVerb(String lemma) {
        return verbs.contains(lemma);
    }

    /** Whether the object of verb {@code lemma} is the person addressed ("told reporters that"). */
    boolean takesRecipient(String lemma) {
        return recipientVerbs.contains(lemma);
    }

    /** Whether the bare noun-phrase object of verb {@code lemma} is a thing, no content ("saw smoke", "added 40 minutes"). */
    boolean takesThing(String lemma) {
        return thingVerbs.contains(lemma);
    }

    /** Whether the complement of verb {@code lemma} is a noun phrase, not a clause ("backed the measure"). */
    boolean takesObject(String lemma) {
        return objectVerbs.contains(lemma);
    }

    /** Whether verb {@code lemma} asks a question ("asked whether"), whose answer is not the asker's. */
    boolean asks(String lemma) {
        return questionVerbs.contains(lemma);
    }

    /** Whether {@code word} (lower case) is a cue noun ("claim", "promise"). */
    boolean isNoun(String word) {
        return nouns.contains(word);
    }
}
