package dev.verbatim.nlp;

import java.util.List;

/**
 * The tokens and sentences of a text. Sentence {@code i} covers tokens
 * {@code sentenceStarts[i]} (inclusive) to {@code sentenceStarts[i + 1]} (exclusive).
 *
 * @param text the analyzed text
 * @param tokens all tokens, in document order
 * @param sentenceStarts the index of each sentence's first token, plus the token count at the end
 * @param pieces the sentences that are pieces of an overlong sentence (see
 *     {@link LongSentenceSplitter}), in order
 */
public record AnalyzedText(String text, List<Token> tokens, List<Integer> sentenceStarts, List<Integer> pieces) {

    public AnalyzedText {
        tokens = List.copyOf(tokens);
        sentenceStarts = List.copyOf(sentenceStarts);
        pieces = List.copyOf(pieces);
    }

    /** Text analysed into whole sentences only. */
    public AnalyzedText(String text, List<Token> tokens, List<Integer> sentenceStarts) {
        this(text, tokens, sentenceStarts, List.of());
    }

    /** Whether sentence {@code sentence} is a piece of an overlong sentence rather than a sentence. */
    public boolean isPiece(int sentence) {
        return java.util.Collections.binarySearch(pieces, sentence) >= 0;
    }

    public int sentenceCount() {
        return sentenceStarts.size() - 1;
    }

    public int sentenceBegin(int sentence) {
        return sentenceStarts.get(sentence);
    }

    public int sentenceEnd(int sentence) {
        return sentenceStarts.get(sentence + 1);
    }

    /** Index of the first token that ends after {@code offset}, or the token count. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
