package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech with a passive cue: "Talks are expected to start on Thursday" (the raised subject
 * and the infinitive are the content, no source), "It is said that …", "He was asked whether …",
 * "Asked about the offer, Putin said …" (the question is the content), "… was criticized by the
 * Kremlin for …" (the source follows "by").
 */
final class PassiveCueRule implements ReportedSpeechRule {

    @Override
    public String name() {
        return "passive-cue";
    }

    @Override
    public void propose(DocumentView doc, int sentence, List<Report> out) {
        ReportedClauses clauses = doc.clauses;
        int begin = doc.sentenceBegin(sentence);
        int end = doc.sentenceEnd(sentence);
        for (int c = begin; c < end; c++) {
            Token t = doc.token(c);
            if (doc.quotedTok[c] || !t.pos().equals("VBN") || !clauses.verbs().isVerb(t.lemma()) || clauses.cueAt(c, end) == 0) {
                continue;
            }
            boolean initial = c == begin || c == begin + 1 && doc.token(begin).pos().equals("CC");
            if (!initial && !ReportedClauseRule.passive(doc, c) && !reducedRaising(doc, c)) {
                continue;
            }
            int k = c + 1;
            while (k < end && !doc.quotedTok[k] && doc.token(k).pos().startsWith("RB")) {
                k++;
            }
            if (initial && invertedSubject(doc, k, end)) {
                continue; // "Stated Stone: “…”": the speaker after an inverted cue, for the quote rules
            }
            Phrase source = null;
            if (k + 1 < end && !doc.quotedTok[k] && doc.token(k).is("by")) {
                source = doc.phrases.startingAt(k + 1, end);
                if (source != null) {
                    k = source.end();
                }
            }
            if (k >= end || doc.quotedTok[k] && !initial || !doc.quotedTok[k] && doc.token(k).isFiniteVerb()) {
                continue; // "Hale’s claim that was rejected by the court is back": the sentence's own verb, no content
            }
            if (!initial && t.lemma().equals("quote") && quotedAsSaying(doc, k, end)) {
                // "Beck was quoted by the Daily as saying that …": Beck speaks; the paper only carried it
                int start = clauses.complementStart(k + 1, 1, end);
                Phrase speaker = doc.sources.left(c, Math.max(begin, c - DocumentView.MAX_REACH));
                if (start >= 0 && !doc.quotedTok[start]) {
                    int to = clauses.trimEnd(start, clauses.contentEnd(start, end));
                    if (to > start && clauses.hasWord(start, to)) {
                        out.add(new Report(List.of(new Report.Range(start, to)), k + 1, 1, speaker,
                                speaker == null ? 0.6 : 0.75, name()));
                    }
                }
                continue; // "… as saying: “…”": the quotation, for the quote rules
            }
            if (!initial && doc.token(k).text().equals(",")) {
                continue; // "after the winner was declared, told her supporters …", "Asked whether cuts were being
                          // considered, Fairweather said …": what comes after the comma is not what was declared or considered
            }
            int to = initial ? untilComma(doc, k, end) : clauses.contentEnd(k, end);
            Phrase agent = source != null || initial ? null : doc.sources.passiveAgent(c, 1, begin, end);
            if (agent != null && agent.start() - 1 > k && agent.start() - 1 < to) {
                source = agent; // "has been labeled a “witch hunt” by Democrats": the agent speaks, after the content
                to = agent.start() - 1;
            }
            int opening = ReportedClauseRule.openingClauseEnd(doc, begin, end);
            if (!initial && c < opening) {
                to = Math.min(to, opening); // "When Trump was questioned about it, his response …": the question only
            }
            to = clauses.trimEnd(k, to);
            if (to <= k || !clauses.hasWord(k, to) || clauses.onlyAdjuncts(k, to)) {
                continue;
            }
            List<Report.Range> content = new ArrayList<>();
            if (!initial && doc.token(k).is("to")) {
                Phrase raised = doc.sources.left(c, Math.max(begin, c - DocumentView.MAX_REACH));
                if (raised != null && !raised.pronoun() && raised.end() <= c) {
                    content.add(new Report.Range(raised.start(), raised.end()));
                }
            }
            content.add(new Report.Range(k, to));
            out.add(new Report(content, c, 1, source, source == null ? 0.6 : 0.75, name()));
        }
    }

    /**
     * Whether the participle at {@code c} follows a common noun and takes "to" and a verb: "a fee
     * believed to be around £18m", "a man said to be the leader" (the noun is raised, no source).
     */
    static boolean reducedRaising(DocumentView doc, int c) {
        int end = doc.sentenceEnd(doc.token(c).sentence());
        return doc.token(c).pos().equals("VBN") && c > 0 && c + 2 < end && !doc.quotedTok[c - 1] && !doc.quotedTok[c + 1]
                && (doc.token(c - 1).pos().equals("NN") || doc.token(c - 1).pos().equals("NNS"))
                && doc.token(c + 1).is("to") && doc.token(c + 2).pos().equals("VB");
    }

    /** Whether "as" and a participle of speech start at {@code k}: "(was quoted) as saying", "as telling". */
    private static boolean quotedAsSaying(DocumentView doc, int k, int end) {
        return k + 1 < end && !doc.quotedTok[k] && doc.token(k).is("as") && !doc.quotedTok[k + 1]
                && doc.token(k + 1).pos().equals("VBG") && doc.clauses.cueAt(k + 1, end) > 0;
    }

    /** Whether a name and a colon or comma start at {@code k}, a quotation after them: "(Stated) Stone: “…”", also in the next paragraph. */
    private static boolean invertedSubject(DocumentView doc, int k, int end) {
        Phrase p = k < end && !doc.quotedTok[k] ? doc.phrases.startingAt(k, end) : null;
        boolean named = p != null && (p.kind() != SpeakerKind.DESCRIPTION
                || Character.isUpperCase(doc.token(k).text().codePointAt(0))); // "Stated Stone/NN:"
        if (!named || p.pronoun() || p.end() >= end) {
            return false;
        }
        String w = doc.token(p.end()).text();
        int next = p.end() + 1; // the quotation may open the next paragraph
        return (w.equals(":") || w.equals(",")) && next < doc.tokens.size() && doc.quotedTok[next];
    }

    /**
     * The comma that ends an introductory "Asked about the offer," (or the sentence's end), also
     * when it stands inside the marks of a title that ends the question ("… on “CBS This Morning,”").
     */
    private static int untilComma(DocumentView doc, int from, int end) {
        int comma = doc.nextComma(from, end);
        for (int k = from; k < comma; k++) {
            if (doc.quotedTok[k] && TrailingCue.commaInside(doc, k)) {
                return k + 1;
            }
        }
        return comma;
    }
}
