package dev.verbatim.eval;

import dev.verbatim.Quote;
import dev.verbatim.QuoteType;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One run of an extractor over a gold corpus, scored: the {@link Score} of score.py, the
 * {@link QuoteComparison} for the project's corpus format, and the speed.
 *
 * @param score the score.py figures
 * @param quotes the quote-level comparison of DIRECT quotes, present for a {@link JsonCorpus}
 * @param reported the quote-level comparison of reported speech (INDIRECT and MIXED quotes),
 *     present for a {@link JsonCorpus}
 * @param characters their total length in UTF-16 code units
 * @param extractionTime wall time spent extracting
 * @param failures document name to the exception text, in corpus order, for documents whose
 *     extraction threw (they count as missing from the system output)
 */
public record Evaluation(Score score, Optional<QuoteComparison> quotes, Optional<QuoteComparison> reported,
                         long characters,
                         Duration extractionTime, Map<String, String> failures) {

    public Evaluation {
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /**
     * Runs {@code extractor} over every document of {@code corpus}, one after another, and scores
     * the result. An exception from the extractor fails only its document.
     */
    public static Evaluation run(GoldCorpus corpus, Function<String, List<Quote>> extractor) {
        Map<String, List<Quote>> system = new HashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        long characters = 0;
        long start = System.nanoTime();
        for (GoldDocument document : corpus.documents()) {
            characters += document.text().length();
            try {
                system.put(document.name(), extractor.apply(document.text()));
            } catch (RuntimeException e) {
                failures.put(document.name(), e.toString());
            }
        }
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        List<GoldDocument> gold = corpus.documents();
        boolean corpusFormat = corpus instanceof JsonCorpus;
        Optional<QuoteComparison> quotes = corpusFormat
                ? Optional.of(QuoteComparison.compare(gold, system, EnumSet.of(QuoteType.DIRECT))) : Optional.empty();
        Optional<QuoteComparison> reported = corpusFormat
                ? Optional.of(QuoteComparison.compare(gold, system, EnumSet.of(QuoteType.INDIRECT, QuoteType.MIXED)))
                : Optional.empty();
        return new Evaluation(Scorer.score(gold, system), quotes, reported, characters, time, failures);
    }

    /** The score.py lines, the quote-level lines if any, and a speed line. */
    public String report() {
        double seconds = Math.max(extractionTime.toNanos(), 1) / 1e9;
        return score.report() + quotes.map(q -> "DIRECT quotes\n" + q.report()).orElse("")
                + reported.map(q -> "INDIRECT and MIXED quotes\n" + q.report()).orElse("")
                + String.format(Locale.ROOT, "speed           %d documents in %.3f s: %.2f documents/s, %.0f chars/s%n",
                score.documents(), seconds, score.documents() / seconds, characters / seconds);
    }

    /** Every error of the direct-quote view, then the quote-level differences if any, described for a human. */
    public String errors() {
        StringBuilder out = new StringBuilder();
        score.discrepancies().forEach(d -> out.append(d.describe()));
        quotes.map(QuoteComparison::differences).filter(s -> !s.isEmpty())
                .ifPresent(s -> out.append("\nquote level, DIRECT:\n").append(s));
        reported.map(QuoteComparison::differences).filter(s -> !s.isEmpty())
                .ifPresent(s -> out.append("\nquote level, INDIRECT and MIXED:\n").append(s));
        return out.toString();
    }
}
