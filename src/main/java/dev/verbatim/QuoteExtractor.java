package dev.verbatim;

import dev.verbatim.attribute.AttributionStage;
import dev.verbatim.attribute.SpeakerEntities;
import dev.verbatim.detect.LineWrapping;
import dev.verbatim.detect.QuoteDetector;
import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.internal.AnalysisWindows;
import dev.verbatim.nlp.CoreNlpAnalyzer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the quotes of an article, direct and reported, and attributes each to its speaker.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.builder().build();
 * for (Quote q : extractor.extract(article)) {
 *     System.out.println(q.speakerName().orElse("?") + ": " + q.text());
 * }
 * }</pre>
 *
 * <p>Building loads the language models once (several seconds); share the instance.
 * {@link #extract(String)} and {@link #extractDocument(String)} are safe to call from many threads
 * at once. All offsets in the results are UTF-16 indices into the string passed in, end exclusive.
 */
public final class QuoteExtractor {

    private final CoreNlpAnalyzer analyzer;
    private final QuoteDetector detector = new QuoteDetector();
    private final AttributionStage attributor;
    private final boolean doubledApostrophes;
    private final int maxInputLength;
    private final Set<QuoteType> types;

    private QuoteExtractor(Builder builder) {
        this.analyzer = new CoreNlpAnalyzer();
        this.doubledApostrophes = builder.doubledApostrophes;
        this.maxInputLength = builder.maxInputLength;
        this.types = Set.copyOf(builder.types);
        this.attributor = new AttributionStage(builder.doubledApostrophes);
    }

    /** A builder with the default configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the quotes of {@code text} of the {@linkplain Builder#types(Set) configured types}, in
     * document order (by the start of their first span). Thread-safe.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is longer than {@link Builder#maxInputLength(int)}
     */
    public List<Quote> extract(String text) {
        return extractDocument(text).quotes();
    }

    /**
     * Returns the quotes of {@code text}, as {@link #extract(String)} does, with the sources summary:
     * each quoted entity once, with its canonical name, kind, roles, gender, mentions and number of
     * quotes by type. Thread-safe.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is longer than {@link Builder#maxInputLength(int)}
     */
    public ExtractedDocument extractDocument(String text) {
        return SpeakerEntities.number(attribute(text).stream().filter(q -> types.contains(q.type())).toList());
    }

    /** The types of quotes this extractor returns. */
    public Set<QuoteType> types() {
        return types;
    }

    private List<Quote> attribute(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > maxInputLength) {
            throw new IllegalArgumentException("text of " + text.length() + " characters is longer than the limit of "
                    + maxInputLength + " (QuoteExtractor.Builder.maxInputLength)");
        }
        boolean reported = types.contains(QuoteType.INDIRECT) || types.contains(QuoteType.MIXED);
        // a hard-wrapped text is read with its line breaks inside paragraphs as spaces (offsets unchanged)
        String view = LineWrapping.unwrapped(text);
        // quotes in two apostrophes are read even when not returned, so that reported speech is not looked for inside them
        List<QuotedSpan> quoted = topLevel(view, detector.detect(view), doubledApostrophes || reported);
        if (quoted.isEmpty() && !reported) {
            return List.of();
        }
        List<Span> windows = reported ? AnalysisWindows.prose(view, quoted) : AnalysisWindows.around(view, quoted);
        if (windows.isEmpty()) {
            return List.of();
        }
        List<Quote> quotes = attributor.attribute(analyzer.analyze(view, windows), quoted, types);
        return view == text ? quotes : quotes.stream().map(q -> readFrom(text, q)).toList();
    }

    /**
     * {@code q} with its words, its speaker's mention and its cue as they stand in {@code text}, which
     * was read with some line breaks as spaces; the speaker's name keeps the spaces.
     */
    private static Quote readFrom(String text, Quote q) {
        StringBuilder words = new StringBuilder();
        for (Span s : q.spans()) {
            words.append(words.length() == 0 ? "" : " ").append(text, s.begin(), s.end());
        }
        Speaker speaker = q.speaker();
        if (speaker instanceof Speaker.Known k) {
            Span m = k.mention().span();
            speaker = new Speaker.Known(new Mention(m, text.substring(m.begin(), m.end())), k.name(), k.kind(), k.role(),
                    k.entity(), k.gender());
        }
        Cue cue = q.cue();
        if (cue instanceof Cue.Present c) {
            cue = new Cue.Present(c.span(), text.substring(c.span().begin(), c.span().end()), c.lemma());
        }
        return new Quote(q.type(), words.toString(), q.spans(), speaker, cue, q.confidence(), q.paragraph(), q.rule());
    }

    /**
     * The outermost quotes. Where double marks are the article's main style, single-marked
     * top-level spans are headline shorthand or scare quotes, not quotations, and are left out.
     * Quotes in two apostrophes are left out unless asked for, and so are "quotes" without a
     * single letter or digit (runs of stray marks in damaged text).
     */
    private static List<QuotedSpan> topLevel(String text, List<QuotedSpan> all, boolean doubledApostrophes) {
        int single = 0;
        int dbl = 0;
        for (QuotedSpan q : all) {
            if (q.depth() == 0 && q.markStyle() != QuoteDetector.DOUBLED_APOSTROPHE) {
                if (q.singleMarks()) {
                    single++;
                } else {
                    dbl++;
                }
            }
        }
        boolean singleStyle = single > dbl;
        List<QuotedSpan> out = new ArrayList<>();
        for (QuotedSpan q : all) {
            boolean doubled = q.markStyle() == QuoteDetector.DOUBLED_APOSTROPHE;
            if (q.depth() == 0 && (singleStyle || !q.singleMarks()) && (doubledApostrophes || !doubled) && hasWords(text, q)) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean hasWords(String text, QuotedSpan q) {
        for (Span piece : q.pieces()) {
            for (int i = piece.begin(); i < piece.end(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Configures and builds a {@link QuoteExtractor}. Not thread-safe; build once and share. */
    public static final class Builder {
        /** Default {@link #maxInputLength(int)}: ten million characters. */
        public static final int DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

        private boolean doubledApostrophes;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
        private Set<QuoteType> types = EnumSet.allOf(QuoteType.class);

        private Builder() {
        }

        /**
         * The types of quotes to return; default all three. With {@link QuoteType#DIRECT} alone,
         * reported speech is not looked for at all, which is several times faster: the language
         * models then run only around quotation marks.
         *
         * @throws IllegalArgumentException if {@code types} is empty
         */
        public Builder types(Set<QuoteType> types) {
            if (types.isEmpty()) {
                throw new IllegalArgumentException("at least one quote type is needed");
            }
            this.types = EnumSet.copyOf(types);
            return this;
        }

        /** {@link #types(Set)} of the given types. */
        public Builder types(QuoteType first, QuoteType... more) {
            return types(EnumSet.of(first, more));
        }

        /**
         * The longest text, in UTF-16 characters, that {@link QuoteExtractor#extract(String)}
         * accepts; longer texts are refused with an {@link IllegalArgumentException} rather than
         * risking the memory of the process. Default {@value #DEFAULT_MAX_INPUT_LENGTH}.
         */
        public Builder maxInputLength(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxInputLength must be positive: " + chars);
            }
            this.maxInputLength = chars;
            return this;
        }

        /**
         * Whether to return quotes marked with two apostrophes (''Like this,'' he said), a
         * convention of typewritten and some archived news text (the New York Times archive). Off
         * by default: such quotes are still read and attributed, so the single marks inside them are
         * not misread and their cues are not taken for reported speech ("''…,'' she told me"
         * reports nothing), but they are not returned; a quotation in “…” that goes on from one is.
         */
        public Builder doubledApostrophes(boolean enabled) {
            this.doubledApostrophes = enabled;
            return this;
        }

        /** Builds the extractor, loading the language models. */
        public QuoteExtractor build() {
            return new QuoteExtractor(this);
        }
    }
}
