package dev.verbatim.attribute;

/**
 * One way of deciding a quoted span: that it is not speech (a title), or who said it and by what
 * cue. {@link AttributionStage} asks its rules in order, for one quoted span after the other, and
 * the first rule that decides wins. Implementations are stateless and thread-safe; what they need
 * of the document, including the decisions on earlier spans, is in the {@link DocumentView}.
 */
interface QuotedSpanRule {

    /** The rule's short, stable name, as it appears in {@link dev.verbatim.Quote#rule()}. */
    String name();

    /** The decision on quoted span {@code q} of {@code doc}, or null when the rule does not apply. */
    Decision decide(DocumentView doc, int q);
}
