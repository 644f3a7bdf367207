package dev.verbatim.attribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Settles the reports the rules proposed for one document, in one place: one report per cue (the
 * first rule's), contents widened to whole quotations, and only the outermost of nested reports
 * ("Officials said Trump told them that …" is the officials' report; PolNeAR annotates only the
 * outermost attribution). Linear in the number of content tokens.
 */
final class ReportSettlement {

    private ReportSettlement() {
    }

    /** The reports that stand, ordered by their cue. */
    static List<Report> settle(DocumentView doc, List<Report> proposed) {
        Set<Integer> cues = new HashSet<>();
        List<Report> candidates = new ArrayList<>();
        for (Report r : proposed) {
            if (cues.add(r.cue())) {
                candidates.add(wholeQuotes(doc, r));
            }
        }
        // outer reports have more content: accept the biggest first, then what neither nests in nor holds one
        candidates.sort(Comparator.comparingInt(Report::size).reversed().thenComparingInt(Report::cue));
        int n = doc.tokens.size();
        boolean[] inContent = new boolean[n];
        boolean[] acceptedCue = new boolean[n];
        List<Report> accepted = new ArrayList<>();
        for (Report r : candidates) {
            if (inContent[r.cue()] || touches(r, inContent, acceptedCue)) {
                continue;
            }
            accepted.add(r);
            acceptedCue[r.cue()] = true;
            for (Report.Range range : r.content()) {
                Arrays.fill(inContent, range.from(), range.to(), true);
            }
        }
        accepted.sort(Comparator.comparingInt(Report::cue));
        return accepted;
    }

    /** Whether the report's content shares a token with accepted content or holds an accepted cue. */
    private static boolean touches(Report r, boolean[] inContent, boolean[] acceptedCue) {
        for (Report.Range range : r.content()) {
            for (int k = range.from(); k < range.to(); k++) {
                if (inContent[k] || acceptedCue[k]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code k} is a straight double quotation mark, which the tokenizer may turn the wrong way. */
    private static boolean straightMark(DocumentView doc, int k) {
        var t = doc.token(k);
        return t.end() - t.begin() == 1 && doc.text.charAt(t.begin()) == '"';
    }

    /** The report with each content range widened to the whole of any quotation it cuts into. */
    private static Report wholeQuotes(DocumentView doc, Report r) {
        List<Report.Range> ranges = new ArrayList<>();
        for (Report.Range range : r.content()) {
            int from = range.from();
            int to = range.to();
            int qa = doc.quoteOfToken[from];
            if (qa >= 0 && from == doc.lastTok[qa] && from > doc.firstTok[qa] && from + 1 < to && straightMark(doc, from)) {
                from++; // only the closing mark of a quote before: the sentence split put it on the wrong side
            } else if (qa >= 0) {
                from = Math.min(from, doc.firstTok[qa]);
            }
            int qb = doc.quoteOfToken[to - 1];
            if (qb >= 0 && to - 1 == doc.firstTok[qb] && doc.lastTok[qb] > to - 1 && to - 1 > from && straightMark(doc, to - 1)) {
                // only the opening mark of the next sentence's quote ("… far and wide. "It's huge," he said"):
                // the content ends before it and its full stop, as any content does
                to = Math.max(from + 1, doc.clauses.trimEnd(from, to - 1));
            } else if (qb >= 0) {
                to = Math.max(to, doc.lastTok[qb] + 1);
            }
            if (!ranges.isEmpty() && ranges.get(ranges.size() - 1).to() >= from) {
                Report.Range last = ranges.remove(ranges.size() - 1);
                from = last.from();
                to = Math.max(to, last.to());
            }
            ranges.add(new Report.Range(from, to));
        }
        return new Report(ranges, r.cue(), r.cueLength(), r.source(), r.confidence(), r.rule());
    }
}
