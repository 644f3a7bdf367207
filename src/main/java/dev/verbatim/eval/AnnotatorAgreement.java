package dev.verbatim.eval;

import dev.verbatim.Cue;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How well the annotators of a brat split agree with each other, in the reference scorer's own
 * figures: the ceiling those figures can reasonably reach.
 *
 * <p>In a PolNeAR split a few documents have several annotators. For each such document, every
 * annotator after the preferred one (the one {@link BratCorpus#load} reads, and the one a system is
 * scored against) is scored against the preferred one as if their attributions were a system's
 * quotes: each attribution becomes a quote whose spans are its content and whose speaker mention is
 * its first source span. Every (document, further annotator) pair counts as one document of the
 * pooled {@link Score}. An annotation does not say whether an attribution is direct, so each is
 * scored as a reported quote and none counts as an unanchored direct quote.
 */
public final class AnnotatorAgreement {

    private AnnotatorAgreement() {
    }

    /**
     * The pooled score of every further annotator against the preferred one, over the documents of
     * {@code splitDir} that have more than one annotator; a score of no documents when none has.
     *
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if an {@code .ann} file or {@code metadata.tsv} is malformed
     */
    public static Score measure(Path splitDir) throws IOException {
        List<GoldDocument> gold = new ArrayList<>();
        Map<String, List<Quote>> other = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : BratCorpus.annotators(splitDir).entrySet()) {
            List<String> annotators = entry.getValue();
            if (annotators.size() < 2) {
                continue;
            }
            GoldDocument preferred = BratCorpus.annotation(splitDir, entry.getKey(), annotators.get(0));
            for (String annotator : annotators.subList(1, annotators.size())) {
                String pair = entry.getKey() + "_" + annotator;
                gold.add(new GoldDocument(pair, preferred.text(), preferred.attributions(), List.of(), List.of()));
                GoldDocument theirs = BratCorpus.annotation(splitDir, entry.getKey(), annotator);
                other.put(pair, theirs.attributions().stream().map(a -> asQuote(a, theirs.text())).toList());
            }
        }
        return Scorer.score(gold, other);
    }

    /** An annotator's attribution as the quote a system would have returned for it. */
    static Quote asQuote(GoldAttribution attribution, String text) {
        Speaker speaker = Speaker.unknown();
        if (!attribution.source().isEmpty()) {
            Span source = attribution.source().get(0);
            String words = text.substring(source.begin(), source.end());
            speaker = new Speaker.Known(new Mention(source, words), words.isBlank() ? "?" : words.strip(),
                    SpeakerKind.PERSON, Optional.empty(), 0, Gender.UNKNOWN);
        }
        List<Span> spans = Span.union(attribution.content());
        String words = spans.stream().map(s -> text.substring(s.begin(), s.end())).collect(Collectors.joining(" "));
        return new Quote(QuoteType.INDIRECT, words, spans, speaker, Cue.absent(), 1.0, 0, "annotator");
    }
}
