package dev.verbatim.attribute;

import dev.verbatim.detect.QuotedSpan;

/** Not speech: a stage direction in parentheses or brackets, “(CROSSTALK.)”. */
final class StageDirectionRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "stage-direction";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        QuotedSpan s = doc.quotes.get(q);
        String t = s.extent().textOf(doc.text).strip();
        boolean direction = s.pieces().size() == 1 && t.length() > 2 && (t.charAt(0) == '(' || t.charAt(0) == '[')
                && (t.endsWith(")") || t.endsWith(").") || t.endsWith("]") || t.endsWith("]."));
        return direction ? Decision.notSpeech(name()) : null;
    }
}
