package dev.verbatim.attribute;

import dev.verbatim.Cue;
import dev.verbatim.Mention;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import dev.verbatim.detect.QuotedSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quoted transcript turn, “PENCE: Well, look …”: the capitalised label speaks, its colon is the cue. */
final class TranscriptLabelRule implements QuotedSpanRule {

    /** "PENCE:" or "SEN. WARREN:" opening a quoted transcript turn. */
    static final Pattern LABEL = Pattern.compile("((?:[A-Z][A-Z'’\\-]+\\.? ){0,2}[A-Z][A-Z'’\\-]+):\\s");

    @Override
    public String name() {
        return "transcript-label";
    }

    /**
     * A quote continued over paragraphs is one speaker's, unless a paragraph opens with a new
     * transcript label ("WALLACE: …", then "PENCE: …"): each labelled turn is its own quoted span.
     */
    static List<QuotedSpan> splitTurns(String text, List<QuotedSpan> quoted) {
        List<QuotedSpan> out = new ArrayList<>();
        for (QuotedSpan q : quoted) {
            int from = 0;
            List<Span> pieces = q.pieces();
            for (int i = 1; i <= pieces.size(); i++) {
                boolean cut = i == pieces.size()
                        || LABEL.matcher(text).region(pieces.get(i).begin(), pieces.get(i).end()).lookingAt();
                if (cut) {
                    boolean last = i == pieces.size();
                    int open = from == 0 ? q.openMark() : pieces.get(from).begin() - 1;
                    out.add(new QuotedSpan(pieces.subList(from, i), open, last ? q.closeMark() : -1, q.depth(),
                            q.paragraph() + from, q.markStyle()));
                    from = i;
                }
            }
        }
        return out;
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        Span first = doc.quotes.get(q).pieces().get(0);
        Matcher m = LABEL.matcher(doc.text).region(first.begin(), first.end());
        if (!m.lookingAt()) {
            return null;
        }
        Span label = new Span(m.start(1), m.end(1));
        Span colon = new Span(m.end(1), m.end(1) + 1);
        String word = label.textOf(doc.text);
        String[] parts = word.split("[\\s.]+");
        EntityModel.Entity e = doc.resolver.byName(parts[parts.length - 1]);
        if (e == null) {
            e = doc.resolver.named(SpeakerKind.PERSON, capitalized(word));
        }
        Speaker speaker = new Speaker.Known(new Mention(label, word), e.canonical(), SpeakerKind.PERSON, Optional.empty(),
                e.id, dev.verbatim.Gender.UNKNOWN);
        return Decision.speech(new Attribution(speaker, new Cue.Present(colon, ":", ":"), 0.9, -1, name()));
    }

    private static String capitalized(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char ch : upper.toCharArray()) {
            sb.append(start ? ch : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return sb.toString();
    }
}
