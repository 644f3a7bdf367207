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

    /** The report with each content range widened to the whole of any quotation it cuts into. */
    private static Report wholeQuotes(DocumentView doc, Report r) {
        List<Report.Range> ranges = new ArrayList<>();
        for (Report.Range range : r.content()) {
            int from = range.from();
            int to = range.to();
            int qa = doc.quoteOfToken[from];
            if (qa >= 0) {
                from = Math.min(from, doc.firstTok[qa]);
            }
            int qb = doc.quoteOfToken[to - 1];
            if (qb >= 0) {
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
