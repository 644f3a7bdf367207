package dev.verbatim.eval;

import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scores system quotes against gold attributions exactly as the reference scorer
 * {@code shared/eval/score.py} does, on {@link Quote} records instead of JSON lines.
 *
 * <p>Three views (see {@link Score}): <b>direct</b>, over every paired “…” / "…" segment of the
 * text and every paragraph a continued quote leaves open; a segment is gold-positive when at least
 * half of its non-space characters lie in some attribution's content, predicted when one system
 * quote covers at least half of them. <b>speaker</b>, over gold-positive segments whose
 * attribution has a source: right when the covering system quote's speaker mention overlaps that
 * source. <b>all</b>, every gold attribution against every system quote, matched one-to-one
 * greedily by shared non-space characters. Characters are counted in code points, as Python does,
 * so results are identical to the reference's even with characters outside the BMP.
 *
 * <p>Single quotes (‘…’) and guillemets are not candidate segments, as in the reference; see
 * {@link QuoteComparison} for a quote-level comparison that covers them.
 */
public final class Scorer {

    private final List<Discrepancy> discrepancies = new ArrayList<>();
    private int missing;
    private int directTp;
    private int directFp;
    private int directFn;
    private int unanchored;
    private int speakerTotal;
    private int speakerDetected;
    private int speakerRight;
    private int allTp;
    private int allFp;
    private int allFn;
    private int tightTp;
    private int jointTp;

    private Scorer() {
    }

    /**
     * Scores {@code system}, the quotes by document name (as {@link GoldDocument#name()}), against
     * {@code gold}. A gold document absent from {@code system} counts as missing, with no quotes.
     */
    public static Score score(List<GoldDocument> gold, Map<String, List<Quote>> system) {
        Scorer scorer = new Scorer();
        gold.stream().sorted(Comparator.comparing(GoldDocument::name))
                .forEach(document -> scorer.add(document, system.get(document.name())));
        return new Score(gold.size(), scorer.missing,
                Score.Prf.of(scorer.directTp, scorer.directFp + scorer.unanchored, scorer.directFn), scorer.unanchored,
                Score.SpeakerAccuracy.of(scorer.speakerRight, scorer.speakerDetected, scorer.speakerTotal),
                Score.Prf.of(scorer.allTp, scorer.allFp, scorer.allFn),
                Score.Prf.of(scorer.tightTp, scorer.allFp + scorer.allTp - scorer.tightTp,
                        scorer.allFn + scorer.allTp - scorer.tightTp),
                Score.Prf.of(scorer.jointTp, scorer.allFp + scorer.allTp - scorer.jointTp,
                        scorer.allFn + scorer.allTp - scorer.jointTp),
                scorer.discrepancies);
    }

    /** A system quote with the character sets score.py derives from it. */
    private record SystemQuote(Quote quote, BitSet chars, BitSet trimmed, Optional<BitSet> mention) {

        SystemQuote(Quote quote, CodePointText text) {
            this(quote, text.chars(quote.spans()), text.trimmed(quote.spans()),
                    quote.knownSpeaker().map(k -> text.chars(List.of(k.mention().span()))));
        }

        /** Whether the speaker mention shares a character with {@code source}. */
        boolean mentionOverlaps(BitSet source) {
            return mention.map(m -> m.intersects(source)).orElse(false);
        }
    }

    /** A gold attribution with the character sets of its content and source. */
    private record GoldChars(GoldAttribution attribution, BitSet content, BitSet source) {

        GoldChars(GoldAttribution attribution, CodePointText text) {
            this(attribution, text.chars(attribution.content()), text.chars(attribution.source()));
        }

        boolean hasSource() {
            return !attribution.source().isEmpty();
        }
    }

    private void add(GoldDocument document, List<Quote> quotes) {
        if (quotes == null) {
            missing++;
        }
        CodePointText text = new CodePointText(document.text());
        List<SystemQuote> system = (quotes == null ? List.<Quote>of() : quotes).stream()
                .map(q -> new SystemQuote(q, text)).toList();
        List<GoldChars> gold = document.attributions().stream().map(a -> new GoldChars(a, text)).toList();
        scoreDirect(document, text, system, gold);
        scoreAll(text, system, gold);
    }

