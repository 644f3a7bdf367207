package dev.verbatim.attribute;

import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.detect.QuotedSpan;

import java.util.ArrayList;
import java.util.List;

/** Builds the {@link Quote} records of a document from the decisions on its quoted spans. */
final class QuoteAssembler {

    private QuoteAssembler() {
    }

    /** The direct quotes: each span decided to be speech, a quote split around its attribution joined into one. */
    static List<Quote> assemble(DocumentView doc) {
        List<Quote> out = new ArrayList<>();
        int n = doc.quotes.size();
        for (int i = 0; i < n; i++) {
            if (!(doc.decisions[i] instanceof Decision.Speech speech)) {
                continue;
            }
            QuotedSpan first = doc.quotes.get(i);
            List<Span> spans = new ArrayList<>(first.pieces());
            Attribution found = speech.attribution();
            while (i + 1 < n && splitContinues(doc, i, i + 1, spans)) {
                Attribution next = ((Decision.Speech) doc.decisions[i + 1]).attribution();
                spans.addAll(doc.quotes.get(i + 1).pieces());
                if (!found.hasKnownSpeaker() && next.hasKnownSpeaker()) {
                    found = next;
                }
                i++;
            }
            out.add(quote(doc, QuoteType.DIRECT, spans, found, first.paragraph()));
        }
        return out;
    }

    /** The quote record for {@code spans} attributed as {@code found}. */
    static Quote quote(DocumentView doc, QuoteType type, List<Span> spans, Attribution found, int paragraph) {
        StringBuilder sb = new StringBuilder();
        for (Span sp : spans) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(sp.textOf(doc.text));
        }
        return new Quote(type, sb.toString(), spans, found.speaker(), found.cue(), round(found.confidence()), paragraph,
                found.rule());
    }

    /** “We are set,” he said, “on talks.”: the second part goes on the first's sentence. */
    private static boolean splitContinues(DocumentView doc, int a, int b, List<Span> spans) {
        if (!(doc.decisions[b] instanceof Decision.Speech sb)) {
            return false;
        }
        Attribution fa = ((Decision.Speech) doc.decisions[a]).attribution();
        QuotedSpan qa = doc.quotes.get(a);
        QuotedSpan qb = doc.quotes.get(b);
        if (qa.paragraph() != qb.paragraph() || qa.closeMark() < 0) {
            return false;
        }
        String firstText = spans.get(spans.size() - 1).textOf(doc.text);
        char end = firstText.charAt(firstText.length() - 1);
        String second = qb.pieces().get(0).textOf(doc.text);
        if (end == '.' || end == '!' || end == '?' || !Character.isLowerCase(second.codePointAt(0))) {
            return false;
        }
        String between = doc.text.substring(qa.closeMark() + 1, qb.openMark());
        if (between.length() > 120 || between.indexOf('\n') >= 0) {
            return false;
        }
        String bt = between.strip();
        return (bt.endsWith(",") || bt.endsWith(":") || bt.endsWith("—"))
                && (fa.cueToken() >= 0 || sb.attribution().cueToken() >= 0);
    }

    private static double round(double c) {
        return Math.max(0, Math.min(1, Math.round(c * 100) / 100.0));
    }
}
