package dev.verbatim.attribute;

import dev.verbatim.detect.QuoteDetector;

/**
 * Not returned as speech: a quote in two apostrophes (''Like this,'' he said), unless the extractor
 * was built to return them. Its words still count as quoted: no reported speech is looked for
 * inside it, and in a paraphrase it is a quoted fragment.
 */
final class DoubledApostropheRule implements QuotedSpanRule {

    private final boolean returned;

    DoubledApostropheRule(boolean returned) {
        this.returned = returned;
    }

    @Override
    public String name() {
        return "doubled-apostrophes";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        return !returned && doc.quotes.get(q).markStyle() == QuoteDetector.DOUBLED_APOSTROPHE ? Decision.notSpeech(name()) : null;
    }
}
