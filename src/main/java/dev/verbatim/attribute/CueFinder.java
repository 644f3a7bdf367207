package dev.verbatim.attribute;

import dev.verbatim.Cue;
import dev.verbatim.Span;
import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finds cue words in one document's tokens: cue verbs, particle verbs and multi-word cues. */
final class CueFinder {

    /** Verbs that speak only with their particle: "shot back", "cut in", "chimed in", "went on". */
    private static final Map<String, String> PARTICLE_VERBS = Map.ofEntries(Map.entry("shoot", "back"),
            Map.entry("fire", "back"), Map.entry("hit", "back"), Map.entry("push", "back"), Map.entry("snap", "back"),
            Map.entry("strike", "back"), Map.entry("cut", "in"), Map.entry("chime", "in"), Map.entry("weigh", "in"),
            Map.entry("go", "on"), Map.entry("put", "it"));

    /** Determiners that also stand alone as the subject: "Another tweeted", "Some argued", "Both said". */
    private static final Set<String> STANDALONE_DETERMINERS = Set.of("another", "some", "all",
            "both", "each", "many", "few", "several");

    private final DocumentView doc;
    private final List<Token> tokens;
    private final CueLexicon lexicon;

    CueFinder(DocumentView doc, CueLexicon lexicon) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.lexicon = lexicon;
    }

    CueLexicon lexicon() {
        return lexicon;
    }

    /** Length in tokens of the cue at token {@code k} (not reaching {@code hi}), or 0. */
    int cueAt(int k, int hi) {
        int phrase = lexicon.phraseAt(tokens, k, hi);
        if (phrase > 0) {
            return phrase;
        }
        Token t = tokens.get(k);
        if (particleCue(k, hi)) {
            return 2;
        }
        if (!lexicon.isCueVerb(t) && !presentTenseTakenForPlural(k, hi) && !capitalisedPastTense(k, hi)) {
            return 0;
        }
        if (surnameBeforeCue(k, hi)) {
            return 0; // "“…,” Tell said in an email": a surname that is also a verb
        }
        String lemma = t.lemma();
        if ((t.pos().equals("VBN") || t.pos().startsWith("JJ")) && k > 0 && tokens.get(k - 1).pos().equals("DT")
                && !STANDALONE_DETERMINERS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
            return 0; // "a written statement"; not "Another tweeted", "Some argued"
        }
        if (t.text().toLowerCase(Locale.ROOT).startsWith("so-") || k > 0 && tokens.get(k - 1).is("so")
                || k > 1 && tokens.get(k - 1).text().equals("-") && tokens.get(k - 2).is("so")) {
            return 0; // "so-called" is no cue
        }
        if (lemma.equals("compare") && t.pos().equals("VBN") && k + 1 < hi && (tokens.get(k + 1).is("to")
                || tokens.get(k + 1).is("with")) && (k == 0 || tokens.get(k - 1).isPunctuation() || doc.quotedTok[k - 1])) {
            return 0; // "…, compared to what the militants are doing": a preposition, no cue
        }
        // "point" speaks only with "out"
        if (lemma.equals("point")) {
            return k + 1 < hi && tokens.get(k + 1).is("out") ? 2 : 0;
        }
        return 1;
    }

    /**
     * Whether the cue verb at token {@code k} is capitalised where no sentence starts, right after a
     * quotation or inside a clause, and a cue verb of speech follows it at once: a name ("“…,” Tell
     * said", "Morgan Tell said"), since a verb of speech does not take another as its object.
     */
    boolean surnameBeforeCue(int k, int hi) {
        Token t = tokens.get(k);
        if (k == 0 || k + 1 >= hi || doc.quotedTok[k] || doc.quotedTok[k + 1] || !Character.isUpperCase(t.text().codePointAt(0))) {
            return false;
        }
        Token previous = tokens.get(k - 1);
        boolean sentenceStart = previous.sentence() != t.sentence() || !doc.quotedTok[k - 1] && (previous.text().equals(".")
                || previous.text().equals("?") || previous.text().equals("!") || previous.text().equals(":"));
        Token next = tokens.get(k + 1);
        String pos = next.pos();
        return !sentenceStart && lexicon.isCueVerb(next) && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBN"));
    }

    /**
     * "Murphy, the head of the fund, Tweeted on Friday": a past-tense cue verb written with a capital
     * that the tagger took for a proper noun, after the comma that closes its subject's apposition and
     * before a word in lower case (not a title-case headline).
     */
    private boolean capitalisedPastTense(int k, int hi) {
        Token t = tokens.get(k);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (k == 0 || k + 1 >= hi || !t.pos().startsWith("NNP") || word.length() < 5 || !word.endsWith("ed")
                || doc.quotedTok[k - 1] || !tokens.get(k - 1).text().equals(",")) {
            return false;
        }
        String next = tokens.get(k + 1).text();
        return !Character.isUpperCase(next.codePointAt(0))
                && (lexicon.isCueVerb(word.substring(0, word.length() - 2)) || lexicon.isCueVerb(word.substring(0, word.length() - 1)));
    }

    /**
     * “…,” Bozell answers. / “…,” she notes: a cue verb in the present tense that the tagger took for a
     * plural noun, between a name or pronoun and the end of the clause.
     */
    private boolean presentTenseTakenForPlural(int k, int hi) {
        Token t = tokens.get(k);
        boolean noun = t.pos().equals("NNS") || t.pos().equals("NN");
        if (!noun || !lexicon.isCueVerb(t.lemma()) || k == 0 || k + 1 >= hi || doc.quotedTok[k + 1]) {
            return false;
        }
        Token before = tokens.get(k - 1);
        Token after = tokens.get(k + 1);
        if (doc.quotedTok[k - 1] || !(after.text().equals(".") || after.text().equals(",") || after.text().equals(":"))) {
            return false;
        }
        return t.pos().equals("NNS") && (before.isProperNoun() || before.isPronoun()) || subjectAfterQuote(k);
    }

    /**
     * “…,” the editorial read. / “…,” a voice-over in the ad states.: whether a short noun phrase
     * stands between token {@code k} and a quotation that a comma closes, so that {@code k} is the
     * cue the tagger took for a noun.
     */
    private boolean subjectAfterQuote(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
            if (doc.quotedTok[j]) {
                return j < k - 1 && TrailingCue.commaInside(doc, j);
            }
            Token w = tokens.get(j);
            if (!(w.isNoun() || w.pos().startsWith("JJ") || w.pos().equals("DT") || w.pos().equals("POS")
                    || w.pos().equals("PRP$") || w.pos().equals("HYPH") || w.pos().equals("IN") || w.pos().equals("CD"))) {
                return false;
            }
        }
        return false;
    }

    /** "shot back", "cut in", "chimed in": a verb that speaks only with its particle. */
    boolean particleCue(int k, int hi) {
        Token t = tokens.get(k);
        String particle = PARTICLE_VERBS.get(t.lemma());
        if (t.lemma().equals("go") && (!t.pos().equals("VBD") && !t.pos().equals("VBZ")
                || k + 2 < hi && !doc.quotedTok[k + 2] && !tokens.get(k + 2).isPunctuation())) {
            return false; // "“…,” she went on.", "he goes on: “…”"; not "what's going on", "went on to win"
        }
        if (t.lemma().equals("put") && !asClauseBefore(k) && !mannerBeforeQuote(k + 2, hi)) {
            return false; // "As Milbank puts it, “…”", "Kit puts it more bluntly. “…”"; not "put it on the table"
        }
        return t.isVerb() && particle != null && k + 1 < hi && tokens.get(k + 1).is(particle);
    }

    /**
     * Whether only words of manner ("more bluntly", "another way", "simply") and a full stop, colon or
     * comma stand from token {@code k}, and a quotation opens right after them: "puts it more bluntly. “…”".
     */
    private boolean mannerBeforeQuote(int k, int hi) {
        int j = k;
        while (j < tokens.size() && j < k + 4 && !doc.quotedTok[j] && (tokens.get(j).pos().startsWith("RB")
                || tokens.get(j).is("way") || tokens.get(j).is("this") || tokens.get(j).is("another") || tokens.get(j).is("best"))) {
            j++;
        }
        if (j >= tokens.size() || doc.quotedTok[j]) {
            return false;
        }
        String w = tokens.get(j).text();
        return (w.equals(".") || w.equals(":") || w.equals(",")) && j + 1 < tokens.size() && doc.quotedTok[j + 1];
    }

    /** Whether an "as" that opens a clause (after punctuation or at the start) stands a few words before token {@code k}. */
    private boolean asClauseBefore(int k) {
        for (int j = k - 1; j >= Math.max(0, k - 10) && !doc.quotedTok[j]; j--) {
            if (tokens.get(j).is("as")) {
                return j == 0 || tokens.get(j - 1).isPunctuation() || doc.sentenceOf(j - 1) != doc.sentenceOf(j);
            }
        }
        return false;
    }

    /** The cue of {@code len} tokens at token {@code c}. */
    Cue.Present cue(int c, int len) {
        Span span = doc.spanOf(c, c + len);
        String lemma = len > 1 ? span.textOf(doc.text).toLowerCase(Locale.ROOT) : tokens.get(c).lemma();
        return new Cue.Present(span, span.textOf(doc.text), lemma);
    }

    /** Whether a cue stands before quote {@code q} in its sentence. */
    boolean cueBefore(int q) {
        int first = doc.firstTok[q];
        int lo = Math.max(doc.sentenceBegin(doc.sentenceOf(first)), first - DocumentView.MAX_REACH);
        for (int k = first - 1; k >= lo; k--) {
            if (!doc.quotedTok[k] && cueAt(k, first) > 0) {
                return true;
            }
        }
        return false;
    }
}
