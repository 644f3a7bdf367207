package dev.verbatim.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of gold items to system quotes as {@code score.py} does it: candidate pairs in
 * descending order of (overlap, gold index, quote index), like Python's {@code pairs.sort(reverse=True)},
 * each taken unless its gold item or quote is already matched.
 */
final class GreedyMatching {

    private static final Comparator<Pair> ORDER = Comparator.comparingInt(Pair::overlap)
            .thenComparingInt(Pair::gold)
            .thenComparingInt(Pair::quote)
            .reversed();

    private GreedyMatching() {
    }

    /** A gold item, a system quote and how many characters they share. */
    record Pair(int gold, int quote, int overlap) {
    }

    /** The pairs taken, in the order they were taken. */
    static List<Pair> oneToOne(List<Pair> candidates) {
        BitSet goldTaken = new BitSet();
        BitSet quoteTaken = new BitSet();
        List<Pair> out = new ArrayList<>();
        for (Pair pair : candidates.stream().sorted(ORDER).toList()) {
            if (!goldTaken.get(pair.gold()) && !quoteTaken.get(pair.quote())) {
                goldTaken.set(pair.gold());
                quoteTaken.set(pair.quote());
                out.add(pair);
            }
        }
        return out;
    }
}
