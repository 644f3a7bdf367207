package dev.verbatim.attribute;

import dev.verbatim.Span;
import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.internal.AnalysisWindows;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;

import java.util.List;

/**
 * What every rule sees of one document: its text and tokens, the quoted spans with the tokens they
 * cover, the cue, phrase and source finders, the speaker resolver, and the decisions taken so far on
 * the quoted spans. One instance per document and thread.
 */
final class DocumentView {

    /** How many tokens before and after a quote its attribution is looked for in (bounds the work per quote). */
    static final int MAX_REACH = 80;
    /**
     * The most tokens a sentence after a quote closed by a full stop may have and still be its
     * attribution (“…” Biden said in a statement.), not a sentence of its own.
     */
    private static final int MAX_TAIL = 8;
    /** The most tokens a name's apposition in such an attribution may have ("Pruitt, the fund's director, said"). */
    private static final int MAX_APPOSITION = 12;

    final String text;
    final List<Token> tokens;
    final AnalyzedText analyzed;
    final List<QuotedSpan> quotes;
    /** Whether each token lies inside a quoted span, its marks included. */
    final boolean[] quotedTok;
    /** Index of the first token of each quote (its opening mark's token, if any). */
    final int[] firstTok;
    /** Index of the last token of each quote. */
    final int[] lastTok;
    final PhraseFinder phrases;
    final EntityModel resolver;
    final CueFinder cues;
    final SourceFinder sources;
    final SpeakerNamer speakers;
    final ReportedClauses clauses;
    /** The quote each token lies in (marks included), or -1. */
    final int[] quoteOfToken;
    /** The offset where each paragraph starts, and where it ends. */
    private final int[] paragraphStarts;
    private final int[] paragraphEnds;
    /** The decision taken on each quoted span, null while none is. */
    final Decision[] decisions;
    /** The speakers quotes without a cue may take over. */
    final ParagraphMemory memory = new ParagraphMemory();
    private final SentenceCues[] sentenceCues;

    DocumentView(AnalyzedText analyzed, List<QuotedSpan> quotes, Lexicons lexicons) {
        this.analyzed = analyzed;
        this.text = analyzed.text();
        this.tokens = analyzed.tokens();
        this.quotes = List.copyOf(quotes);
        this.quotedTok = new boolean[tokens.size()];
        this.quoteOfToken = new int[tokens.size()];
        java.util.Arrays.fill(quoteOfToken, -1);
        this.firstTok = new int[quotes.size()];
        this.lastTok = new int[quotes.size()];
        for (int q = 0; q < quotes.size(); q++) {
            QuotedSpan s = quotes.get(q);
            int from = s.openMark();
            int to = s.closeMark() >= 0 ? markEnd(s.closeMark()) : s.extent().end();
            firstTok[q] = analyzed.tokenAtOrAfter(from);
            int k = firstTok[q];
            while (k < tokens.size() && tokens.get(k).begin() < to) {
                quotedTok[k] = true;
                quoteOfToken[k] = q;
                k++;
            }
            lastTok[q] = Math.max(firstTok[q], k - 1);
        }
        this.phrases = new PhraseFinder(tokens, quotedTok, lexicons.titles(), lexicons.organizationWords(), lexicons::personNoun);
        this.resolver = new EntityModel(tokens, quotedTok, phrases, lexicons.organizationWords(), lexicons.animate());
        this.cues = new CueFinder(this, lexicons.cues());
        this.sources = new SourceFinder(this, lexicons);
        this.speakers = new SpeakerNamer(this, lexicons);
        this.clauses = new ReportedClauses(this, lexicons.reporting(), lexicons::addressee);
        List<Span> paragraphs = dev.verbatim.detect.Paragraphs.of(text);
        this.paragraphStarts = paragraphs.stream().mapToInt(Span::begin).toArray();
        this.paragraphEnds = paragraphs.stream().mapToInt(Span::end).toArray();
        this.decisions = new Decision[quotes.size()];
        this.sentenceCues = new SentenceCues[quotes.size()];
    }

