package dev.verbatim.attribute;

/**
 * A quote that opens its paragraph without a cue takes the last speaker of the paragraphs before
 * (the interview or speech goes on), at most 0.6 sure.
 */
final class PreviousParagraphSpeakerRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "inherited-from-paragraph";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        Attribution before = doc.memory.previousParagraph();
        return before != null && doc.startsParagraph(q) ? Decision.speech(before.inherited(0.6, name())) : null;
    }
}
