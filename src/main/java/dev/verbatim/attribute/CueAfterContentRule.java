package dev.verbatim.attribute;

import java.util.List;

/**
 * Reported speech before its cue: "Talks could start on Thursday, Putin said." and "…, said
 * Putin." The content is the sentence up to the comma before the source; nothing but a time or
 * place follows the cue, up to the sentence's end, another attribution (", adding that …") or a
 * participle phrase (", wiping sweat off his face"). "Now, he said, the choice has shifted" is {@link ParentheticalCueRule}'s.
 */
final class CueAfterContentRule implements ReportedSpeechRule {

    @Override
    public String name() {
        return "cue-after-content";
    }

    @Override
    public void propose(DocumentView doc, int sentence, List<Report> out) {
        int begin = doc.sentenceBegin(sentence);
        int end = doc.sentenceEnd(sentence);
        for (int c = begin + 2; c < end; c++) {
            TrailingCue cue = TrailingCue.at(doc, c, begin, end);
            if (cue == null) {
                continue;
            }
            int stop = nextAttribution(doc, cue.tail(), end);
            if (!doc.clauses.onlyAdjuncts(cue.tail(), stop)) {
                continue;
            }
            int to = doc.clauses.trimEnd(begin, cue.comma());
            int from = doc.clauses.trimStart(begin, to);
            if (stop < end && (doc.phrases.relativePronoun(cue.source()) || doc.nextFiniteVerb(from, to) >= to
                    || subordinateOnly(doc, from, to))) {
                // before ", adding …" only a main clause: not "In 2016, Schlafly wrote, adding …", "Reid, who …,
                // said, adding", "On Tuesday, even as shares fell, Ackman said, adding …"
                continue;
            }
            if (from < to && !doc.quotedTok[from] && doc.token(from).pos().equals("IN") && !doc.token(from).is("that")
                    && doc.nextFiniteVerb(from, to) >= to && !quoteBetween(doc, from, to)) {
                continue; // "On Twitter, Ortega fired back.": a prepositional phrase alone is where, not what
            }
            if (doc.phrases.relativePronoun(cue.source()) && cueBetween(doc, from, to)) {
                continue; // "“…,” said Chairwoman Janet Eagle, who testified in the case.": the relative clause is hers
            }
            if (from < to && doc.clauses.hasWord(from, to) && !allQuoted(doc, from, to)) {
                out.add(new Report(List.of(new Report.Range(from, to)), c, cue.length(), cue.source(), 0.8, name()));
            }
        }
    }

    /** Whether a quoted token stands in tokens {@code [from, to)}. */
    private static boolean quoteBetween(DocumentView doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.quotedTok[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue verb stands outside quotation marks in tokens {@code [from, to)}. */
    private static boolean cueBetween(DocumentView doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!doc.quotedTok[k] && doc.token(k).isVerb() && doc.cues.cueAt(k, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens {@code [from, to)} open with a subordinate clause, after a conjunction or
     * adverb or an opening phrase and its comma at most, and hold no comma after it: the clause
     * alone, without the main clause it belongs to.
     */
    private static boolean subordinateOnly(DocumentView doc, int from, int to) {
        int k = from;
        int comma = doc.nextComma(from, to);
        if (comma < to && doc.nextFiniteVerb(from, comma) >= comma) {
            k = comma + 1; // "On Tuesday, even as …"
        }
        while (k < to && !doc.quotedTok[k] && (doc.token(k).pos().equals("CC") || doc.token(k).pos().startsWith("RB"))
                && !ReportedClauseRule.subordinator(doc.token(k))) {
            k++;
        }
        if (k >= to || doc.quotedTok[k] || !ReportedClauseRule.subordinator(doc.token(k))) {
            return false;
        }
        int next = doc.nextComma(k, to);
        // "When someone shouted, “Cruz,”": the quotation after the comma is the clause's own
        return next >= to || allQuoted(doc, next + 1, to);
    }

    /**
     * The comma from {@code from} on that another attribution (", adding that …"), a participle
     * phrase (", wiping sweat off his face") or a subordinate clause (", as growth slowed") follows,
     * else {@code end}.
     */
    private static int nextAttribution(DocumentView doc, int from, int end) {
        for (int k = doc.nextComma(from, end); k < end; k = doc.nextComma(k + 1, end)) {
            if (doc.clauses.attributionStartsAfterComma(k + 1, end) || doc.clauses.mannerParticipleAt(k + 1, end)) {
                return k; // also how it was said: "…, he said, wiping sweat off his face"
            }
            if (k + 1 < end && !doc.quotedTok[k + 1] && ReportedClauseRule.subordinator(doc.token(k + 1))) {
                return k; // the reporter's clause after it: "…, the company said on Tuesday, as growth slowed"
            }
        }
        return end;
    }

    /** Whether every word of tokens {@code [from, to)} is inside quotation marks (a direct quote's). */
    static boolean allQuoted(DocumentView doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!doc.quotedTok[k] && !doc.token(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }
}
