package dev.verbatim.attribute;

import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.detect.QuoteDetector;
import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.nlp.AnalyzedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The attribution stage: decides which quoted spans are speech and who said them, and finds reported
 * speech, by rules that each recognise one pattern and carry one name ({@link Quote#rule()}).
 *
 * <p>The rules are listed below, in the order they are asked. For each quoted span, in document
 * order, the first {@link QuotedSpanRule} that decides wins: the filters for what is not speech
 * come first, cues in the quote's own sentence before cues around it, and taking over an earlier
 * speaker last. Every {@link ReportedSpeechRule} proposes the reported speech it sees in each
 * sentence; {@link ReportSettlement} keeps one report per cue and the outermost of nested ones.
 * {@link QuoteAssembler} then makes one quote of everything one cue attributes: a quote split by
 * its cue, quotes that continue it without a cue of their own, a paraphrase with its quoted
 * fragments (MIXED).
 *
 * <p>Immutable and thread-safe: per-document state lives in a {@link DocumentView}.
 */
public final class AttributionStage {

    private final Lexicons lexicons;
    private final boolean doubledApostrophes;
    private final List<QuotedSpanRule> quotedSpanRules;
    private final List<ReportedSpeechRule> reportedSpeechRules;
    private final List<String> quotedSpanRuleNames;

    /**
     * The stage with the lexicons shipped in the library's resources; quotes in two apostrophes
     * (''…'') are returned only when {@code doubledApostrophes}; otherwise they are attributed like
     * any quote, so that their cues are theirs and not read as reported speech ("''…,'' the analyst
     * told me this week" reports nothing), and then left out, their words still quoted words of a
     * paraphrase.
     */
    public AttributionStage(boolean doubledApostrophes) {
        this.lexicons = Lexicons.standard();
        this.doubledApostrophes = doubledApostrophes;
        this.quotedSpanRules = List.of(
                new TitleOrNicknameRule(lexicons),
                new StageDirectionRule(),
                new TranscriptLabelRule(),
                new DashSignatureRule(),
                new CueAfterQuoteRule(),
                new CueBeforeQuoteRule(),
                new InterviewAnswerRule(),
                new ColonIntroRule(),
                new VerbAfterQuoteRule(),
                new ScareQuoteRule(),
                new IntroducingSentenceRule(),
                new SameParagraphSpeakerRule(),
                new QuestionAnswerRule(),
                new PreviousParagraphSpeakerRule(),
                new SentenceSubjectRule(),
                new UnattributedRule());
        this.quotedSpanRuleNames = quotedSpanRules.stream().map(QuotedSpanRule::name).toList();
        this.reportedSpeechRules = List.of(
                new AccordingToRule(),
                new ParentheticalCueRule(),
                new CueAfterContentRule(),
                new ReportedClauseRule(),
                new PassiveCueRule(),
                new CueNounRule());
    }

    /** The names of the quoted-span rules, in the order they are asked. */
    public List<String> quotedSpanRuleNames() {
        return quotedSpanRuleNames;
    }

    /** The names of the reported-speech rules, in order of precedence. */
    public List<String> reportedSpeechRuleNames() {
        return reportedSpeechRules.stream().map(ReportedSpeechRule::name).toList();
    }

    /**
     * Attributes the top-level quoted spans of one analysed document, finds its reported speech when
     * {@code types} asks for INDIRECT or MIXED quotes, and returns its quotes of those types in
     * document order.
     */
    public List<Quote> attribute(AnalyzedText analyzed, List<QuotedSpan> quoted, Set<QuoteType> types) {
        DocumentView doc = new DocumentView(analyzed, TranscriptLabelRule.splitTurns(analyzed.text(), quoted), lexicons);
        boolean reported = types.contains(QuoteType.INDIRECT) || types.contains(QuoteType.MIXED);
        List<Report> reports = reported ? ReportSettlement.settle(doc, propose(doc)) : List.of();
        Attribution[] reportAttributions = new Attribution[reports.size()];
        int r = 0;
        for (int q = 0; q < doc.quotes.size(); q++) {
            int open = doc.quotes.get(q).openMark();
            for (; r < reports.size() && doc.token(reports.get(r).cue()).begin() < open; r++) {
                reportAttributions[r] = remember(doc, reports.get(r));
            }
            doc.memory.enter(doc.quotes.get(q).paragraph());
            Decision d = decide(doc, q);
            if (d instanceof Decision.Speech s && s.attribution().owner() == Attribution.UNOWNED) {
                d = Decision.speech(s.attribution().ownedBy(-1 - q)); // a quote without a cue is its own
            }
            doc.decisions[q] = d;
            doc.memory.remember(d);
            // a quote continued over paragraphs leaves its speaker to the paragraph where it ends
            int endParagraph = doc.paragraphOf(Math.max(open, doc.quotes.get(q).extent().end() - 1));
            if (endParagraph != doc.quotes.get(q).paragraph()) {
                doc.memory.enter(endParagraph);
                doc.memory.remember(d);
            }
        }
        for (; r < reports.size(); r++) {
            reportAttributions[r] = remember(doc, reports.get(r));
        }
        // without MIXED asked for, quoted words joined by other words stay pieces of a DIRECT quote, as before there was MIXED
        List<Quote> quotes = QuoteAssembler.assemble(doc, reports, List.of(reportAttributions), types.contains(QuoteType.MIXED));
        List<Span> doubled = doubledApostrophes ? List.of() : doc.quotes.stream()
                .filter(d -> d.markStyle() == QuoteDetector.DOUBLED_APOSTROPHE).map(QuotedSpan::extent).toList();
        // in document order again: leaving out a quote's spans in two apostrophes may move its start
        return quotes.stream().filter(q -> types.contains(q.type()))
                .flatMap(q -> doubled.isEmpty() ? Stream.of(q) : withoutDoubledApostrophes(doc, doubled, q).stream())
                .map(q -> withFinalSpeaker(doc, q))
                .sorted(Comparator.comparing((Quote q) -> q.spans().get(0))).toList();
    }

    /**
     * {@code q} without the spans quoted in two apostrophes when it is made of quotations alone (a
     * direct quote, or quotations joined by a few words: not a report's content with quoted
     * fragments), empty when nothing is left; a quotation in “…” that goes on from one is kept.
     * {@code doubled} are the extents of the quotes in two apostrophes, in document order and not
     * overlapping.
     */
    private Optional<Quote> withoutDoubledApostrophes(DocumentView doc, List<Span> doubled, Quote q) {
        if (q.type() == QuoteType.INDIRECT || q.type() == QuoteType.MIXED && !quotedSpanRuleNames().contains(q.rule())) {
            return Optional.of(q);
        }
        List<Span> kept = q.spans().stream()
                .filter(s -> !(within(doubled, s.begin()) && within(doubled, s.end() - 1))).toList();
        if (kept.size() == q.spans().size()) {
            return Optional.of(q);
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String text = kept.stream().map(s -> s.textOf(doc.analyzed.text())).collect(Collectors.joining(" "));
        return Optional.of(new Quote(q.type(), text, kept, q.speaker(), q.cue(), q.confidence(),
                doc.paragraphOf(kept.get(0).begin()), q.rule()));
    }

    /** Whether offset {@code at} lies in one of {@code extents}, which are in document order and do not overlap. */
    private static boolean within(List<Span> extents, int at) {
        int lo = 0;
        int hi = extents.size() - 1;
        while (lo < hi) { // the last extent that begins at or before the offset
            int mid = (lo + hi + 1) >>> 1;
            if (extents.get(mid).begin() <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Span d = extents.get(lo);
        return d.begin() <= at && at < d.end();
    }

    /** The quote with its speaker's final canonical name and stated gender, now that the document is read. */
    private static Quote withFinalSpeaker(DocumentView doc, Quote q) {
        if (!(q.speaker() instanceof dev.verbatim.Speaker.Known k)) {
            return q;
        }
        return new Quote(q.type(), q.text(), q.spans(), doc.speakers.finalSpeaker(k), q.cue(), q.confidence(), q.paragraph(),
                q.rule());
    }

    /** The attribution of a report, which quotes after it in its paragraph may take over. */
    private static Attribution remember(DocumentView doc, Report report) {
        doc.memory.enter(doc.paragraphOf(doc.token(report.cue()).begin())); // before naming: a new paragraph has no speaker yet
        Attribution a = new Attribution(report.source() == null ? dev.verbatim.Speaker.unknown()
                : doc.speakers.speakerOf(report.source(), report.cue()),
                doc.cues.cue(report.cue(), report.cueLength()), report.confidence(), report.cue(), report.rule());
        if (!ReportedClauseRule.relative(doc, report.source()) && !subordinate(doc, report.source()) && spoken(doc, report)) {
            doc.memory.remember(Decision.speech(a));
        }
        // “…,” said O'Donnell, who wrote about it in her book. “…” / "…, she plans to vote for X. “…”" / “…,” Ortiz
        // told Brandt, after Brandt assured her that …. “…”: the next quote without a cue continues the speech
        // before, not a relative or subordinate clause or a plan
        return a;
    }

    /** Whether the source opens a subordinate clause ("after Brandt assured her that …"). */
    private static boolean subordinate(DocumentView doc, Phrase source) {
        int before = source == null ? -1 : source.start() - 1;
        return before >= 0 && !doc.quotedTok[before] && ReportedClauseRule.subordinator(doc.token(before));
    }

    /**
     * Whether the report's cue is one of speech (a quote cue verb such as "said", "argued", or a cue
     * of several words such as "according to"), not only of belief, plan or support ("plans to",
     * "supports").
     */
    private static boolean spoken(DocumentView doc, Report report) {
        String lemma = doc.token(report.cue()).lemma();
        if (doc.clauses.verbs().asks(lemma)) {
            return false; // "it seemed worth asking what it means. / “…”": the answer is not the asker's
        }
        return report.cueLength() > 1 || doc.cues.lexicon().isCueVerb(lemma);
    }

    private List<Report> propose(DocumentView doc) {
        List<Report> out = new ArrayList<>();
        for (ReportedSpeechRule rule : reportedSpeechRules) {
            for (int s = 0; s < doc.analyzed.sentenceCount(); s++) {
                if (doc.prose(s)) {
                    rule.propose(doc, s, out);
                }
            }
        }
        return out;
    }

    private Decision decide(DocumentView doc, int q) {
        for (QuotedSpanRule rule : quotedSpanRules) {
            Decision d = rule.decide(doc, q);
            if (d != null) {
                return d;
            }
        }
        throw new IllegalStateException("no rule decided quote " + q); // UnattributedRule always decides
    }
}