    private void scoreDirect(GoldDocument document, CodePointText text, List<SystemQuote> system, List<GoldChars> gold) {
        BitSet used = new BitSet();
        for (Span segment : QuoteSegments.of(document.text())) {
            BitSet inner = text.chars(List.of(new Span(segment.begin() + 1, segment.end() - 1)));
            int size = inner.cardinality();
            if (size == 0) {
                continue;
            }
            int owner = -1;
            for (int i = 0; i < gold.size(); i++) {
                if (CodePointText.overlap(inner, gold.get(i).content()) * 2 >= size) {
                    owner = i;
                }
            }
            int best = -1;
            double bestCoverage = 0.0;
            for (int i = 0; i < system.size(); i++) {
                double coverage = (double) CodePointText.overlap(inner, system.get(i).chars()) / size;
                if (coverage > bestCoverage) {
                    best = i;
                    bestCoverage = coverage;
                }
            }
            boolean predicted = best >= 0 && bestCoverage >= 0.5;
            Optional<Quote> quote = predicted ? Optional.of(system.get(best).quote()) : Optional.empty();
            if (predicted) {
                used.set(best);
            }
            Discrepancy.Kind error = null;
            if (owner >= 0 && predicted) {
                directTp++;
            } else if (owner >= 0) {
                directFn++;
                error = Discrepancy.Kind.MISSED;
            } else if (predicted) {
                directFp++;
                error = Discrepancy.Kind.FALSE_ALARM;
            }
            if (owner >= 0 && gold.get(owner).hasSource()) {
                speakerTotal++;
                if (predicted) {
                    speakerDetected++;
                    if (system.get(best).mentionOverlaps(gold.get(owner).source())) {
                        speakerRight++;
                    } else {
                        error = Discrepancy.Kind.WRONG_SPEAKER;
                    }
                }
            }
            if (error != null) {
                Optional<GoldAttribution> attribution = owner >= 0
                        ? Optional.of(gold.get(owner).attribution()) : Optional.empty();
                discrepancies.add(discrepancy(error, document, segment, attribution, quote));
            }
        }
        for (int i = 0; i < system.size(); i++) {
            Quote quote = system.get(i).quote();
            if (!used.get(i) && quote.type() == QuoteType.DIRECT) {
                unanchored++;
                discrepancies.add(discrepancy(Discrepancy.Kind.UNANCHORED, document, quote.extent(),
                        Optional.empty(), Optional.of(quote)));
            }
        }
    }

    private void scoreAll(CodePointText text, List<SystemQuote> system, List<GoldChars> gold) {
        List<GreedyMatching.Pair> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int q = 0; q < system.size(); q++) {
                int overlap = CodePointText.overlap(gold.get(g).content(), system.get(q).chars());
                if (overlap > 0) {
                    candidates.add(new GreedyMatching.Pair(g, q, overlap));
                }
            }
        }
        List<GreedyMatching.Pair> matched = GreedyMatching.oneToOne(candidates);
        for (GreedyMatching.Pair pair : matched) {
            allTp++;
            SystemQuote quote = system.get(pair.quote());
            GoldChars attribution = gold.get(pair.gold());
            BitSet goldTrimmed = text.trimmed(attribution.attribution().content());
            if (!goldTrimmed.isEmpty() && (double) CodePointText.overlap(goldTrimmed, quote.trimmed())
                    / CodePointText.union(goldTrimmed, quote.trimmed()) >= 0.8) {
                tightTp++;
            }
            if (attribution.hasSource() ? quote.mentionOverlaps(attribution.source()) : quote.mention().isEmpty()) {
                jointTp++;
            }
        }
        allFp += system.size() - matched.size();
        allFn += gold.size() - matched.size();
    }

    private static Discrepancy discrepancy(Discrepancy.Kind kind, GoldDocument document, Span span,
                                           Optional<GoldAttribution> attribution, Optional<Quote> quote) {
        Optional<String> source = attribution.filter(a -> !a.source().isEmpty())
                .map(a -> a.source().stream().map(s -> s.textOf(document.text())).collect(Collectors.joining(" … ")));
        return new Discrepancy(kind, document.name(), span, Snippets.around(document.text(), span), source, quote);
    }
}
