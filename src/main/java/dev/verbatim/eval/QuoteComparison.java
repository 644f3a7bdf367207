package dev.verbatim.eval;

import dev.verbatim.Gender;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Speaker;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An exact, quote-level comparison of system quotes with the gold quotes of the project's corpus
 * format ({@link GoldDocument#quotes()}), covering every gold quote whatever its quotation marks.
 * Meant for golden tests: assert floors on the figures and print {@link #differences()}.
 *
 * <p>A gold quote and a system quote match when the system quote covers at least half of the gold
 * quote's non-space characters; matching is one-to-one, greedy by shared characters as in
 * {@link Scorer}. A system quote matching no gold quote is a false alarm, noted specially when it
 * overlaps a listed {@link Negative}.
 *
 * @param matches one per gold quote, by document then gold order
 * @param falseAlarms the unmatched system quotes, by document then system order
 */
public record QuoteComparison(List<QuoteMatch> matches, List<FalseAlarm> falseAlarms) {

    public QuoteComparison {
        matches = List.copyOf(matches);
        falseAlarms = List.copyOf(falseAlarms);
    }

    /**
     * Compares {@code system}, the quotes by document name, with the gold quotes of {@code gold}; a
     * document absent from {@code system} has no system quotes.
     */
    public static QuoteComparison compare(List<GoldDocument> gold, Map<String, List<Quote>> system) {
        return compare(gold, system, EnumSet.allOf(QuoteType.class));
    }

    /**
     * Compares, as {@link #compare(List, Map)} does, only the gold and system quotes whose type is
     * one of {@code types}: {@code EnumSet.of(DIRECT)} for quotation marks,
     * {@code EnumSet.of(INDIRECT, MIXED)} for reported speech.
     */
    public static QuoteComparison compare(List<GoldDocument> gold, Map<String, List<Quote>> system, Set<QuoteType> types) {
        List<QuoteMatch> matches = new ArrayList<>();
        List<FalseAlarm> falseAlarms = new ArrayList<>();
        for (GoldDocument document : gold) {
            List<Quote> quotes = system.getOrDefault(document.name(), List.of()).stream()
                    .filter(q -> types.contains(q.type())).toList();
            List<GoldQuote> goldQuotes = document.quotes().stream().filter(q -> types.contains(q.type())).toList();
            CodePointText text = new CodePointText(document.text());
            List<BitSet> goldChars = goldQuotes.stream().map(q -> text.chars(q.spans())).toList();
            List<BitSet> systemChars = quotes.stream().map(q -> text.chars(q.spans())).toList();
            List<GreedyMatching.Pair> candidates = new ArrayList<>();
            for (int g = 0; g < goldChars.size(); g++) {
                for (int q = 0; q < systemChars.size(); q++) {
                    int overlap = CodePointText.overlap(goldChars.get(g), systemChars.get(q));
                    if (overlap > 0 && overlap * 2 >= goldChars.get(g).cardinality()) {
                        candidates.add(new GreedyMatching.Pair(g, q, overlap));
                    }
                }
            }
            Quote[] matchOf = new Quote[goldChars.size()];
            BitSet matched = new BitSet();
            for (GreedyMatching.Pair pair : GreedyMatching.oneToOne(candidates)) {
                matchOf[pair.gold()] = quotes.get(pair.quote());
                matched.set(pair.quote());
            }
            for (int g = 0; g < matchOf.length; g++) {
                GoldQuote goldQuote = goldQuotes.get(g);
                Optional<Quote> quote = Optional.ofNullable(matchOf[g]);
                Speaker goldSpeaker = goldQuote.speaker();
                matches.add(new QuoteMatch(document.name(), goldQuote, quote,
                        quote.map(q -> sameName(goldSpeaker, q.speaker())).orElse(false),
                        quote.map(q -> sameMention(goldSpeaker, q.speaker())).orElse(false),
                        Snippets.around(document.text(), goldQuote.extent())));
            }
            for (int q = 0; q < quotes.size(); q++) {
                if (!matched.get(q)) {
                    Quote quote = quotes.get(q);
                    Optional<Negative> negative = document.negatives().stream()
                            .filter(n -> quote.spans().stream().anyMatch(s -> s.overlaps(n.span())))
                            .findFirst();
                    falseAlarms.add(new FalseAlarm(document.name(), quote, negative,
                            Snippets.around(document.text(), quote.extent())));
                }
            }
        }
        return new QuoteComparison(matches, falseAlarms);
    }

    private static boolean sameName(Speaker gold, Speaker system) {
        return gold.known().isPresent()
                ? system.known().filter(s -> s.name().equalsIgnoreCase(gold.known().get().name())).isPresent()
                : system.known().isEmpty();
    }

    private static boolean sameMention(Speaker gold, Speaker system) {
        return gold.known().isPresent()
                ? system.known().filter(s -> s.mention().span().overlaps(gold.known().get().mention().span())).isPresent()
                : system.known().isEmpty();
    }

    /** Number of gold quotes. */
    public int goldQuotes() {
        return matches.size();
    }

    /** Gold quotes found (true positives), false alarms (false positives) and misses (false negatives). */
    public Score.Prf detection() {
        int found = (int) matches.stream().filter(QuoteMatch::detected).count();
        return Score.Prf.of(found, falseAlarms.size(), matches.size() - found);
    }

    /** Gold quotes found with the right speaker name. */
    public int speakersRight() {
        return (int) matches.stream().filter(QuoteMatch::speakerRight).count();
    }

    /** Gold quotes found with a speaker mention overlapping the gold one. */
    public int mentionsRight() {
        return (int) matches.stream().filter(QuoteMatch::mentionRight).count();
    }

    /** Speaker-name accuracy over all gold quotes (misses count as wrong), rounded to 4 decimals. */
    public double speakerAccuracy() {
        return Score.ratio(speakersRight(), goldQuotes());
    }

    /** Speaker-mention accuracy over all gold quotes (misses count as wrong), rounded to 4 decimals. */
    public double mentionAccuracy() {
        return Score.ratio(mentionsRight(), goldQuotes());
    }

    /**
     * Gender over gold speakers (one per document and gold entity) found with a speaker: of those
     * whose gold gender is stated (FEMALE or MALE), how many the system gives the same gender, in
     * the majority of their matched quotes ({@code tp}); how many it gives another or none
     * ({@code fn}); and of those whose gold gender is UNKNOWN, how many it gives one anyway
     * ({@code fp}). Precision is then how often a gender the system states is right.
     */
    public Score.Prf gender() {
        Map<String, List<QuoteMatch>> byEntity = new java.util.LinkedHashMap<>();
        for (QuoteMatch m : matches) {
            if (m.gold().speaker() instanceof Speaker.Known g && m.system().flatMap(Quote::knownSpeaker).isPresent()) {
                byEntity.computeIfAbsent(m.document() + "\u0000" + g.entity(), k -> new ArrayList<>()).add(m);
            }
        }
        int right = 0;
        int wrong = 0;
        int invented = 0;
        for (List<QuoteMatch> quotes : byEntity.values()) {
            Gender gold = ((Speaker.Known) quotes.get(0).gold().speaker()).gender();
            Map<Gender, Integer> votes = new java.util.EnumMap<>(Gender.class);
            for (QuoteMatch m : quotes) {
                votes.merge(m.system().flatMap(Quote::knownSpeaker).orElseThrow().gender(), 1, Integer::sum);
            }
            Gender system = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (gold == Gender.UNKNOWN) {
                invented += system == Gender.UNKNOWN ? 0 : 1;
            } else if (system == gold) {
                right++;
            } else {
                wrong++;
            }
        }
        return Score.Prf.of(right, invented, wrong);
    }

    /**
     * Whether quotes share a speaker entity as in the gold: over pairs of found quotes of one
     * document that both have speakers, a pair is positive in the gold when its two gold speakers
     * are one entity, and predicted when the two system speakers carry one entity id.
     */
    public Score.Prf entityLinks() {
        Map<String, List<QuoteMatch>> byDocument = new java.util.LinkedHashMap<>();
        for (QuoteMatch m : matches) {
            if (m.gold().speaker() instanceof Speaker.Known && m.system().flatMap(Quote::knownSpeaker).isPresent()) {
                byDocument.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (List<QuoteMatch> quotes : byDocument.values()) {
            for (int i = 0; i < quotes.size(); i++) {
                for (int j = i + 1; j < quotes.size(); j++) {
                    boolean gold = ((Speaker.Known) quotes.get(i).gold().speaker()).entity()
                            == ((Speaker.Known) quotes.get(j).gold().speaker()).entity();
                    boolean system = quotes.get(i).system().flatMap(Quote::knownSpeaker).orElseThrow().entity()
                            == quotes.get(j).system().flatMap(Quote::knownSpeaker).orElseThrow().entity();
                    if (gold && system) {
                        tp++;
                    } else if (system) {
                        fp++;
                    } else if (gold) {
                        fn++;
                    }
                }
            }
        }
        return Score.Prf.of(tp, fp, fn);
    }

    /** False alarms that overlap a listed negative. */
    public int negativeHits() {
        return (int) falseAlarms.stream().filter(f -> f.negative().isPresent()).count();
    }

    /** Every miss, wrong speaker or mention, and false alarm, described for a human; empty when none. */
    public String differences() {
        StringBuilder out = new StringBuilder();
        matches.stream().filter(m -> !m.correct()).forEach(m -> out.append(m.describe()));
        falseAlarms.forEach(f -> out.append(f.describe()));
        return out.toString();
    }

    /** Two summary lines in the style of {@link Score#report()}. */
    public String report() {
        Score.Prf d = detection();
        return "quote level     P " + Score.format3(d.p()) + "  R " + Score.format3(d.r()) + "  F1 "
                + Score.format3(d.f1()) + "   (found " + d.tp() + " of " + goldQuotes() + " gold quotes; false alarms "
                + d.fp() + ", " + negativeHits() + " on negatives)\n"
                + "quote speakers  name " + Score.format3(speakerAccuracy()) + ", mention "
                + Score.format3(mentionAccuracy()) + " of all gold quotes (" + speakersRight() + ", "
                + mentionsRight() + " of " + goldQuotes() + ")\n"
                + "speaker gender  stated right " + Score.format3(gender().r()) + " (" + gender().tp() + " of "
                + (gender().tp() + gender().fn()) + " speakers), stated where the text does not " + gender().fp() + "\n"
                + "speaker entity  same-entity links P " + Score.format3(entityLinks().p()) + "  R "
                + Score.format3(entityLinks().r()) + "  F1 " + Score.format3(entityLinks().f1()) + "\n";
    }
}
