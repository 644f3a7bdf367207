package dev.verbatim.attribute;

/** A quote without a cue takes the speaker of the quote before it in its paragraph, at most 0.8 sure. */
final class SameParagraphSpeakerRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "inherited-in-paragraph";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        Attribution before = doc.memory.inParagraph();
        return before == null ? null : Decision.speech(before.inherited(0.8, name()));
    }
}
