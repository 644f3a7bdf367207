package dev.verbatim.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The figures of {@code score.py} for one system run over a gold corpus, with the same definitions,
 * the same rounding (ratios to 4 decimals) and, from {@link #report()}, the same text.
 *
 * @param documents number of gold documents
 * @param documentsMissing gold documents the system produced no output for
 * @param direct direct-quote precision, recall and F1 over candidate segments; false positives
 *     include the {@code directUnanchored} quotes
 * @param directUnanchored system DIRECT quotes that cover no candidate segment
 * @param speaker speaker accuracy over gold-positive segments whose attribution has a source
 * @param allOverlap every gold attribution against every system quote, matched one-to-one by
 *     shared non-space characters
 * @param allTight matches of {@code allOverlap} whose trimmed spans have a Jaccard of at least 0.8
 * @param allJoint matches of {@code allOverlap} whose speaker mention overlaps the gold source (or
 *     that both lack one)
 * @param discrepancies the errors of the direct-quote view, by document then position
 */
public record Score(int documents, int documentsMissing, Prf direct, int directUnanchored, SpeakerAccuracy speaker,
                   Prf allOverlap, Prf allTight, Prf allJoint, List<Discrepancy> discrepancies) {

    public Score {
        discrepancies = List.copyOf(discrepancies);
    }

    /**
     * Precision, recall and F1 (each rounded to 4 decimals as Python's {@code round}) with their counts.
     *
     * @param p precision, 0 when nothing was predicted
     * @param r recall, 0 when there was nothing to find
     * @param f1 harmonic mean of the unrounded p and r
     * @param tp true positives
     * @param fp false positives
     * @param fn false negatives
     */
    public record Prf(double p, double r, double f1, int tp, int fp, int fn) {

        /** The figures for these counts, computed as {@code prf} of score.py. */
        public static Prf of(int tp, int fp, int fn) {
            double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
            double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
            return new Prf(round4(p), round4(r), round4(f), tp, fp, fn);
        }
    }

    /**
     * Speaker accuracy of the direct-quote view.
     *
     * @param accuracy right / total (misses count as wrong), rounded to 4 decimals
     * @param accuracyOnDetected right / detected, rounded to 4 decimals
     * @param right detected segments whose system speaker mention overlaps the gold source
     * @param detected segments of {@code total} that a system quote covers
     * @param total gold-positive segments whose attribution has a source
     */
    public record SpeakerAccuracy(double accuracy, double accuracyOnDetected, int right, int detected, int total) {

        /** The figures for these counts. */
        public static SpeakerAccuracy of(int right, int detected, int total) {
            return new SpeakerAccuracy(ratio(right, total), ratio(right, detected), right, detected, total);
        }
    }

    /** The lines score.py prints (without {@code --json}), each ending in a line break. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("documents ").append(documents).append(" (missing from system output: ")
                .append(documentsMissing).append(")\n");
        out.append("direct quotes   P ").append(format3(direct.p())).append("  R ").append(format3(direct.r()))
                .append("  F1 ").append(format3(direct.f1())).append("   (tp ").append(direct.tp())
                .append(" fp ").append(direct.fp()).append(" fn ").append(direct.fn())
                .append("; unanchored ").append(directUnanchored).append(")\n");
        out.append("speaker         accuracy ").append(format3(speaker.accuracy())).append(" end-to-end, ")
                .append(format3(speaker.accuracyOnDetected())).append(" on detected (").append(speaker.right())
                .append("/").append(speaker.total()).append(")\n");
        appendPrf(out, "all_overlap", allOverlap);
        appendPrf(out, "all_tight", allTight);
        appendPrf(out, "all_joint", allJoint);
        return out.toString();
    }

    private static void appendPrf(StringBuilder out, String label, Prf prf) {
        out.append(String.format("%-15s", label)).append(" P ").append(format3(prf.p()))
                .append("  R ").append(format3(prf.r())).append("  F1 ").append(format3(prf.f1())).append("\n");
    }

    /** {@code part / whole} rounded to 4 decimals, 0 when {@code whole} is 0. */
    static double ratio(int part, int whole) {
        return whole > 0 ? round4((double) part / whole) : 0.0;
    }

    /** Python's {@code round(x, 4)}: the exact binary value rounded half to even. */
    static double round4(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half to even. */
    static String format3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
