package dev.verbatim.attribute;

/** The last resort: speech with no speaker and no cue, half sure. */
final class UnattributedRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "no-attribution";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        return Decision.speech(Attribution.unattributed(0.5, name()));
    }
}
