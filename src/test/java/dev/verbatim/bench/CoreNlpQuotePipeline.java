package dev.verbatim.bench;

import dev.verbatim.Cue;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import edu.stanford.nlp.coref.CorefProperties;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;

/**
 * CoreNLP's own quote finder and attributor, {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}
 * with CoreNLP's defaults (unless overridden), its output turned into {@link Quote} records so that
 * it is scored by the same code as Verbatim.
 *
 * <p>Only the top-level quotes ({@code CoreAnnotations.QuotationsAnnotation} of the document) are
 * returned; the quotes nested in them are part of the outer quote. A quote's span is the text
 * between its quotation marks, trimmed of white space; its speaker mention is the token range
 * {@link QuoteAttributionAnnotator.MentionBeginAnnotation} .. {@link QuoteAttributionAnnotator.MentionEndAnnotation}
 * (inclusive) as character offsets, which is what {@code score.py} judges; the speaker name is
 * {@link QuoteAttributionAnnotator.SpeakerAnnotation} (the canonical mention of the coref chain).
 */
final class CoreNlpQuotePipeline {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;
    private final Properties properties;
    final LongAdder quotesWithMention = new LongAdder();
    final LongAdder quotesWithoutMention = new LongAdder();
    final LongAdder mentionsNotMatchingText = new LongAdder();

    CoreNlpQuotePipeline(Map<String, String> overrides) {
        properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        overrides.forEach(properties::setProperty);
        pipeline = new StanfordCoreNLP(properties);
    }

    StanfordCoreNLP pipeline() {
        return pipeline;
    }

    /** What ran, for the report: the annotators, the coref algorithm and every overridden property. */
    String describe(Map<String, String> overrides) {
        String algorithm;
        try {
            algorithm = CorefProperties.algorithm(properties).toString().toLowerCase(java.util.Locale.ROOT);
        } catch (RuntimeException e) {
            algorithm = "?";
        }
        return "annotators=" + properties.getProperty("annotators") + " (coref.algorithm=" + algorithm
                + (overrides.isEmpty() ? ", all other properties CoreNLP's defaults)" : ", overrides " + overrides + ")");
    }

    /** The top-level quotes of {@code text} as {@link Quote} records. Thread-safe as far as CoreNLP is. */
    List<Quote> extract(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Quote> out = new ArrayList<>();
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            begin += markLength(text, begin, true);
            end -= markLength(text, end, false);
            while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end <= begin) {
                continue;
            }
            Span span = new Span(begin, end);
            out.add(new Quote(QuoteType.DIRECT, span.textOf(text), List.of(span), speaker(q, tokens, text),
                    Cue.absent(), 1.0, paragraph(text, begin), "corenlp"));
        }
        return out;
    }

    private Speaker speaker(CoreMap q, List<CoreLabel> tokens, String text) {
        Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        if (mb == null || me == null || mb < 0 || me < mb || me >= tokens.size()) {
            quotesWithoutMention.increment();
            return Speaker.unknown();
        }
        int b = tokens.get(mb).beginPosition();
        int e = tokens.get(me).endPosition();
        String reported = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
        if (reported != null && !squash(text.substring(b, e)).equals(squash(reported))) {
            mentionsNotMatchingText.increment();
        }
        quotesWithMention.increment();
        Span span = new Span(b, e);
        String name = Optional.ofNullable(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class))
                .filter(s -> !s.isBlank()).orElse(span.textOf(text));
        if (name.isBlank()) {
            name = "?";
        }
        String type = q.get(QuoteAttributionAnnotator.MentionTypeAnnotation.class);
        SpeakerKind kind = type == null || type.equalsIgnoreCase("name") || type.equalsIgnoreCase("pronoun")
                ? SpeakerKind.PERSON : SpeakerKind.DESCRIPTION;
        return new Speaker.Known(new Mention(span, span.textOf(text)), name, kind, Optional.empty(), 0, Gender.UNKNOWN);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Length of the quotation mark at {@code at} (opening) or ending at {@code at} (closing). */
    private static int markLength(String text, int at, boolean opening) {
        String[] doubled = {"``", "''", ",,"};
        for (String d : doubled) {
            if (opening ? text.startsWith(d, at) : at >= 2 && text.startsWith(d, at - 2)) {
                return 2;
            }
        }
        return 1;
    }

    /** Zero-based paragraph index of {@code offset}: runs of line breaks before it. */
    private static int paragraph(String text, int offset) {
        int p = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n' && (i == 0 || text.charAt(i - 1) != '\n')) {
                p++;
            }
        }
        return p;
    }
}
