package dev.verbatim.attribute;

import dev.verbatim.Cue;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which quoted spans are speech and attributes each to a speaker and cue.
 *
 * <p>For each quote it looks for a cue in the sentence around it ("said Putin", "Putin said", "he
 * affirmed", "Kremlin spokesman Dmitry Peskov remarked, “…”", "…, stating, “…”", "according to the
 * Kremlin", "Putin said: “…”"), takes the noun phrase next to the cue as the speaker and resolves
 * it with a {@link SpeakerResolver}. A quote with no cue in its sentence takes the speaker of the
 * quote before it in its paragraph, or of the previous paragraph, at a lower confidence. Titles
 * ("the film “Oppenheimer”"), nicknames (Joe “the Plumber” Wurzelbacher) and scare quotes (short
 * quoted words with no cue and no speaker in reach) are not speech and are dropped.
 *
 * <p>Immutable and thread-safe: all per-document state lives in a {@link Document}.
 */
public final class QuoteAttributor {

    private static final Set<String> SKIP_BEFORE_CUE = Set.of("also", "later", "then", "has", "have", "had",
            "was", "is", "were", "are", "did", "does", "will", "would", "once", "previously", "recently",
            "further", "again", "repeatedly", "publicly", "privately", "often", "quickly", "simply", "flatly",
            "just", "still", "never", "always", "earlier", "subsequently", "'s", "’s", "'re", "’re", "'ve", "’ve",
            "been", "being", "be", "'d", "’d");
    /**
     * Words before (or right after) a short title-case quote that make it a name or title ("on
     * “Meet the Press”", "dubbed “Lyin' Ted”"), unless a cue before it makes it reported speech.
     */
    private static final Set<String> TITLE_INTRO = Set.of("magazine", "newspaper", "essay", "column", "headline",
            "slogan", "hashtag", "exhibition", "exhibit", "drama", "broadcast", "segment", "campaign", "initiative",
            "operation", "bill", "act", "law", "plan", "report", "paper", "study", "blog", "website", "site",
            "channel", "newsletter", "anthem", "game", "tour", "track", "single", "dubbed", "nicknamed", "branded",
            "named", "so-called", "word", "words", "term", "phrase", "label", "motto", "nickname", "radio", "forum",
            "conference", "summit", "festival", "award", "prize", "contest", "competition", "event", "rally",
            "party", "movement", "brand", "franchise");
    private static final int MAX_APPOSITION = 30;
    /** "known as", "known to fans as", "better known locally as" right before a quote: a nickname. */
    private static final Pattern KNOWN_AS = Pattern.compile("\\bknown(?: [\\p{L}’'-]+){0,4} as$");
    /** How many tokens before and after a quote its attribution is looked for in (bounds the work per quote). */
    private static final int MAX_REACH = 80;
    /** Words that name a work right before its title, whatever the sentence says around them. */
    private static final Set<String> WORK_NOUNS = Set.of("titled", "entitled", "film", "movie", "book", "show",
            "series", "documentary", "song", "album", "novel", "podcast", "play", "episode", "musical", "sitcom",
            "opera", "poem", "painting", "memoir", "programme", "program", "title", "sculpture", "mural", "photograph");
    /** "PENCE:" or "SEN. WARREN:" opening a quoted transcript turn. */
    private static final Pattern TRANSCRIPT_LABEL = Pattern.compile("((?:[A-Z][A-Z'’\\-]+\\.? ){0,2}[A-Z][A-Z'’\\-]+):\\s");
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
    /** Prepositions whose phrase stands between a subject and its verb: "Obama on Friday declared". */
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "after", "before", "over",
            "from", "with", "for", "by", "of", "into", "throughout", "via", "to");
    private static final java.util.Map<String, String> PARTICLE_VERBS = java.util.Map.of("shoot", "back", "fire", "back",
            "hit", "back", "push", "back", "snap", "back", "strike", "back", "cut", "in", "chime", "in", "weigh", "in");

    private final CueLexicon cues;
    private final Set<String> titles;
    private final Set<String> orgWords;

    public QuoteAttributor(CueLexicon cues) {
        this.cues = cues;
        this.titles = WordList.load("titles.txt");
        this.orgWords = WordList.load("organization-words.txt");
    }

    /** Attributes the top-level quoted spans of one document and returns its quotes in order. */
    public List<Quote> attribute(AnalyzedText analyzed, List<QuotedSpan> quoted) {
        return new Document(analyzed, splitTranscriptTurns(analyzed.text(), quoted)).run();
    }

    /**
     * A quote continued over paragraphs is one speaker's, unless a paragraph opens with a new
     * transcript label ("WALLACE: …", then "PENCE: …"): each labelled turn is its own quote.
     */
    private static List<QuotedSpan> splitTranscriptTurns(String text, List<QuotedSpan> quoted) {
        List<QuotedSpan> out = new ArrayList<>();
        for (QuotedSpan q : quoted) {
            int from = 0;
            List<Span> pieces = q.pieces();
            for (int i = 1; i <= pieces.size(); i++) {
                boolean cut = i == pieces.size() || TRANSCRIPT_LABEL.matcher(text)
                        .region(pieces.get(i).begin(), pieces.get(i).end()).lookingAt();
                if (cut) {
                    boolean last = i == pieces.size();
                    int open = from == 0 ? q.openMark() : pieces.get(from).begin() - 1;
                    out.add(new QuotedSpan(pieces.subList(from, i), open, last ? q.closeMark() : -1, q.depth(),
                            q.paragraph() + from, q.markStyle()));
                    from = i;
                }
            }
        }
        return out;
    }

    /** What was decided for one quoted span: whether it is speech, and its attribution. */
    private record Decision(QuotedSpan span, boolean speech, Found found) {

        static Decision speech(QuotedSpan span, Found found) {
            return new Decision(span, true, found);
        }

        static Decision notSpeech(QuotedSpan span) {
            return new Decision(span, false, Found.NONE);
        }
    }

    /** An attribution: speaker, cue, confidence, and the cue's token (-1 without a cue in reach). */
    private record Found(Speaker speaker, Cue cue, double confidence, int cueToken, String rule) {
        static final Found NONE = new Found(Speaker.unknown(), Cue.absent(), 0, -1, "none");

        /** The same speaker, taken over by a quote without a cue of its own. */
        Found inherited(double maxConfidence, String rule) {
            return new Found(speaker, Cue.absent(), Math.min(maxConfidence, confidence), -1, rule);
        }
    }

    private static Speaker.Known known(Mention mention, String name, SpeakerKind kind, Optional<String> role) {
        return new Speaker.Known(mention, name, kind, role, 0, dev.verbatim.Gender.UNKNOWN);
    }

    private final class Document {
        final String text;
        final List<Token> tokens;
        final AnalyzedText analyzed;
        final List<QuotedSpan> quotes;
        final boolean[] quotedTok;
        final int[] firstTok;
        final int[] lastTok;
        final PhraseFinder phrases;
        final SpeakerResolver resolver;

        Document(AnalyzedText analyzed, List<QuotedSpan> quotes) {
            this.analyzed = analyzed;
            this.text = analyzed.text();
            this.tokens = analyzed.tokens();
            this.quotes = quotes;
            this.quotedTok = new boolean[tokens.size()];
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
                    k++;
                }
                lastTok[q] = Math.max(firstTok[q], k - 1);
            }
            this.phrases = new PhraseFinder(tokens, quotedTok, titles, orgWords);
            this.resolver = new SpeakerResolver(tokens, quotedTok, phrases);
        }

        List<Quote> run() {
            List<Decision> decisions = new ArrayList<>();
            Found lastInParagraph = null;
            int lastParagraph = -1;
            Found lastOfPrevious = null;
            for (int q = 0; q < quotes.size(); q++) {
                QuotedSpan s = quotes.get(q);
                if (s.paragraph() != lastParagraph) {
                    if (lastInParagraph != null) {
                        lastOfPrevious = lastInParagraph;
                    } else if (s.paragraph() > lastParagraph + 1) {
                        lastOfPrevious = null;
                    }
                    lastInParagraph = null;
                    lastParagraph = s.paragraph();
                }
                Decision d = decide(q, lastInParagraph, lastOfPrevious);
                decisions.add(d);
                if (d.speech() && d.found().speaker() instanceof Speaker.Known) {
                    lastInParagraph = d.found();
                }
            }
            return merge(decisions);
        }

        private Decision decide(int q, Found inParagraph, Found previousParagraph) {
            QuotedSpan s = quotes.get(q);
            if (isTitleOrNickname(q) || stageDirection(s)) {
                return Decision.notSpeech(s);
            }
            Found f = transcriptLabel(q);
            if (f == null) {
                f = dashSignature(q);
            }
            if (f == null) {
                f = fromSentence(q);
            }
            if (f == null) {
                f = colonIntro(q);
            }
            if (f != null) {
                return Decision.speech(s, f);
            }
            if (!standalone(q) && wordCount(s) < 4) {
                return Decision.notSpeech(s); // a scare quote: short, no cue, inside a sentence
            }
            Found intro = previousSentenceIntro(q);
            if (intro != null && intro.speaker() instanceof Speaker.Known) {
                return Decision.speech(s, intro);
            }
            if (inParagraph != null) {
                return Decision.speech(s, inParagraph.inherited(0.8, "inherited-in-paragraph"));
            }
            if (previousParagraph != null && startsParagraph(q)) {
                return Decision.speech(s, previousParagraph.inherited(0.6, "inherited-from-paragraph"));
            }
            return Decision.speech(s, new Found(Speaker.unknown(), Cue.absent(), 0.5, -1, "no-attribution"));
        }

        // ---- speech or not

        private boolean isTitleOrNickname(int q) {
            QuotedSpan s = quotes.get(q);
            int before = prevToken(firstTok[q]);
            int after = nextToken(lastTok[q]);
            String inner = s.pieces().get(0).textOf(text);
            int words = wordCount(s);
            if (words <= 3 && before >= 0 && after >= 0 && tokens.get(before).isProperNoun()
                    && tokens.get(after).isProperNoun() && tokens.get(before).sentence() == tokens.get(after).sentence()
                    && !tokens.get(before).text().endsWith(".") && tokens.get(after).begin() == nextWordStart(s)) {
                return true; // Robert C. "Bobby" Scott
            }
            String lead = text.substring(Math.max(0, s.openMark() - 40), s.openMark()).toLowerCase(Locale.ROOT).strip();
            if (lead.endsWith("so-called") || lead.endsWith("so called")) {
                return true; // the so-called “special military operation”
            }
            if (words <= 5 && KNOWN_AS.matcher(lead).find()) {
                return true; // known on the waterfront as “Big Ray”
            }
            if (words > 10 || !titleCase(inner)) {
                return false;
            }
            if (before < 0) {
                return false;
            }
            Token b = tokens.get(before);
            String bw = b.text().toLowerCase(Locale.ROOT);
            if (b.pos().equals("POS") || bw.equals("’s") || bw.equals("'s") || WORK_NOUNS.contains(bw)) {
                return true; // CNN’s “State of the Union”, the film “Oppenheimer”, a report titled “…”
            }
            if (bw.equals(",") && before > 0 && WORK_NOUNS.contains(tokens.get(before - 1).text().toLowerCase(Locale.ROOT))) {
                return true; // The painting, “Harbor at Dusk,” is …
            }
            boolean titleContext = bw.equals("on") || bw.equals("of") || bw.equals("in") || TITLE_INTRO.contains(bw)
                    || (bw.equals("a") || bw.equals("an")) && words >= 2
                    || after >= 0 && TITLE_INTRO.contains(tokens.get(after).text().toLowerCase(Locale.ROOT));
            // inside reported speech ("Clinton says the native nicknamed “King James” is …") it is still speech
            return titleContext && !cueBefore(q);
        }

        /** Whether a cue stands before the quote in its sentence. */
        private boolean cueBefore(int q) {
            int lo = Math.max(analyzed.sentenceBegin(tokens.get(firstTok[q]).sentence()), firstTok[q] - MAX_REACH);
            for (int k = firstTok[q] - 1; k >= lo; k--) {
                if (!quotedTok[k] && cueAt(k, firstTok[q]) > 0) {
                    return true;
                }
            }
            return false;
        }

        /** “(CROSSTALK.)”: a stage direction in parentheses or brackets, not speech. */
        private boolean stageDirection(QuotedSpan s) {
            String t = s.extent().textOf(text).strip();
            return s.pieces().size() == 1 && t.length() > 2 && (t.charAt(0) == '(' || t.charAt(0) == '[')
                    && (t.endsWith(")") || t.endsWith(").") || t.endsWith("]") || t.endsWith("]."));
        }

        private int nextWordStart(QuotedSpan s) {
            int i = s.closeMark() + 1;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private boolean titleCase(String inner) {
            String[] w = inner.strip().split("\\s+");
            if (w.length == 0 || w[0].isEmpty()) {
                return false;
            }
            int caps = 0;
            int content = 0;
            for (String x : w) {
                String t = x.replaceAll("^[^\\p{L}\\p{N}]+", "");
                if (t.isEmpty()) {
                    continue;
                }
                if (t.length() > 3 || w.length <= 2) {
                    content++;
                    if (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))) {
                        caps++;
                    }
                }
            }
            String lead = w[0].replaceAll("^[^\\p{L}\\p{N}]+", "");
            char first = lead.isEmpty() ? 'x' : lead.charAt(0);
            return (Character.isUpperCase(first) || Character.isDigit(first)) && content > 0 && caps == content;
        }

        private int wordCount(QuotedSpan s) {
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

        /** Whether nothing but punctuation stands beside the quote in its sentences. */
        private boolean standalone(int q) {
            int sa = tokens.get(firstTok[q]).sentence();
            int sb = tokens.get(lastTok[q]).sentence();
            int from = analyzed.sentenceBegin(sa);
            int to = analyzed.sentenceEnd(sb);
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

        private boolean startsParagraph(int q) {
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

        private int prevToken(int i) {
            return i - 1 >= 0 ? i - 1 : -1;
        }

        private int nextToken(int i) {
            return i + 1 < tokens.size() ? i + 1 : -1;
        }

        // ---- attribution within the sentence

        /** A quoted transcript turn, "PENCE: Well, look …": the speaker is the capitalised label. */
        private Found transcriptLabel(int q) {
            Span first = quotes.get(q).pieces().get(0);
            Matcher m = TRANSCRIPT_LABEL.matcher(text).region(first.begin(), first.end());
            if (!m.lookingAt()) {
                return null;
            }
            Span label = new Span(m.start(1), m.end(1));
            Span colon = new Span(m.end(1), m.end(1) + 1);
            String word = label.textOf(text);
            String[] parts = word.split("[\\s.]+");
            SpeakerResolver.Entity e = resolver.byName(parts[parts.length - 1]);
            String name = e != null ? e.canonical() : capitalized(word);
            Speaker speaker = known(new Mention(label, word), name, SpeakerKind.PERSON, Optional.empty());
            return new Found(speaker, new Cue.Present(colon, ":", ":"), 0.9, -1, "transcript-label");
        }

        private String capitalized(String upper) {
            StringBuilder sb = new StringBuilder(upper.length());
            boolean start = true;
            for (char ch : upper.toCharArray()) {
                sb.append(start ? ch : Character.toLowerCase(ch));
                start = !Character.isLetter(ch);
            }
            return sb.toString();
        }

        /** “Build a wall around him.” ― Steve Quinlan: a name signed after a dash. */
        private Found dashSignature(int q) {
            QuotedSpan s = quotes.get(q);
            int k = lastTok[q] + 1;
            if (s.closeMark() < 0 || k + 1 >= tokens.size() || quotedTok[k]) {
                return null;
            }
            Token dash = tokens.get(k);
            if (!DASHES.contains(dash.text()) || dash.begin() - s.closeMark() > 3) {
                return null;
            }
            Phrase p = phrases.startingAt(k + 1, analyzed.sentenceEnd(tokens.get(k + 1).sentence()));
            if (p == null || p.pronoun() || p.kind() == SpeakerKind.DESCRIPTION || !endsLine(tokens.get(p.end() - 1).end())) {
                return null; // a signature ends its line: “…” ― Steve Quinlan
            }
            return new Found(speakerOf(p, k), cue(k, 1), 0.85, k, "dash-signature");
        }

        /** The offset after the quotation mark at {@code pos}: one character, or an HTML entity. */
        private int markEnd(int pos) {
            if (text.charAt(pos) == '&') {
                int semi = text.indexOf(';', pos);
                return semi > pos ? semi + 1 : pos + 1;
            }
            return pos + 1;
        }

        /** Whether only a little punctuation stands between {@code offset} and the end of its line. */
        private boolean endsLine(int offset) {
            int other = 0;
            for (int i = offset; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
                if (!Character.isWhitespace(text.charAt(i)) && ++other > 2) {
                    return false;
                }
            }
            return true;
        }

        /** Attribution from a cue in the sentences around the quote, or null. */
        private Found fromSentence(int q) {
            int first = firstTok[q];
            int last = lastTok[q];
            int sa = tokens.get(first).sentence();
            int sb = tokens.get(last).sentence();
            int lo = Math.max(analyzed.sentenceBegin(sa), first - MAX_REACH);
            int hi = Math.min(sentenceEndWithTail(sb, last), last + 1 + MAX_REACH);
            int after = -1;
            int afterLen = 0;
            int dAfter = 0;
            for (int k = last + 1; k < hi; k++) {
                if (quotedTok[k]) {
                    continue;
                }
                int len = cueAt(k, hi);
                if (len > 0) {
                    after = k;
                    afterLen = len;
                    break;
                }
                if (!tokens.get(k).isPunctuation()) {
                    dAfter++;
                }
            }
            int before = -1;
            int beforeLen = 0;
            int dBefore = 0;
            for (int k = first - 1; k >= lo; k--) {
                if (quotedTok[k]) {
                    continue;
                }
                int len = cueAt(k, hi);
                if (len > 0 && k + len <= first) {
                    before = k;
                    beforeLen = len;
                    break;
                }
                if (!tokens.get(k).isPunctuation()) {
                    dBefore++;
                }
            }
            if (after < 0 && before < 0) {
                return null;
            }
            if (before >= 0) {
                // "Clinton says she appreciated … what she calls a “war …”": the outer cue owns the quote
                for (int k = before - 1; k >= lo && !quotedTok[k]; k--) {
                    int len = cueAt(k, hi);
                    if (len > 0 && !tokens.get(k).pos().equals("VBN") && subjectOf(k, len, false, lo, hi) != null) {
                        dBefore += before - k;
                        before = k;
                        beforeLen = len;
                    }
                }
            }
            boolean useAfter;
            if (after < 0) {
                useAfter = false;
            } else if (before < 0) {
                useAfter = true;
            } else if (startsSentence(first, lo)) {
                useAfter = true;
            } else {
                // an embedded quote belongs to the cue before it, unless “…,” X said follows at once
                useAfter = dAfter <= 2 && dAfter < dBefore && endsWithComma(q, hi);
            }
            int c = useAfter ? after : before;
            int len = useAfter ? afterLen : beforeLen;
            Phrase subject = subjectOf(c, len, useAfter && dAfter == 0, lo, hi);
            Cue cue = cue(c, len);
            if (subject == null) {
                return new Found(Speaker.unknown(), cue, 0.5, c, useAfter ? "cue-after-quote" : "cue-before-quote");
            }
            double conf = useAfter ? (dAfter <= 3 ? 0.95 : 0.85) : (dBefore <= 2 ? 0.95 : 0.8);
            return new Found(speakerOf(subject, c), cue, subject.pronoun() ? conf - 0.05 : conf, c,
                    useAfter ? "cue-after-quote" : "cue-before-quote");
        }

        /**
         * The end of sentence {@code s}, taking in the next sentence when it starts in lower case:
         * the splitter ends a sentence at “…?” even when “he said” follows.
         */
        private int sentenceEndWithTail(int s, int last) {
            int end = analyzed.sentenceEnd(s);
            if (s + 1 < analyzed.sentenceCount() && end < tokens.size()) {
                Token next = tokens.get(end);
                boolean samePara = text.substring(tokens.get(end - 1).end(), next.begin()).indexOf('\n') < 0;
                if (!samePara || quotedTok[end]) {
                    return end;
                }
                if (Character.isLowerCase(next.text().codePointAt(0))) {
                    return analyzed.sentenceEnd(s + 1);
                }
                // “…?” Biden said. — the quote closed the sentence and a short attribution follows
                if (end - 1 == last) {
                    int tailEnd = analyzed.sentenceEnd(s + 1);
                    for (int k = end; k < Math.min(tailEnd, end + 6); k++) {
                        if (!quotedTok[k] && cueAt(k, tailEnd) > 0) {
                            return tailEnd;
                        }
                    }
                }
            }
            return end;
        }

        private boolean startsSentence(int first, int lo) {
            for (int k = lo; k < first; k++) {
                if (!quotedTok[k] && !tokens.get(k).isPunctuation()) {
                    return false;
                }
            }
            return true;
        }

        private boolean endsWithComma(int q, int hi) {
            String inner = quotes.get(q).extent().textOf(text);
            int last = lastTok[q];
            return inner.endsWith(",") || last + 1 < hi && tokens.get(last + 1).text().equals(",");
        }

        /** Length in tokens of the cue at {@code k}, or 0. */
        private int cueAt(int k, int hi) {
            int phrase = cues.phraseAt(tokens, k, hi);
            if (phrase > 0) {
                return phrase;
            }
            Token t = tokens.get(k);
            if (particleCue(k, hi)) {
                return 2;
            }
            if (!cues.isCueVerb(t)) {
                return 0;
            }
            String lemma = t.lemma();
            if ((t.pos().equals("VBN") || t.pos().startsWith("JJ")) && k > 0 && tokens.get(k - 1).pos().equals("DT")) {
                return 0; // "a written statement"
            }
            if (t.text().toLowerCase(Locale.ROOT).startsWith("so-") || k > 0 && tokens.get(k - 1).is("so")
                    || k > 1 && tokens.get(k - 1).text().equals("-") && tokens.get(k - 2).is("so")) {
                return 0; // "so-called" is no cue
            }
            // "point" speaks only with "out"; "read" only of a text ("the statement read")
            if (lemma.equals("point")) {
                return k + 1 < hi && tokens.get(k + 1).is("out") ? 2 : 0;
            }
            return 1;
        }

        /** "shot back", "cut in", "chimed in": verbs that speak only with their particle. */
        private boolean particleCue(int k, int hi) {
            Token t = tokens.get(k);
            String particle = PARTICLE_VERBS.get(t.lemma());
            return t.isVerb() && particle != null && k + 1 < hi && tokens.get(k + 1).is(particle);
        }

        private Cue cue(int c, int len) {
            Token a = tokens.get(c);
            Token b = tokens.get(c + len - 1);
            Span span = new Span(a.begin(), b.end());
            String lemma = len > 1 ? span.textOf(text).toLowerCase(Locale.ROOT) : a.lemma();
            return new Cue.Present(span, span.textOf(text), lemma);
        }

        /** The speaker phrase of the cue at {@code c}. */
        private Phrase subjectOf(int c, int len, boolean rightAfterQuote, int lo, int hi) {
            if (len > 1 && tokens.get(c).is("according")) {
                return phrases.startingAt(c + len, hi);
            }
            if (rightAfterQuote) {
                Phrase p = phrases.startingAt(skipAdverbs(c + len, hi), hi);
                if (p != null) {
                    return withApposition(p, hi);
                }
            }
            Token cueTok = tokens.get(c);
            if (cueTok.pos().equals("VBG")) {
                Phrase p = clauseSubject(c, lo);
                if (p != null) {
                    return p;
                }
            }
            Phrase p = left(c, lo);
            if (p != null) {
                return p;
            }
            int k = c - 1;
            while (k >= lo && !quotedTok[k] && tokens.get(k).pos().startsWith("RB")) {
                k--;
            }
            if (k >= lo && !quotedTok[k] && (tokens.get(k).pos().equals("CC") || tokens.get(k).text().equals(",")
                    || tokens.get(k).pos().equals("TO"))) {
                return clauseSubject(c, lo); // "… and called it “unheard of”", "… went on to say"
            }
            while (k >= lo && !quotedTok[k] && tokens.get(k).isPunctuation()) {
                k--;
            }
            if (k < lo || quotedTok[k] || tokens.get(c - 1).text().equals(",")) {
                // “A,” said X. “B.”, "Continued Stone: “…”", "In other words, explained X: “…”"
                // — nothing on the left, the speaker follows the cue
                Phrase inverted = phrases.startingAt(skipAdverbs(c + len, hi), hi);
                return inverted == null ? null : withApposition(inverted, hi);
            }
            return null;
        }

        private int skipAdverbs(int k, int hi) {
            while (k < hi && !quotedTok[k] && (tokens.get(k).pos().startsWith("RB"))) {
                k++;
            }
            return k;
        }

        /** The phrase before the cue, over adverbs, auxiliaries and an apposition. */
        private Phrase left(int c, int lo) {
            int k = c - 1;
            for (int round = 0; round < 3; round++) {
                while (k >= lo && !quotedTok[k] && (tokens.get(k).pos().startsWith("RB") || tokens.get(k).pos().equals("MD")
                        || SKIP_BEFORE_CUE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
                    k--;
                }
                k = skipParenthesis(k, lo);
                // "Obama on Friday declared", "Trump in his speech called": step over the phrase
                Phrase pp = k >= lo && !quotedTok[k] ? phrases.endingAt(k, lo) : null;
                if (pp == null || pp.pronoun() || pp.start() - 1 < lo || quotedTok[pp.start() - 1]
                        || !PREPOSITIONS.contains(tokens.get(pp.start() - 1).text().toLowerCase(Locale.ROOT))) {
                    break;
                }
                k = pp.start() - 2;
            }
            if (k < lo || quotedTok[k]) {
                return null;
            }
            if (tokens.get(k).text().equals(",")) {
                // "Peskov, the Kremlin spokesman, said" / "Trump, speaking in Ohio, said" / "Hale, 88, who …, said"
                for (int j = k - 1; j >= lo && j >= k - MAX_APPOSITION; j--) {
                    if (quotedTok[j] || !tokens.get(j).text().equals(",")) {
                        continue;
                    }
                    Phrase head = phrases.endingAt(skipParenthesis(j - 1, lo), lo);
                    if (head == null || isNumber(head)) {
                        continue;
                    }
                    Phrase apposition = phrases.startingAt(j + 1, k);
                    return apposition != null && apposition.end() == k ? withRole(head, apposition) : head;
                }
                return null;
            }
            return phrases.endingAt(k, lo);
        }

        /** Skips back over a parenthesis ending at {@code k}: "Harry Reid (D-Nev.) said". */
        private int skipParenthesis(int k, int lo) {
            if (k >= lo && !quotedTok[k] && (tokens.get(k).text().equals(")") || tokens.get(k).text().equals("-RRB-"))) {
                for (int j = k - 1; j >= lo && j >= k - 10 && !quotedTok[j]; j--) {
                    if (tokens.get(j).text().equals("(")) {
                        return j - 1;
                    }
                }
            }
            return k;
        }

        /** "He expressed support …, stating, “…”": the subject of the nearest finite verb before. */
        private Phrase clauseSubject(int c, int lo) {
            for (int k = lo; k < c; k++) {
                Token t = tokens.get(k);
                if (!quotedTok[k] && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
                    Phrase p = left(k, lo);
                    if (p != null) {
                        return p;
                    }
                }
            }
            return null;
        }

        /** "said Dmitry Peskov, the Kremlin spokesman": take the apposition as the role. */
        private Phrase withApposition(Phrase p, int hi) {
            int k = p.end();
            if (p.pronoun() || k + 1 >= hi || quotedTok[k] || !tokens.get(k).text().equals(",")) {
                return p;
            }
            Phrase apposition = phrases.startingAt(k + 1, hi);
            if (apposition == null) {
                return p;
            }
            int after = apposition.end();
            boolean closed = after >= hi || tokens.get(after).isPunctuation();
            return closed ? withRole(p, apposition) : p;
        }

        /**
         * A phrase and its apposition: "Dmitry Peskov, the Kremlin spokesman" keeps the name and takes
         * the description as role; "her son, Luis Dominguez" turns round, the name speaks.
         */
        private Phrase withRole(Phrase head, Phrase apposition) {
            if (head.pronoun() || apposition.pronoun()) {
                return head;
            }
            if (head.kind() == SpeakerKind.PERSON && apposition.kind() != SpeakerKind.PERSON && !head.hasRole()) {
                return head.withRole(skipDeterminer(apposition.start(), apposition.end()), apposition.end());
            }
            if (head.kind() == SpeakerKind.DESCRIPTION && apposition.kind() == SpeakerKind.PERSON && !apposition.hasRole()) {
                return apposition.withRole(skipDeterminer(head.start(), head.end()), head.end());
            }
            return head;
        }

        private int skipDeterminer(int from, int to) {
            return from + 1 < to && tokens.get(from).pos().equals("DT") ? from + 1 : from;
        }

        private boolean isNumber(Phrase p) {
            for (int i = p.mentionStart(); i < p.mentionEnd(); i++) {
                if (!tokens.get(i).pos().equals("CD")) {
                    return false;
                }
            }
            return true;
        }

        /** "Trump on Twitter: “…”" — a colon right before the quote, a person before it. */
        private Found colonIntro(int q) {
            int k = firstTok[q] - 1;
            if (k < 0 || quotedTok[k] || !tokens.get(k).text().equals(":")) {
                return null;
            }
            int lo = Math.max(analyzed.sentenceBegin(tokens.get(k).sentence()), k - MAX_REACH);
            if (k == lo + 1 && tokens.get(lo).text().equals("A")) {
                return interviewAnswer(lo, k);
            }
            Phrase subject = clauseSubject(k, lo);
            if (subject != null && subject.kind() != SpeakerKind.DESCRIPTION) {
                return new Found(speakerOf(subject, k), cue(k, 1), 0.75, k, "colon-intro");
            }
            for (int j = k - 1; j >= lo && j >= k - 8 && !quotedTok[j]; j--) {
                Phrase p = phrases.endingAt(j, lo);
                if (p != null && (p.kind() == SpeakerKind.PERSON || p.kind() == SpeakerKind.ORGANIZATION)) {
                    return new Found(speakerOf(p, k), cue(k, 1), 0.75, k, "colon-intro");
                }
            }
            return null;
        }

        /** "A: “…”" in a question-and-answer block: the last person named before it answers. */
        private Found interviewAnswer(int label, int colon) {
            int at = resolver.lastOccurrenceBefore(label);
            if (at < 0) {
                return null;
            }
            int end = at;
            while (end < tokens.size() && tokens.get(end).ner().equals("PERSON") && !quotedTok[end]) {
                end++;
            }
            if (end == at) {
                return null;
            }
            Phrase p = new Phrase(at, end, at, end, SpeakerKind.PERSON, false, -1, -1);
            return new Found(speakerOf(p, colon), cue(colon, 1), 0.7, colon, "interview-answer");
        }

        /**
         * "Putin said:" or "Cruz tweeted a warning." in the sentence just before the quote, when that
         * sentence has no quote of its own and stands in the quote's or the previous paragraph.
         */
        private Found previousSentenceIntro(int q) {
            int k = firstTok[q] - 1;
            if (k < 0 || quotedTok[k]) {
                return null;
            }
            int sentence = tokens.get(k).sentence();
            if (sentence == tokens.get(firstTok[q]).sentence()) {
                return null; // words before the quote in its own sentence: not an introduction
            }
            int lo = Math.max(analyzed.sentenceBegin(sentence), k - MAX_REACH);
            String gap = text.substring(tokens.get(lo).begin(), quotes.get(q).openMark());
            if (gap.split("\n\\s*", -1).length > 2) {
                return null; // further back than the previous paragraph
            }
            for (int j = lo; j <= k; j++) {
                if (quotedTok[j]) {
                    return null;
                }
            }
            boolean colon = tokens.get(k).text().equals(":");
            for (int j = k - 1; j >= lo; j--) {
                int len = cueAt(j, k + 1);
                if (len > 0) {
                    Phrase p = subjectOf(j, len, false, lo, k + 1);
                    return p == null ? null : new Found(speakerOf(p, j), cue(j, len), colon ? 0.85 : 0.7, j, "introducing-sentence");
                }
            }
            return null;
        }

        // ---- speakers

        private Speaker speakerOf(Phrase p, int cueToken) {
            Span mentionSpan = new Span(tokens.get(p.mentionStart()).begin(), tokens.get(p.mentionEnd() - 1).end());
            Mention mention = new Mention(mentionSpan, mentionSpan.textOf(text));
            Optional<String> role = p.hasRole()
                    ? Optional.of(new Span(tokens.get(p.roleStart()).begin(), tokens.get(p.roleEnd() - 1).end()).textOf(text))
                    : Optional.empty();
            Token first = tokens.get(p.mentionStart());
            if (p.pronoun() && first.pos().startsWith("W")) {
                // "Lynch, who said": the mention is "who", the speaker its antecedent
                int k = p.mentionStart() - 1;
                if (k >= 0 && tokens.get(k).text().equals(",")) {
                    k--;
                }
                Phrase antecedent = k >= 0 ? phrases.endingAt(k, Math.max(0, k - 12)) : null;
                if (antecedent != null && !antecedent.pronoun()
                        && speakerOf(antecedent, cueToken) instanceof Speaker.Known a) {
                    return known(mention, a.name(), a.kind(), a.role());
                }
                return known(mention, mention.text(), SpeakerKind.DESCRIPTION, Optional.empty());
            }
            if (p.pronoun()) {
                SpeakerResolver.Entity e = resolver.resolvePronoun(p.mentionStart(), mention.text(), null);
                if (e == null) {
                    String pr = mention.text().toLowerCase(Locale.ROOT);
                    SpeakerKind kind = pr.equals("it") || pr.equals("they") || pr.equals("we") ? SpeakerKind.DESCRIPTION
                            : SpeakerKind.PERSON;
                    return known(mention, mention.text(), kind, Optional.empty());
                }
                return known(mention, e.canonical(), SpeakerKind.PERSON, Optional.ofNullable(e.role));
            }
            switch (p.kind()) {
                case PERSON -> {
                    SpeakerResolver.Entity e = resolver.lookup(p.mentionStart(), p.mentionEnd());
                    if (e == null) {
                        return known(mention, mention.text(), SpeakerKind.PERSON, role);
                    }
                    if (role.isPresent() && e.role == null) {
                        e.role = role.get();
                    }
                    return known(mention, e.canonical(), SpeakerKind.PERSON,
                            role.isPresent() ? role : Optional.ofNullable(e.role));
                }
                case ORGANIZATION -> {
                    String name = mention.text().replaceFirst("(?i)^the\\s+", "");
                    return known(mention, name.isBlank() ? mention.text() : name, SpeakerKind.ORGANIZATION,
                            Optional.empty());
                }
                default -> {
                    // "the minister": the one person the article gives that role
                    Token head = tokens.get(p.mentionEnd() - 1);
                    if (first.is("the") && p.mentionEnd() - p.mentionStart() <= 3) {
                        SpeakerResolver.Entity e = resolver.byRole(head.text());
                        if (e != null) {
                            return known(mention, e.canonical(), SpeakerKind.PERSON,
                                    Optional.of(mention.text().replaceFirst("(?i)^the\\s+", "")));
                        }
                    }
                    return known(mention, mention.text(), SpeakerKind.DESCRIPTION, Optional.empty());
                }
            }
        }

        // ---- output

        /** Joins a quote split around its attribution and builds the records. */
        private List<Quote> merge(List<Decision> decisions) {
            List<Quote> out = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                Decision d = decisions.get(i);
                if (!d.speech()) {
                    continue;
                }
                List<Span> spans = new ArrayList<>(d.span().pieces());
                Found found = d.found();
                while (i + 1 < decisions.size() && splitContinues(decisions.get(i), decisions.get(i + 1), spans)) {
                    Decision n = decisions.get(i + 1);
                    spans.addAll(n.span().pieces());
                    if (!(found.speaker() instanceof Speaker.Known) && n.found().speaker() instanceof Speaker.Known) {
                        found = n.found();
                    }
                    i++;
                }
                StringBuilder sb = new StringBuilder();
                for (Span sp : spans) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(sp.textOf(text));
                }
                out.add(new Quote(QuoteType.DIRECT, sb.toString(), spans, found.speaker(), found.cue(),
                        round(found.confidence()), d.span().paragraph(), found.rule()));
            }
            return out;
        }

        /** “We are set,” he said, “on talks.”: the second part goes on the first's sentence. */
        private boolean splitContinues(Decision a, Decision b, List<Span> spans) {
            if (!b.speech() || a.span().paragraph() != b.span().paragraph() || a.span().closeMark() < 0) {
                return false;
            }
            String firstText = spans.get(spans.size() - 1).textOf(text);
            char end = firstText.charAt(firstText.length() - 1);
            String second = b.span().pieces().get(0).textOf(text);
            if (end == '.' || end == '!' || end == '?' || !Character.isLowerCase(second.codePointAt(0))) {
                return false;
            }
            String between = text.substring(a.span().closeMark() + 1, b.span().openMark());
            if (between.length() > 120 || between.indexOf('\n') >= 0) {
                return false;
            }
            String bt = between.strip();
            return (bt.endsWith(",") || bt.endsWith(":") || bt.endsWith("—")) && (a.found().cueToken() >= 0 || b.found().cueToken() >= 0);
        }

        private double round(double c) {
            return Math.max(0, Math.min(1, Math.round(c * 100) / 100.0));
        }
    }
}
