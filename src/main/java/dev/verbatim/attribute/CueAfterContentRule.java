package dev.verbatim.attribute;

import java.util.List;

/**
 * Reported speech before its cue: "Talks could start on Thursday, Putin said." and "…, said
 * Putin." The content is the sentence up to the comma before the source; nothing but a time or
 * place follows the cue. "Now, he said, the choice has shifted" is {@link ParentheticalCueRule}'s.
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
            if (cue == null || !doc.clauses.onlyAdjuncts(cue.tail(), end)) {
                continue;
            }
            int to = doc.clauses.trimEnd(begin, cue.comma());
            int from = doc.clauses.trimStart(begin, to);
            if (from < to && doc.clauses.hasWord(from, to) && !allQuoted(doc, from, to)) {
                out.add(new Report(List.of(new Report.Range(from, to)), c, cue.length(), cue.source(), 0.8, name()));
            }
        }
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
