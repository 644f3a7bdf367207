package dev.verbatim.attribute;

import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.nlp.AnalyzedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The attribution stage: decides which quoted spans are speech and who said them, and finds reported
 * speech, by rules that each recognise one pattern and carry one name ({@link Quote#rule()}).
 *
 * <p>The rules are listed below, in the order they are asked. For each quoted span, in document
 * order, the first {@link QuotedSpanRule} that decides wins; so the filters for what is not speech
 * come first, cues in the quote's own sentence before cues around it, and taking over an earlier
 * speaker last.
 *
 * <p>Immutable and thread-safe: per-document state lives in a {@link DocumentView}.
 */
public final class AttributionStage {

    private final Lexicons lexicons;
    private final List<QuotedSpanRule> quotedSpanRules;

    /** The stage with the lexicons shipped in the library's resources. */
    public AttributionStage() {
        this.lexicons = Lexicons.standard();
        this.quotedSpanRules = List.of(
                new TitleOrNicknameRule(lexicons),
                new StageDirectionRule(),
                new TranscriptLabelRule(),
                new DashSignatureRule(),
                new CueAfterQuoteRule(),
                new CueBeforeQuoteRule(),
                new InterviewAnswerRule(),
                new ColonIntroRule(),
                new ScareQuoteRule(),
                new IntroducingSentenceRule(),
                new SameParagraphSpeakerRule(),
                new PreviousParagraphSpeakerRule(),
                new UnattributedRule());
    }

    /** The names of the quoted-span rules, in the order they are asked. */
    public List<String> quotedSpanRuleNames() {
        return quotedSpanRules.stream().map(QuotedSpanRule::name).toList();
    }

    /**
     * Attributes the top-level quoted spans of one analysed document and returns its quotes of the
     * given types, in document order.
     */
    public List<Quote> attribute(AnalyzedText analyzed, List<QuotedSpan> quoted, Set<QuoteType> types) {
        DocumentView doc = new DocumentView(analyzed, TranscriptLabelRule.splitTurns(analyzed.text(), quoted), lexicons);
        for (int q = 0; q < doc.quotes.size(); q++) {
            doc.memory.enter(doc.quotes.get(q).paragraph());
            Decision d = decide(doc, q);
            doc.decisions[q] = d;
            doc.memory.remember(d);
        }
        return QuoteAssembler.assemble(doc);
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
