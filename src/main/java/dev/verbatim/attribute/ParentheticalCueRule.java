package dev.verbatim.attribute;

import java.util.List;

/**
 * Reported speech split by its cue: "Now, he said, the choice has shifted to Ukraine." The content
 * is the sentence without ", he said,": one report with two ranges.
 */
final class ParentheticalCueRule implements ReportedSpeechRule {

    @Override
    public String name() {
        return "parenthetical-cue";
    }

    /**
     * ", adding that …", ", according to …", ", although she admits that …": another attribution
     * starts after the parenthetical. A finite verb continues the interrupted clause instead ("CNN,
     * Cruz said, called it …"), and a clause with a subject and cue of its own is the content,
     * holding an attribution of its own ("Six months ago, the mayor said, the council considered him …").
     */
    private static boolean newAttribution(DocumentView doc, int k, int end) {
        if (doc.cues.lexicon().phraseAt(doc.tokens, k, end) > 0) {
            return true;
        }
        return doc.token(k).pos().equals("VBG") && doc.clauses.cueAt(k, end) > 0 || doc.clauses.secondAttributionAt(k, end);
    }

    /**
     * The comma that closes the parenthetical after the person addressed and a time or place
     * ("And, Kasich tells the crowd in Ohio, he has been …") when a subject and a finite verb follow
     * it, or {@code k}.
     */
    private static int overRecipientAndAdjuncts(DocumentView doc, int c, int k, int end) {
        if (k >= end || doc.quotedTok[k] || doc.token(k).text().equals(",")) {
            return k;
        }
        int from = doc.clauses.afterRecipient(c, k, end);
        int comma = doc.nextComma(from, end);
        // a clause of its own after the comma; not "Trump called Clinton, his rival, an ISIS “co-founder”"
        return comma < end && doc.clauses.onlyAdjuncts(from, comma) && doc.clauses.clauseStartsAt(comma + 1, end) ? comma : k;
    }

    /** Whether tokens {@code [from, to)} are only a conjunction that links the sentence to the one before ("And", "But", "So"). */
    private static boolean conjunctionOnly(DocumentView doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!doc.token(k).pos().equals("CC") && !doc.token(k).is("so")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void propose(DocumentView doc, int sentence, List<Report> out) {
        ReportedClauses clauses = doc.clauses;
        int begin = doc.sentenceBegin(sentence);
        int end = doc.sentenceEnd(sentence);
        for (int c = begin + 2; c < end; c++) {
            TrailingCue cue = TrailingCue.at(doc, c, begin, end);
            if (cue == null) {
                continue;
            }
            int k = cue.tail();
            while (k < end && !doc.quotedTok[k] && doc.token(k).pos().startsWith("RB")) {
                k++;
            }
            k = overRecipientAndAdjuncts(doc, c, k, end);
            if (k + 1 >= end || doc.quotedTok[k] || !doc.token(k).text().equals(",") || clauses.onlyAdjuncts(k + 1, end)
                    || newAttribution(doc, k + 1, end)) {
                continue;
            }
            int rightFrom = k + 1;
            if (doc.quotedTok[rightFrom]) {
                continue; // "Peskov remarked, “…”": the quote's cue, for the quote rules
            }
            if (clauses.mannerParticipleAt(rightFrom, end)) {
                continue; // "…, Beck joked, again using an accent, “…”": how the cue was said, no content
            }
            int rightTo = clauses.trimEnd(rightFrom, clauses.contentEnd(rightFrom, end));
            int leftTo = clauses.trimEnd(begin, cue.comma());
            int leftFrom = clauses.trimStart(begin, leftTo);
            if (leftFrom < leftTo && CueAfterContentRule.allQuoted(doc, leftFrom, leftTo)) {
                continue; // “…,” Quinlan said, sitting on a bucket: the quote's cue, for the quote rules
            }
            if (rightTo <= rightFrom || !clauses.hasWord(rightFrom, rightTo)) {
                continue;
            }
            List<Report.Range> content = leftFrom < leftTo && clauses.hasWord(leftFrom, leftTo) && !conjunctionOnly(doc, leftFrom, leftTo)
                    ? List.of(new Report.Range(leftFrom, leftTo), new Report.Range(rightFrom, rightTo))
                    : List.of(new Report.Range(rightFrom, rightTo));
            out.add(new Report(content, c, cue.length(), cue.source(), 0.8, name()));
        }
    }
}
