package dev.verbatim.attribute;

/**
 * “Putin said:” or “Cruz tweeted a warning.” in the sentence just before the quote, when that
 * sentence has no quote of its own and stands in the quote's or the previous paragraph, and names
 * its speaker.
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
            int len = doc.cues.cueAt(j, k + 1);
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
        return null;
    }

    /** Whether a verb of asking stands in {@code [lo, j]}: "asked whether the bees had found …". */
    private static boolean asksBefore(DocumentView doc, int lo, int j) {
        for (int m = lo; m <= j; m++) {
            if (!doc.quotedTok[m] && doc.token(m).isVerb() && doc.clauses.verbs().asks(doc.token(m).lemma())) {
                return true;
            }
        }
        return false;
    }
}
