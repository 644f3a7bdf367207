package dev.verbatim.attribute;

/**
 * The speakers a quote without a cue may take over: the last attributed speaker of its own
 * paragraph, and that of the last earlier paragraph with one (forgotten after a paragraph with no
 * quote at all between them). {@link AttributionStage} updates it as it decides quoted spans in
 * order; the inheriting rules read it.
 */
final class ParagraphMemory {

    private Attribution lastInParagraph;
    private Attribution lastOfPrevious;
    private int paragraph = -1;

    /** Called before deciding a quote that starts in paragraph {@code p}. */
    void enter(int p) {
        if (p != paragraph) {
            if (lastInParagraph != null) {
                lastOfPrevious = lastInParagraph;
            } else if (p > paragraph + 1) {
                lastOfPrevious = null;
            }
            lastInParagraph = null;
            paragraph = p;
        }
    }

    /** Called with the decision on that quote. */
    void remember(Decision d) {
        if (d instanceof Decision.Speech s && s.attribution().hasKnownSpeaker()) {
            lastInParagraph = s.attribution();
        }
    }

    /** The last attributed speaker before this quote in its paragraph, or null. */
    Attribution inParagraph() {
        return lastInParagraph;
    }

    /** The last attributed speaker of an earlier paragraph, or null. */
    Attribution previousParagraph() {
        return lastOfPrevious;
    }
}
