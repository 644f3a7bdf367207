package dev.verbatim.attribute;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "According to the Kremlin, talks will start on Thursday." and "Talks will start on Thursday,
 * according to the Kremlin." The source is the phrase after "according to" (or the owner in "in
 * Bolton's view", "in his words"); the content is the rest of the sentence on the other side of it.
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
            Phrase source = len > 0 ? doc.phrases.startingAt(k + len, end) : null;
            int noun = len > 0 ? -1 : possessiveView(doc, k, end);
            if (noun > 0) {
                // "in Bolton's view", "in Forbes' words", "in his words": the owner is the source
                len = noun + 1 - k;
                source = doc.token(k + 1).pos().equals("PRP$") ? Phrase.pronoun(k + 1) : doc.phrases.endingAt(noun - 2, k + 1);
            }
            if (len == 0 || source == null && noun > 0) {
                continue;
            }
            int before = clauses.trimEnd(begin, k);
            int beforeFrom = clauses.trimStart(begin, before);
            boolean contentBefore = beforeFrom < before && clauses.hasWord(beforeFrom, before) && !leadIn(doc, beforeFrom, before)
                    && !opensClause(doc, before - 1);
            if (noun > 0 && contentBefore && !clauses.onlyAdjuncts(noun + 1, end)) {
                continue; // "for, in his view, dropping …": inside a clause, no attribution of it
            }
            if (contentBefore) {
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

    /** Nouns of what someone thinks or says that "in X's …" attributes by: "in Bolton's view", "in his words". */
    private static final Set<String> VIEW_NOUNS = Set.of("view", "views", "words", "opinion",
            "estimation", "assessment", "judgment", "judgement", "telling", "account", "reckoning");

    /**
     * The token of the noun in "in X's view" or "in his words" at token {@code k} ("in"), followed by a
     * comma or the sentence's end, or -1.
     */
    private static int possessiveView(DocumentView doc, int k, int end) {
        if (!doc.token(k).is("in") || k + 2 >= end) {
            return -1;
        }
        int noun;
        if (doc.token(k + 1).pos().equals("PRP$") && !doc.token(k + 1).is("its")) {
            noun = k + 2;
        } else {
            int pos = k + 1;
            while (pos < end && pos < k + 7 && !doc.quotedTok[pos] && (doc.token(pos).isProperNoun() || doc.token(pos).isNoun()
                    || doc.token(pos).pos().equals("DT") || doc.token(pos).pos().startsWith("JJ"))) {
                pos++;
            }
            if (pos == k + 1 || pos >= end || doc.quotedTok[pos] || !possessiveMark(doc, pos)) {
                return -1;
            }
            noun = pos + 1;
        }
        if (noun >= end || doc.quotedTok[noun] || !VIEW_NOUNS.contains(doc.token(noun).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int after = noun + 1;
        return after >= end || !doc.quotedTok[after] && doc.token(after).isPunctuation() ? noun : -1;
    }

    /** Whether token {@code k} is a possessive ending, also a bare apostrophe after an s that the tagger took for a quotation mark ("Forbes’"). */
    private static boolean possessiveMark(DocumentView doc, int k) {
        String w = doc.token(k).text();
        return doc.token(k).pos().equals("POS") || (w.equals("’") || w.equals("'")) && doc.token(k - 1).text().endsWith("s")
                && doc.token(k - 1).end() == doc.token(k).begin();
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