    /** The cues in the sentence of quote {@code q} (computed once), or null when it has none. */
    SentenceCues sentenceCues(int q) {
        if (sentenceCues[q] == null) {
            SentenceCues found = SentenceCues.find(this, q);
            sentenceCues[q] = found == null ? SentenceCues.NONE : found;
        }
        return sentenceCues[q] == SentenceCues.NONE ? null : sentenceCues[q];
    }

    /** The offset after the quotation mark at {@code pos}: one character, or an HTML entity. */
    int markEnd(int pos) {
        if (text.charAt(pos) == '&') {
            int semi = text.indexOf(';', pos);
            return semi > pos ? semi + 1 : pos + 1;
        }
        return pos + 1;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int sentenceOf(int token) {
        return tokens.get(token).sentence();
    }

    /** The first token of sentence {@code s}. */
    int sentenceBegin(int s) {
        return analyzed.sentenceBegin(s);
    }

    /** The token after sentence {@code s}. */
    int sentenceEnd(int s) {
        return analyzed.sentenceEnd(s);
    }

    /** Number of whitespace-separated words inside the quote's marks. */
    int wordCount(QuotedSpan s) {
        int n = 0;
        for (Span p : s.pieces()) {
            for (String w : p.textOf(text).strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether nothing but punctuation stands beside quote {@code q} in its sentences. */
    boolean standalone(int q) {
        int sa = sentenceOf(firstTok[q]);
        int sb = sentenceOf(lastTok[q]);
        int from = sentenceBegin(sa);
        int to = sentenceEnd(sb);
        if (firstTok[q] - from > MAX_REACH || to - lastTok[q] > MAX_REACH) {
            return false; // a sentence this long is not just the quote
        }
        for (int k = from; k < to; k++) {
            if (!quotedTok[k] && !tokens.get(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /** Whether quote {@code q}'s opening mark is the first thing on its line. */
    boolean startsParagraph(int q) {
        QuotedSpan s = quotes.get(q);
        int i = s.openMark() - 1;
        while (i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
            i--;
        }
        return true;
    }

    /** The offset of the first non-space character after the quote's closing mark. */
    int nextWordStart(QuotedSpan s) {
        int i = s.closeMark() + 1;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether only a little punctuation stands between {@code offset} and the end of its line. */
    boolean endsLine(int offset) {
        int other = 0;
        for (int i = offset; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && ++other > 2) {
                return false;
            }
        }
        return true;
    }

    /** Whether only quoted tokens and punctuation stand between {@code lo} and {@code first}. */
    boolean startsSentence(int first, int lo) {
        for (int k = lo; k < first; k++) {
            if (!quotedTok[k] && !tokens.get(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of sentence {@code s}, taking in the next sentence when it starts in lower case:
     * the splitter ends a sentence at “…?” even when “he said” follows.
     */
    int sentenceEndWithTail(int s, int last) {
        int end = sentenceEnd(s);
        if (s + 1 < analyzed.sentenceCount() && end < tokens.size()) {
            Token next = tokens.get(end);
            boolean samePara = text.substring(tokens.get(end - 1).end(), next.begin()).indexOf('\n') < 0;
            if (!samePara || quotedTok[end]) {
                return end;
            }
            if (Character.isLowerCase(next.text().codePointAt(0))) {
                return sentenceEnd(s + 1);
            }
            // “…?” Biden said. — the quote closed the sentence and a short attribution follows
            if (end - 1 == last) {
                int tailEnd = sentenceEnd(s + 1);
                if (tokens.get(tailEnd - 1).text().equals(":")) {
                    return end; // “…” She went on to say: “…”: the next sentence introduces the next quote
                }
                // “…!” Pruitt, the director of the Lakeshore Fund, tweeted on Friday.: a name's apposition
                // between the commas does not make the attribution a sentence of its own
                int apposition = 0;
                int limit = Math.min(tailEnd, end + 6);
                for (int k = end; k < limit; k++) {
                    if (quotedTok[k]) {
                        continue;
                    }
                    if (cues.cueAt(k, tailEnd) > 0) {
                        // “We feel good.” She noted a rally planned for Saturday in …: a sentence of its own
                        return endsWithFullStop(last) && tailEnd - end - apposition > MAX_TAIL ? end : tailEnd;
                    }
                    if (apposition == 0 && k > end && tokens.get(k).text().equals(",")
                            && tokens.get(k - 1).pos().startsWith("NNP")) {
                        int close = nextComma(k + 1, Math.min(tailEnd, k + 1 + MAX_APPOSITION));
                        if (close < Math.min(tailEnd, k + 1 + MAX_APPOSITION)) {
                            apposition = close - k + 1;
                            limit = Math.min(tailEnd, close + 2);
                            k = close;
                        }
                    }
                }
            }
        }
        return end;
    }

    /** The first finite verb outside quotation marks in tokens {@code [from, to)}, or {@code to}. */
    int nextFiniteVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!quotedTok[k] && tokens.get(k).isFiniteVerb()) {
                return k;
            }
        }
        return to;
    }

    /** The first verb outside quotation marks in tokens {@code [from, to)}, or {@code to}. */
    int nextVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!quotedTok[k] && tokens.get(k).isVerb()) {
                return k;
            }
        }
        return to;
    }

    /** The first comma outside quotation marks in tokens {@code [from, to)}, or {@code to}. */
    int nextComma(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!quotedTok[k] && tokens.get(k).text().equals(",")) {
                return k;
            }
        }
        return to;
    }

    /** Whether the quotation whose last token is {@code last} ends with a full stop inside its marks. */
    private boolean endsWithFullStop(int last) {
        int q = quoteOfToken[last];
        if (q < 0) {
            return false;
        }
        String inner = quotes.get(q).extent().textOf(text).strip();
        return inner.endsWith(".");
    }

    /** Whether quote {@code q} ends with a comma, inside its marks or right after them. */
    boolean endsWithComma(int q, int hi) {
        String inner = quotes.get(q).extent().textOf(text);
        int last = lastTok[q];
        return inner.endsWith(",") || last + 1 < hi && tokens.get(last + 1).text().equals(",");
    }

    /** Whether quote {@code q} ends with a question or exclamation mark inside its marks (“…?” asked Dunn). */
    boolean endsWithQuestion(int q) {
        String inner = quotes.get(q).extent().textOf(text).strip();
        return inner.endsWith("?") || inner.endsWith("!");
    }

    /**
     * Whether sentence {@code s} is prose that reported speech may be looked for in: a whole
     * sentence (not a piece of an overlong one) of at most {@link ReportedClauses#MAX_SENTENCE}
     * tokens, not a question, in a paragraph of prose length ({@link AnalysisWindows#MAX_PARAGRAPH}).
     */
    boolean prose(int s) {
        int size = sentenceEnd(s) - sentenceBegin(s);
        if (size < 2 || size > ReportedClauses.MAX_SENTENCE || analyzed.isPiece(s)) {
            return false;
        }
        int last = sentenceEnd(s) - 1;
        if (!quotedTok[last] && tokens.get(last).text().equals("?")) {
            return false; // the writer's own question ("Did he say that?") attributes nothing
        }
        int p = paragraphOf(tokens.get(sentenceBegin(s)).begin());
        return p >= paragraphEnds.length || paragraphEnds[p] - paragraphStarts[p] <= AnalysisWindows.MAX_PARAGRAPH;
    }

    /** The zero-based paragraph (line) of character {@code offset}. */
    int paragraphOf(int offset) {
        int i = java.util.Arrays.binarySearch(paragraphStarts, offset);
        return Math.max(0, i >= 0 ? i : -i - 2);
    }

    /** The tokens' text from token {@code from} to token {@code to} (exclusive), as written. */
    Span spanOf(int from, int to) {
        return new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
}
