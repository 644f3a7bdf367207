package dev.verbatim.attribute;

import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that signal speech: cue verbs (by lemma, so every form matches) from
 * {@code cue-verbs.txt} and multi-word cues such as "according to" from {@code cue-phrases.txt}.
 * Immutable and thread-safe.
 */
public final class CueLexicon {

    private final Set<String> verbs;
    private final List<List<String>> phrases;

    private CueLexicon(Set<String> verbs, Set<String> phrases) {
        this.verbs = verbs;
        this.phrases = phrases.stream().map(p -> List.of(p.split("\\s+"))).toList();
    }

    /** The lexicon shipped in the library's resources. */
    public static CueLexicon standard() {
        return new CueLexicon(WordList.load("cue-verbs.txt"), WordList.load("cue-phrases.txt"));
    }

    /** Whether {@code lemma} is a cue verb. */
    public boolean isCueVerb(String lemma) {
        return verbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code t} is a verb (or a verb-like form the tagger missed) whose lemma is a cue. */
    public boolean isCueVerb(Token t) {
        return (t.isVerb() || t.pos().equals("NN") && t.text().endsWith("ed")) && isCueVerb(t.lemma());
    }

    /** Length in tokens of the multi-word cue starting at {@code i}, or 0. */
    public int phraseAt(List<Token> tokens, int i, int limit) {
        for (List<String> p : phrases) {
            if (i + p.size() > limit) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < p.size() && ok; k++) {
                ok = tokens.get(i + k).text().equalsIgnoreCase(p.get(k));
            }
            if (ok) {
                return p.size();
            }
        }
        return 0;
    }
}
