package dev.verbatim.attribute;

/**
 * Kremlin spokesman Dmitry Peskov remarked, “…” / He …, stating, “…” / Clinton says … what she
 * calls a “war”: the cue before the quote in its sentence (the outermost, when several) owns it.
 */
final class CueBeforeQuoteRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "cue-before-quote";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        SentenceCues cues = doc.sentenceCues(q);
        return cues == null || cues.useAfter() ? null : Decision.speech(cues.attribution(doc, name()));
    }
}
