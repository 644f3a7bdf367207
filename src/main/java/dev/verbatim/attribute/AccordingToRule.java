package dev.verbatim.attribute;

import java.util.List;

/**
 * "According to the Kremlin, talks will start on Thursday." and "Talks will start on Thursday,
 * according to the Kremlin." The source is the phrase after "according to"; the content is the
 * rest of the sentence on the other side of it.
 */
final class AccordingToRule implements ReportedSpeechRule {

    /** How far after the source the comma that ends it may stand. */
    private static final int MAX_SOURCE = 20;

    @Override
    public String name() {
        return "according-to";
    }

    @Override
    public void propose(DocumentView doc, int sentence, List<Report> out) {
        ReportedClauses clauses = doc.clauses;
        int begin = doc.sentenceBegin(sentence);
        int end = doc.sentenceEnd(sentence);
        for (int k = begin; k < end; k++) {
            if (doc.quotedTok[k] || !doc.token(k).is("according") && !doc.token(k).is("in")) {
                continue;
            }
            int len = doc.cues.lexicon().phraseAt(doc.tokens, k, end);
            if (len == 0) {
                continue;
            }
            Phrase source = doc.phrases.startingAt(k + len, end);
            int before = clauses.trimEnd(begin, k);
            int beforeFrom = clauses.trimStart(begin, before);
            if (beforeFrom < before && clauses.hasWord(beforeFrom, before) && !leadIn(doc, beforeFrom, before)
                    && !opensClause(doc, before - 1)) {
                // "…, according to the Kremlin."
                out.add(new Report(List.of(new Report.Range(beforeFrom, before)), k, len, source, 0.85, name()));
                continue;
            }
            // "According to the Kremlin, …": the content starts after the comma that closes the source
            int from = source == null ? k + len : source.end();
            while (from < end && from < k + len + MAX_SOURCE && !doc.quotedTok[from] && !doc.token(from).text().equals(",")) {
                from++;
            }
            if (from >= end || doc.quotedTok[from] || !doc.token(from).text().equals(",")) {
                continue;
            }
            from++;
            int to = clauses.trimEnd(from, clauses.contentEnd(from, end));
            if (to > from && clauses.hasWord(from, to)) {
                out.add(new Report(List.of(new Report.Range(from, to)), k, len, source, 0.85, name()));
            }
        }
    }

    /**
     * Whether token {@code k}, right before ", according to", opens the clause the source is about
     * ("…, because, according to Trump, the media would …"; "… said that, according to …"): the content follows.
     */
    private static boolean opensClause(DocumentView doc, int k) {
        var t = doc.token(k);
        return !doc.quotedTok[k] && (t.is("that") || t.pos().equals("CC")
                || ReportedClauseRule.subordinator(t));
    }

    /** Whether tokens {@code [from, to)} only lead in to the sentence ("But", "And yet"). */
    private static boolean leadIn(DocumentView doc, int from, int to) {
        for (int k = from; k < to; k++) {
            String pos = doc.token(k).pos();
            if (!pos.equals("CC") && !pos.startsWith("RB") && !doc.token(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }
}
