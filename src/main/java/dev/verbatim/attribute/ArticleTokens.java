package dev.verbatim.attribute;

import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of one article as the {@link EntityModel} reads them: which are quoted, the phrase
 * finder and the word lists, and the distances and heads that several of its parts measure in
 * narration (outside quotes). One instance per document; not thread-safe.
 */
final class ArticleTokens {

    final List<Token> tokens;
    final boolean[] quoted;
    final PhraseFinder phrases;
    /** Words that name kinds of organisations ("council", "ministry"), lower case. */
    final Set<String> organizationWords;
    /** Common nouns that name people ("farmer", "manager"), lower case. */
    final Set<String> personNouns;

    ArticleTokens(List<Token> tokens, boolean[] quoted, PhraseFinder phrases, Set<String> organizationWords, Set<String> personNouns) {
        this.tokens = tokens;
        this.quoted = quoted;
        this.phrases = phrases;
        this.organizationWords = organizationWords;
        this.personNouns = personNouns;
    }

    /** Unquoted tokens other than punctuation before each token. */
    private int[] wordsBefore;

    /** The words of narration (outside quotes, punctuation aside) in tokens {@code [from, to)}. */
    int narrationWords(int from, int to) {
        if (wordsBefore == null) {
            int[] before = new int[tokens.size() + 1];
            for (int m = 0; m < tokens.size(); m++) {
                before[m + 1] = before[m] + (quoted[m] || tokens.get(m).isPunctuation() ? 0 : 1);
            }
            wordsBefore = before;
        }
        return to <= from ? 0 : wordsBefore[Math.min(to, tokens.size())] - wordsBefore[Math.max(0, from)];
    }

    /** Unquoted tokens before each token: narration distances without the quotes between. */
    private int[] unquotedBefore;

    /** The tokens of narration (outside quotes) from token {@code from} to token {@code to}. */
    int narration(int from, int to) {
        if (unquotedBefore == null) {
            int[] before = new int[tokens.size() + 1];
            for (int m = 0; m < tokens.size(); m++) {
                before[m + 1] = before[m] + (quoted[m] ? 0 : 1);
            }
            unquotedBefore = before;
        }
        return unquotedBefore[Math.min(to, tokens.size())] - unquotedBefore[Math.max(0, from)];
    }

    /**
     * The first token in {@code (from, to)}, outside quotes, that heads a noun phrase naming a
     * person at the start of a sentence ("One farmer, who …", "The project manager watched"),
     * after a verb ("said one resident") or as the subject after a fronted phrase ("Later, the
     * writer says"), or
     * -1: a new subject, another person a pronoun after it may refer to. A description in
     * apposition ("Maribel Quint, a charge nurse who …") is the named person and does not count.
     */
    int unnamedPersonBetween(int from, int to) {
        if (unnamedPeople == null) {
            unnamedPeople = findUnnamedPeople();
        }
        int i = java.util.Arrays.binarySearch(unnamedPeople, from + 1);
        i = i >= 0 ? i : -i - 1;
        return i < unnamedPeople.length && unnamedPeople[i] < to ? unnamedPeople[i] : -1;
    }

    /** The heads {@link #unnamedPersonBetween} looks for, in token order; found once per document. */
    private int[] unnamedPeople;

    private int[] findUnnamedPeople() {
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (quoted[k] || !t.isNoun() || t.isProperNoun()) {
                continue;
            }
            if (!personNoun(t.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = k;
            while (start - 1 >= 0 && tokens.get(start - 1).sentence() == t.sentence() && !quoted[start - 1]
                    && premodifier(tokens.get(start - 1))) {
                start--;
            }
            boolean sentenceStart = start == 0 || tokens.get(start - 1).sentence() != t.sentence();
            // "…,” said one resident, who … her name": the subject of an inverted attribution
            Token opener = tokens.get(start);
            boolean afterVerb = start > 0 && start < k && tokens.get(start - 1).pos().startsWith("VB") && indefinite(opener);
            // "Near the end of the conversation, the writer says she …": the subject after a fronted phrase
            boolean afterPhrase = start > 0 && start < k && tokens.get(start - 1).text().equals(",") && opener.pos().equals("DT")
                    && k + 1 < tokens.size() && !quoted[k + 1] && tokens.get(k + 1).isFiniteVerb();
            boolean named = k + 1 < tokens.size() && tokens.get(k + 1).ner().equals("PERSON");
            if ((sentenceStart || afterVerb || afterPhrase) && !named) {
                found.add(k);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The token after the dash of a dateline that opens its sentence at token {@code from}
     * ("WASHINGTON (AP) —", "BRENTON, Iowa —", "PORT ANSELL —"): a word in capitals, then only
     * capitalised words, commas and a bracketed agency up to the dash. {@code from} when there is none.
     */
    static int datelineEnd(List<Token> tokens, boolean[] quoted, int from, int to) {
        if (from >= to || quoted[from] || from > 0 && tokens.get(from - 1).sentence() == tokens.get(from).sentence()) {
            return from;
        }
        String first = tokens.get(from).text();
        if (first.length() < 3 || !first.equals(first.toUpperCase(Locale.ROOT)) || !Character.isLetter(first.codePointAt(0))) {
            return from;
        }
        boolean bracket = false;
        for (int k = from + 1; k < to && k - from <= 10 && !quoted[k]; k++) {
            String w = tokens.get(k).text();
            if (PhraseFinder.DASHES.contains(w) && !bracket) {
                return k + 1;
            }
            if (w.equals("(") || w.equals("-LRB-")) {
                bracket = true;
            } else if (w.equals(")") || w.equals("-RRB-")) {
                bracket = false;
            } else if (!w.equals(",") && !Character.isUpperCase(w.codePointAt(0))) {
                return from;
            }
        }
        return from;
    }

    /** Whether the lower-case word {@code w}, or its singular, names people ("witness", "voters"). */
    boolean personNoun(String w) {
        return personNouns.contains(w) || personNouns.contains(WordList.singular(w));
    }

    /** Whether {@code t} opens an indefinite noun phrase: "a", "an", "one", "another". */
    static boolean indefinite(Token t) {
        return t.is("a") || t.is("an") || t.is("one") || t.is("another");
    }

    /** A word that can stand before the head of a noun phrase: determiner, number, adjective, noun, possessive. */
    static boolean premodifier(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("PRP$")
                || pos.equals("POS") || t.text().equals("-") || pos.equals("HYPH");
    }
}
