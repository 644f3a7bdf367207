package dev.verbatim.attribute;

import dev.verbatim.Cue;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

/**
 * “Putin said:” or “Cruz tweeted a warning.” in the sentence just before the quote, when that
 * sentence has no quote of its own and stands in the quote's or the previous paragraph, and names
 * its speaker; or, with no cue, a short sentence of narration about one person that leads in to
 * the quote ("She pauses. “…”").
 */
final class IntroducingSentenceRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "introducing-sentence";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        int k = doc.firstTok[q] - 1;
        if (k < 0 || doc.quotedTok[k]) {
            return null;
        }
        int sentence = doc.sentenceOf(k);
        if (sentence == doc.sentenceOf(doc.firstTok[q])) {
            return null; // words before the quote in its own sentence: not an introduction
        }
        int lo = Math.max(doc.sentenceBegin(sentence), k - DocumentView.MAX_REACH);
        String gap = doc.text.substring(doc.token(lo).begin(), doc.quotes.get(q).openMark());
        if (gap.split("\n\\s*", -1).length > 2) {
            return null; // further back than the previous paragraph
        }
        for (int j = lo; j <= k; j++) {
            if (doc.quotedTok[j]) {
                return null;
            }
        }
        if (doc.token(k).text().equals("?")) {
            return null; // "Surely they had found their way into the book? / “Of course they did.”": the writer asks
        }
        boolean colon = doc.token(k).text().equals(":");
        for (int j = k - 1; j >= lo; j--) {
            if (!colon && openingQuestion(doc, lo, j)) {
                break; // "Asked what went wrong, he shrugged. “…”": the one asked answers; see leadIn
            }
            int len = doc.cues.cueAt(j, k + 1);
            if (len > 0 && !colon) {
                int outer = outerCue(doc, lo, j, k + 1);
                if (outer >= 0) {
                    j = outer; // "A witness told reporters that the men had shouted …. “…”": the witness's, not the men's
                    len = doc.cues.cueAt(j, k + 1);
                }
            }
            if (len > 0) {
                if (!colon && asksBefore(doc, lo, j)) {
                    return null; // "it seemed worth asking what it means. / “…”": the answer, not the question
                }
                Phrase p = doc.sources.subjectOf(j, len, false, lo, k + 1);
                if (p == null) {
                    return null;
                }
                Attribution a = new Attribution(doc.speakers.speakerOf(p, j), doc.cues.cue(j, len), colon ? 0.85 : 0.7, j, name());
                return a.hasKnownSpeaker() ? Decision.speech(a) : null;
            }
        }
        return leadIn(doc, lo, k);
    }

    /**
     * The first cue of a reporting verb in {@code [lo, j)} whose reported clause goes on to the cue at
     * {@code j}, so that {@code j} is part of what that earlier cue reports; -1 when there is none.
     */
    private static int outerCue(DocumentView doc, int lo, int j, int hi) {
        for (int m = lo; m < j; m++) {
            int len = doc.quotedTok[m] ? 0 : doc.clauses.cueAt(m, hi);
            if (len == 0) {
                continue;
            }
            int start = doc.clauses.complementStart(m, len, hi);
            if (start >= 0 && start < j && doc.clauses.contentEnd(start, hi) > j) {
                return m;
            }
        }
        return -1;
    }

    /** Longest sentence, in tokens, that {@link #leadIn} reads as a speaker's lead-in. */
    private static final int MAX_LEAD_IN = 16;

    /**
     * A short sentence of narration about a person, with no cue, that ends in a full stop right
     * before the quotation: "On why the book took so long, she is blunt. “…”", "She pauses. “…”",
     * "Asked about the ferry, she laughs. “…”": the person it is about speaks. Its subject must be a
     * personal pronoun or a person's name and the only person the sentence names, and no attribution
     * may stand before it in the paragraph; null otherwise.
     */
    private Decision leadIn(DocumentView doc, int lo, int k) {
        if (!doc.token(k).text().equals(".") || k - lo > MAX_LEAD_IN
                || doc.memory.inParagraph() != null && !openingQuestion(doc, lo, lo)) {
            return null; // after a quote in the paragraph ("…,’ he said. He shrugged. ‘…’") the quote goes on
        }
        int comma = -1;
        for (int j = lo; j < k; j++) {
            if (doc.token(j).text().equals(",")) {
                comma = j;
            }
        }
        Phrase subject = comma >= 0 ? doc.phrases.startingAt(comma + 1, k) : null; // "On why …, she is blunt."
        if (subject == null || subject.end() >= k || !doc.token(subject.end()).isVerb()) {
            subject = doc.sources.clauseSubject(k, lo);
        }
        if (subject == null || subject.kind() != SpeakerKind.PERSON && !definiteDescription(doc, subject)) {
            return null;
        }
        Token first = doc.token(subject.mentionStart());
        if (subject.pronoun() && !first.is("he") && !first.is("she")) {
            return null; // not "who", "they"
        }
        for (int j = subject.end(); j < k; j++) {
            if (doc.token(j).ner().equals("PERSON") || doc.token(j).isPronoun() && !doc.token(j).is("it")) {
                return null; // "He turned to Judge Ames.": the quotation may be the other person's
            }
        }
        Speaker speaker = doc.speakers.speakerOf(subject, subject.end());
        if (!(speaker instanceof Speaker.Known known) || definiteDescription(doc, subject) && known.kind() != SpeakerKind.PERSON) {
            return null; // "The crowd fell silent.": only a description of a person the article named
        }
        return Decision.speech(new Attribution(speaker, Cue.absent(), 0.6, -1, name()));
    }

    /**
     * Whether token {@code j} is the past participle of a verb of asking that opens the sentence at
     * {@code lo}: "Asked what went wrong, he shrugged.", whose subject is the one asked.
     */
    private static boolean openingQuestion(DocumentView doc, int lo, int j) {
        return j == lo && !doc.quotedTok[j] && doc.token(j).pos().equals("VBN") && doc.clauses.verbs().asks(doc.token(j).lemma());
    }

    /** Whether {@code p} is a description after "the" ("The 41-year-old engineer did not hesitate."). */
    private static boolean definiteDescription(DocumentView doc, Phrase p) {
        return p.kind() == SpeakerKind.DESCRIPTION && doc.token(p.mentionStart()).text().equalsIgnoreCase("the");
    }

    /**
     * Whether a verb of asking stands in {@code [lo, j]}: "asked whether the bees had found …"; not
     * a participle that opens the sentence ("Asked about the ferry, she laughs."), whose subject is
     * the one asked.
     */
    private static boolean asksBefore(DocumentView doc, int lo, int j) {
        for (int m = lo; m <= j; m++) {
            if (m == lo && doc.token(m).pos().equals("VBN")) {
                continue;
            }
            if (!doc.quotedTok[m] && doc.token(m).isVerb() && doc.clauses.verbs().asks(doc.token(m).lemma())) {
                return true;
            }
        }
        return false;
    }
}
