package dev.verbatim.nlp;

import dev.verbatim.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The Stanford CoreNLP adapter: tokenize, ssplit, pos, lemma and a single three-class NER model
 * (no SUTime, numeric or fine-grained classifiers), with sentences capped at
 * {@link LongSentenceSplitter#MAX_TOKENS} tokens before tagging. Built once; {@link #analyze} is
 * thread-safe.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {

    private final StanfordCoreNLP pipeline;

    /** Forms of "say" that open an inverted attribution, with the tag they should have. */
    private static final java.util.Map<String, String> INVERTED_SAY = java.util.Map.of("Said", "VBD", "Says", "VBZ");

    public CoreNlpAnalyzer() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,capsentences,pos,lemma,ner");
        props.setProperty("customAnnotatorClass.capsentences", LongSentenceSplitter.class.getName());
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.combinationMode", "NORMAL");
        pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public AnalyzedText analyze(String text, List<Span> windows) {
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> pieces = new ArrayList<>();
        int s = 0;
        for (Span w : windows) {
            Annotation doc = new Annotation(w.textOf(text));
            pipeline.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                starts.add(tokens.size());
                if (Boolean.TRUE.equals(sentence.get(LongSentenceSplitter.PieceAnnotation.class))) {
                    pieces.add(s);
                }
                for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                    int b = l.beginPosition() + w.begin();
                    int e = l.endPosition() + w.begin();
                    if (b < w.begin() || e > w.end() || e <= b) {
                        continue;
                    }
                    String lemma = l.lemma() == null ? l.word() : l.lemma();
                    String ner = l.ner() == null ? "O" : l.ner();
                    String word = text.substring(b, e);
                    String tag = l.tag();
                    if (tokens.size() == starts.get(starts.size() - 1) && INVERTED_SAY.containsKey(word) && tag.startsWith("NNP")) {
                        // "Said Dorothy Poynter, …: “…”": the tagger takes a sentence-opening "Said" for a name
                        tag = INVERTED_SAY.get(word);
                        lemma = "say";
                        ner = "O";
                    }
                    tokens.add(new Token(tokens.size(), b, e, word, tag, lemma.toLowerCase(Locale.ROOT), ner, s));
                }
                s++;
            }
        }
        starts.add(tokens.size());
        return joinedAfterQuotedQuestions(text,
                withMainVerbsAfterRelativeClauses(withVerbsBeforeInfinitives(withNounModifiers(withPluralPossessives(
                        withCommonNounsInLowerCase(withNameParticles(tokens)))))), starts, pieces);
    }

    /**
     * Lower-case particles that open a surname ("de Blasio", "van Hollen", "bin Laden", "al-Assad"
     * is one token): a closed class of Dutch, German, French, Italian, Spanish, Portuguese and
     * Arabic name prefixes.
     */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "del", "della", "der", "den",
            "di", "da", "das", "dos", "du", "van", "von", "ter", "ten", "bin", "ibn", "al", "el", "la", "le");

    /**
     * The tokens with each lower-case name particle that the tagger did not read as part of a name
     * ("…, de/IN Blasio said") tagged as the name that follows it in the same sentence, when the
     * recognizer marks that name a person.
     */
    static List<Token> withNameParticles(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (t.pos().startsWith("NNP") || !NAME_PARTICLES.contains(t.text()) || next.sentence() != t.sentence()
                    || !next.pos().equals("NNP") || !next.ner().equals("PERSON") || next.begin() != t.end() + 1) {
                continue;
            }
            out = retagged(out, tokens, k, "NNP", next.ner());
        }
        return out == null ? tokens : out;
    }

    /**
     * The tokens with each word in lower case that the tagger read as a proper noun after a capitalised
     * one ("the Florida senator/NNP said") tagged as the common noun it is, when the recognizer gives it
     * no name and it is no name particle ("de Blasio"): a proper noun is written with a capital.
     */
    static List<Token> withCommonNounsInLowerCase(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            if (!t.pos().startsWith("NNP") || !t.ner().equals("O") || NAME_PARTICLES.contains(t.text())
                    || !t.text().chars().allMatch(c -> c >= 'a' && c <= 'z') || before.sentence() != t.sentence()
                    || before.text().isEmpty() || !Character.isUpperCase(before.text().codePointAt(0))) {
                continue;
            }
            out = retagged(out, tokens, k, t.pos().equals("NNPS") ? "NNS" : "NN", t.ner());
        }
        return out == null ? tokens : out;
    }

    /**
     * The tokens with each apostrophe of a possessive written after an "s" ("Sanders’ fundraising
     * email", "the Clintons' foundation") tagged as the possessive it is: the tagger reads an
     * apostrophe right after a word and before a space as a closing quotation mark. Only after a noun
     * and before a noun or adjective of the same sentence.
     */
    static List<Token> withPluralPossessives(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            Token next = tokens.get(k + 1);
            if (!(t.text().equals("’") || t.text().equals("'")) || t.pos().equals("POS") || before.end() != t.begin()
                    || !before.text().endsWith("s") || !before.pos().startsWith("NN") || next.begin() == t.end()
                    || next.sentence() != t.sentence() || before.sentence() != t.sentence()
                    || !(next.pos().startsWith("NN") || next.pos().startsWith("JJ"))) {
                continue;
            }
            out = retagged(out, tokens, k, "POS", t.ner());
        }
        return out == null ? tokens : out;
    }

    /**
     * {@code out}, or a copy of {@code tokens} when it is null, with token {@code k} tagged
     * {@code pos} and {@code ner}: the tag repairs below copy the list once, on their first repair.
     */
    private static List<Token> retagged(List<Token> out, List<Token> tokens, int k, String pos, String ner) {
        List<Token> copy = out == null ? new ArrayList<>(tokens) : out;
        Token t = tokens.get(k);
        copy.set(k, new Token(t.index(), t.begin(), t.end(), t.text(), pos, t.lemma(), ner, t.sentence()));
        return copy;
    }

    /** Determiners after which a base-form verb cannot stand. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    /**
     * The tokens with each base-form verb between an article and a noun of the same sentence ("a
     * fudge/VB shop") tagged as the noun that modifies the next one: a verb's base form cannot
     * follow "a", "an" or "the".
     */
    static List<Token> withNounModifiers(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            Token next = tokens.get(k + 1);
            if (!t.pos().equals("VB") || !ARTICLES.contains(before.text().toLowerCase(java.util.Locale.ROOT))
                    || !next.pos().startsWith("NN") || before.sentence() != t.sentence() || next.sentence() != t.sentence()) {
                continue;
            }
            out = retagged(out, tokens, k, "NN", t.ner());
        }
        return out == null ? tokens : out;
    }

    /**
     * The tokens with each plural noun that stands between the noun phrase that opens its sentence
     * and an infinitive ("The quiet publisher plans/NNS to decide …", "Google wants/NNS to …"), tagged
     * as the present-tense verb it is: the tagger reads it as the head of a compound noun. Not after
     * a possessive ("The company's plans to expand"), nor later in the sentence.
     */
    static List<Token> withVerbsBeforeInfinitives(List<Token> tokens) {
        List<Token> out = null;
        int subjectFrom = 0; // the first token of the sentence while all before k may be its subject's words, else -1
        for (int k = 1; k + 2 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            if (before.sentence() != t.sentence()) {
                subjectFrom = k;
                continue;
            }
            if (subjectFrom >= 0 && !subjectWord(tokens, k - 1)) {
                subjectFrom = -1; // a verb, a preposition …: no longer the opening noun phrase
            }
            Token to = tokens.get(k + 1);
            Token verb = tokens.get(k + 2);
            if (subjectFrom < 0 || !t.pos().equals("NNS") || !(before.pos().equals("NN") || before.pos().equals("NNP"))
                    || !to.text().equals("to") || !verb.pos().equals("VB") || verb.sentence() != t.sentence()) {
                continue;
            }
            out = retagged(out, tokens, k, "VBZ", t.ner());
            subjectFrom = -1;
        }
        return out == null ? tokens : out;
    }

    /** Whether token {@code k} may be a word of a noun phrase that opens a sentence ("The soft-spoken publisher"). */
    private static boolean subjectWord(List<Token> tokens, int k) {
        String pos = tokens.get(k).pos();
        return pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("HYPH") || pos.equals("CD")
                || pos.equals("VBN") && k > 0 && tokens.get(k - 1).pos().equals("HYPH");
    }

    /** How far back, in tokens, the relative clause and the subject before it are looked for: the work per verb is bounded. */
    private static final int MAX_RELATIVE_CLAUSE = 60;

    /**
     * The tokens with each past participle that follows the comma closing a relative clause on the
     * subject ("Okonjo, who joined in 2006, announced/VBN in March that …") tagged as the past
     * tense it is: the tagger reads a verb after a comma as a participle, but a subject, its
     * relative clause and no verb before them leave the sentence's own verb to come.
     */
    static List<Token> withMainVerbsAfterRelativeClauses(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 2; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.pos().equals("VBN") || !tokens.get(k - 1).text().equals(",")) {
                continue;
            }
            if (afterOpeningApposition(tokens, k)) {
                out = retagged(out, tokens, k, "VBD", t.ner()); // "The Tax Policy Center, a think tank, estimated/VBN on Friday that"
                continue;
            }
            int relative = -1;
            boolean clauseVerb = false;
            for (int m = k - 2; m > 0 && k - m <= MAX_RELATIVE_CLAUSE && tokens.get(m).sentence() == t.sentence(); m--) {
                Token w = tokens.get(m);
                if (w.isFiniteVerb()) {
                    clauseVerb = true;
                }
                if ((w.pos().equals("WP") || w.pos().equals("WDT")) && tokens.get(m - 1).text().equals(",")) {
                    relative = m;
                    break;
                }
            }
            if (relative < 2 || !clauseVerb) {
                continue;
            }
            // the subject opens the sentence: no verb or comma before it, within a bounded look back
            boolean verbBefore = false;
            for (int m = relative - 2; m >= 0 && !verbBefore && tokens.get(m).sentence() == t.sentence(); m--) {
                verbBefore = relative - m > MAX_RELATIVE_CLAUSE || tokens.get(m).isVerb() || tokens.get(m).text().equals(",");
            }
            if (verbBefore || !tokens.get(relative - 2).isNoun()) {
                continue;
            }
            out = retagged(out, tokens, k, "VBD", t.ner());
        }
        return out == null ? tokens : out;
    }

    /**
     * Whether the past participle at {@code k}, after a comma, follows the sentence's opening noun
     * phrase and a noun phrase in apposition to it ("The Tax Policy Center, a nonpartisan think tank,
     * estimated …"), with no verb before it, and goes on to "that" with no finite verb and no "by"
     * between: the sentence's own verb in the past tense, not a participle ("…, founded in 2002, says").
     */
    private static boolean afterOpeningApposition(List<Token> tokens, int k) {
        int s = tokens.get(k).sentence();
        int comma = -1;
        for (int m = k - 2; m >= 0 && k - m <= MAX_RELATIVE_CLAUSE && tokens.get(m).sentence() == s; m--) {
            Token w = tokens.get(m);
            if (w.text().equals(",")) {
                comma = m;
                break;
            }
            if (!subjectWord(tokens, m) && !w.pos().equals("IN") && !w.pos().equals("POS") && !w.pos().equals("PRP$")) {
                return false;
            }
        }
        if (comma < 1 || !(tokens.get(comma + 1).pos().equals("DT") || tokens.get(comma + 1).pos().equals("PRP$"))) {
            return false;
        }
        for (int m = comma - 1; m >= 0 && tokens.get(m).sentence() == s; m--) {
            if (comma - m > MAX_RELATIVE_CLAUSE || !subjectWord(tokens, m) && !tokens.get(m).pos().equals("IN")
                    && !tokens.get(m).pos().equals("POS")) {
                return false; // a verb or a comma before: not the opening subject
            }
        }
        for (int m = k + 1; m < tokens.size() && m - k <= MAX_RELATIVE_CLAUSE && tokens.get(m).sentence() == s; m++) {
            Token w = tokens.get(m);
            if (w.text().equalsIgnoreCase("that")) {
                return true;
            }
            if (w.text().equals("by") || w.pos().equals("VBD") || w.pos().equals("VBZ") || w.pos().equals("VBP")
                    || w.pos().equals("MD") || w.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The text with each sentence that the splitter ended at a quotation closing on ? or ! joined
     * to the next one when that goes on in lower case or after a comma, semicolon or colon in the
     * same paragraph ("She asked “Why now?” and left.", "a film called “Who Knew?” opens", "The ad,
     * titled “Unifier?”, concludes"), and each sentence that starts with a closing bracket, a comma,
     * semicolon or colon joined to the one before ("Rep. Trey Gowdy (R-S.C.): …", split after
     * "S.C."), as long as the two hold at most
     * {@link LongSentenceSplitter#MAX_TOKENS} tokens; pieces of overlong sentences stay apart.
     */
    static AnalyzedText joinedAfterQuotedQuestions(String text, List<Token> tokens, List<Integer> starts,
                                                   List<Integer> pieces) {
        int sentences = starts.size() - 1;
        int[] renumber = new int[Math.max(sentences, 1)];
        List<Integer> newStarts = new ArrayList<>();
        List<Integer> newPieces = new ArrayList<>();
        boolean[] piece = new boolean[Math.max(sentences, 1)];
        for (int s : pieces) {
            piece[s] = true;
        }
        int current = -1;
        for (int s = 0; s < sentences; s++) {
            int from = starts.get(s);
            int to = starts.get(s + 1);
            boolean join = current >= 0 && from > 0 && from < to
                    && to - newStarts.get(current) <= LongSentenceSplitter.MAX_TOKENS
                    && !piece[s] && !piece[s - 1]
                    && (startsNoSentence(tokens.get(from).text()) || endsWithQuotedQuestion(tokens, starts.get(s - 1), from)
                    && Character.isLowerCase(tokens.get(from).text().codePointAt(0)))
                    && text.substring(tokens.get(from - 1).end(), tokens.get(from).begin()).indexOf('\n') < 0;
            if (!join) {
                current++;
                newStarts.add(from);
                if (piece[s]) {
                    newPieces.add(current);
                }
            }
            renumber[s] = current;
        }
        if (newStarts.size() == sentences) {
            return new AnalyzedText(text, tokens, starts, pieces);
        }
        newStarts.add(tokens.size());
        List<Token> renumbered = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            renumbered.add(new Token(t.index(), t.begin(), t.end(), t.text(), t.pos(), t.lemma(), t.ner(), renumber[t.sentence()]));
        }
        return new AnalyzedText(text, renumbered, newStarts, newPieces);
    }

    /**
     * Whether {@code word} closes a bracket or is a comma, semicolon or colon: no sentence starts with
     * it ("Gowdy (R-S.C.): …", split after "S.C."; "The ad, titled “Unifier?”, concludes").
     */
    private static boolean startsNoSentence(String word) {
        return word.equals(")") || word.equals("]") || word.equals("-RRB-") || word.equals("-RSB-")
                || word.equals(",") || word.equals(";") || word.equals(":");
    }

    /** Whether tokens {@code [from, to)} end with ? or ! and a closing quotation mark. */
    private static boolean endsWithQuotedQuestion(List<Token> tokens, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        String mark = tokens.get(to - 1).text();
        String stop = tokens.get(to - 2).text();
        return (mark.equals("”") || mark.equals("\"") || mark.equals("’") || mark.equals("'"))
                && (stop.equals("?") || stop.equals("!"));
    }
}
