package dev.verbatim.attribute;

import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a document's {@link Quote} records: one per attribution, that is per owner (see
 * {@link Attribution#owner()}). A report with quoted speech inside its content or after it is
 * MIXED; a report whose content is nothing but a direct quote (“He said: “…”) leaves the quote
 * DIRECT; quoted spans that one cue owns, or that continue it, are one DIRECT quote, unless other
 * words join them in one sentence ("'rushed' and its price was 'never tested', she said"): then,
 * when MIXED quotes are asked for, they are one MIXED quote over those words.
 */
final class QuoteAssembler {

    private QuoteAssembler() {
    }

    /** Everything attributed to one owner. */
    private static final class Group {
        Report report;
        Attribution reportAttribution;
        final List<Integer> quotes = new ArrayList<>();
        boolean fragments;
    }

    static List<Quote> assemble(DocumentView doc, List<Report> reports, List<Attribution> reportAttributions,
                                boolean mixed) {
        Map<Integer, Group> groups = new LinkedHashMap<>();
        int[] reportOfToken = new int[doc.tokens.size()];
        java.util.Arrays.fill(reportOfToken, -1);
        // cues that own a quoted span before them: “…,” she said to the board
        boolean[] cueAfterQuote = new boolean[doc.tokens.size()];
        for (int q = 0; q < doc.quotes.size(); q++) {
            if (doc.decisions[q] instanceof Decision.Speech s && s.attribution().cueToken() > doc.lastTok[q]) {
                cueAfterQuote[s.attribution().cueToken()] = true;
            }
        }
        for (int r = 0; r < reports.size(); r++) {
            Report report = reports.get(r);
            if (cueAfterQuote[report.cue()] && report.first() > report.cue()) {
                continue; // “…,” she said to the board: the cue's content is the quote, not what follows
            }
            Group g = groups.computeIfAbsent(report.cue(), k -> new Group());
            g.report = report;
            g.reportAttribution = reportAttributions.get(r);
            for (Report.Range range : report.content()) {
                java.util.Arrays.fill(reportOfToken, range.from(), range.to(), r);
            }
        }
        for (int q = 0; q < doc.quotes.size(); q++) {
            int r = reportOfToken[doc.firstTok[q]];
            Report around = r >= 0 && reportOfToken[doc.lastTok[q]] == r ? reports.get(r) : null;
            if (around != null) {
                Group g = groups.get(around.cue());
                g.fragments |= !(doc.decisions[q] instanceof Decision.NotSpeech n)
                        || !n.rule().equals("title-or-nickname") && !n.rule().equals("stage-direction");
                g.quotes.add(q);
                continue;
            }
            if (doc.decisions[q] instanceof Decision.Speech speech) {
                groups.computeIfAbsent(speech.attribution().owner(), k -> new Group()).quotes.add(q);
            }
        }
        List<Quote> out = new ArrayList<>();
        for (Group g : groups.values()) {
            Quote quote = quote(doc, g, mixed, reports, reportOfToken);
            if (quote != null) {
                out.add(quote);
            }
        }
        out.sort(Comparator.comparing(q -> q.spans().get(0)));
        return out;
    }

    private static Quote quote(DocumentView doc, Group g, boolean mixed, List<Report> reports, int[] reportOfToken) {
        List<Span> spans = new ArrayList<>();
        List<Integer> outside = new ArrayList<>();
        for (int q : g.quotes) {
            if (g.report == null || !g.report.inContent(doc.firstTok[q])) {
                outside.add(q);
            }
        }
        Attribution head;
        QuoteType type;
        if (g.report != null && paraphrase(doc, g.report)) {
            head = g.reportAttribution;
            type = g.fragments || !outside.isEmpty() ? QuoteType.MIXED : QuoteType.INDIRECT;
            for (Report.Range range : g.report.content()) {
                spans.add(doc.spanOf(range.from(), range.to()));
            }
            for (int q : outside) {
                spans.addAll(doc.quotes.get(q).pieces());
            }
        } else {
            // only quoted speech: DIRECT, with the cue of the report if there was one
            List<Integer> all = new ArrayList<>(g.quotes);
            all.sort(Comparator.naturalOrder());
            List<Integer> speech = all.stream().filter(q -> doc.decisions[q] instanceof Decision.Speech).toList();
            if (speech.isEmpty() && g.report != null && g.reportAttribution != null && g.fragments) {
                // "his comment that “Islam hates us”": a quotation that is all of a report's content is its speech,
                // however short
                for (int q : all) {
                    spans.addAll(doc.quotes.get(q).pieces());
                }
                return quote(doc, QuoteType.DIRECT, Span.union(spans), g.reportAttribution, doc.quotes.get(all.get(0)).paragraph());
            }
            if (speech.isEmpty()) {
                return null;
            }
            boolean fragments = false;
            for (int i = 0; i < speech.size(); i++) {
                List<Span> pieces = doc.quotes.get(speech.get(i)).pieces();
                int next = 0;
                if (mixed && i > 0 && wordsBetween(doc, speech, speech.get(i - 1), speech.get(i))
                        && !otherReportBetween(doc, speech.get(i - 1), speech.get(i), g.report, reports, reportOfToken)) {
                    // “A” and “B”, he said: quoted words joined by other words are one paraphrase
                    Span last = spans.remove(spans.size() - 1);
                    spans.add(new Span(last.begin(), pieces.get(0).end()));
                    fragments = true;
                    next = 1;
                }
                spans.addAll(pieces.subList(next, pieces.size()));
            }
            head = headOf(doc, speech);
            int last = doc.lastTok[speech.get(speech.size() - 1)];
            if (g.report != null && g.reportAttribution != null && g.report.cue() < doc.firstTok[speech.get(0)]
                    && (doc.token(g.report.cue()).isNoun() || doc.token(g.report.cue()).isFiniteVerb())
                    && head.cueToken() > last && participleAfter(doc, last)) {
                // "stood by his comment that “Islam hates us,” refusing to acknowledge …": the comment's words; the
                // participle after them goes on with the clause, it is not their cue
                head = g.reportAttribution;
            }
            if (g.report != null && g.reportAttribution != null && head.cueToken() < 0
                    && !(head.cue() instanceof dev.verbatim.Cue.Present)) {
                head = g.reportAttribution; // "his call for “a total ban”": the report's cue, where the quote found none
            }
            type = fragments ? QuoteType.MIXED : QuoteType.DIRECT;
        }
        spans = Span.union(spans);
        int paragraph = doc.paragraphOf(spans.get(0).begin());
        if (type == QuoteType.DIRECT) {
            paragraph = doc.quotes.get(g.quotes.stream().filter(q -> doc.decisions[q] instanceof Decision.Speech)
                    .min(Comparator.naturalOrder()).orElseThrow()).paragraph();
        }
        return quote(doc, type, spans, head, paragraph);
    }

    /** At most this many words between two quoted spans of one owner make them fragments of one paraphrase. */
    private static final int MAX_WORDS_BETWEEN_FRAGMENTS = 12;

    /**
     * Whether the words between quoted spans {@code a} and {@code b} hold part of another report's
     * content (“…” His promise to end the war … “…”): joining them would return those words twice.
     */
    private static boolean otherReportBetween(DocumentView doc, int a, int b, Report own, List<Report> reports,
                                              int[] reportOfToken) {
        for (int k = doc.lastTok[a] + 1; k < doc.firstTok[b]; k++) {
            if (reportOfToken[k] >= 0 && reports.get(reportOfToken[k]) != own) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether quoted spans {@code a} and {@code b}, consecutive among the quoted spans of one owner,
     * stand in one sentence with a few words between them that are not the attribution ("'poorly
     * governed' and its budget was 'never realistic', she said"). Not when the attribution, another
     * quotation or a sentence end separates them (“A,” he said, “B.”; “A.” He paused. “B.”).
     */
    private static boolean wordsBetween(DocumentView doc, List<Integer> group, int a, int b) {
        if (doc.paragraphOf(doc.token(doc.lastTok[a]).begin()) != doc.paragraphOf(doc.token(doc.firstTok[b]).begin())) {
            return false; // a paragraph break ends the sentence
        }
        int words = 0;
        for (int k = doc.lastTok[a] + 1; k < doc.firstTok[b]; k++) {
            Token t = doc.token(k);
            if (doc.quotedTok[k] || partOfAnAttribution(doc, group, t)) {
                return false;
            }
            if (t.isPunctuation()) {
                if (t.text().equals(".") || t.text().equals("!") || t.text().equals("?")) {
                    return false;
                }
                continue;
            }
            if (++words > MAX_WORDS_BETWEEN_FRAGMENTS) {
                return false;
            }
        }
        return words > 0;
    }

    private static boolean partOfAnAttribution(DocumentView doc, List<Integer> group, Token t) {
        for (int q : group) {
            Attribution a = ((Decision.Speech) doc.decisions[q]).attribution();
            if (a.cue() instanceof dev.verbatim.Cue.Present c && c.span().begin() < t.end() && t.begin() < c.span().end()) {
                return true;
            }
            if (a.speaker() instanceof dev.verbatim.Speaker.Known k
                    && k.mention().span().begin() < t.end() && t.begin() < k.mention().span().end()) {
                return true;
            }
        }
        return false;
    }

    /** The attribution of a group of quoted spans: the first with a cue, else the first. */
    private static Attribution headOf(DocumentView doc, List<Integer> quotes) {
        for (int q : quotes) {
            Attribution a = ((Decision.Speech) doc.decisions[q]).attribution();
            if (a.cueToken() >= 0 || a.cue() instanceof dev.verbatim.Cue.Present) {
                return a;
            }
        }
        return ((Decision.Speech) doc.decisions[quotes.get(0)]).attribution();
    }

    /** Whether a participle follows the quotation that ends at token {@code last}, after a comma at most (“…,” refusing). */
    private static boolean participleAfter(DocumentView doc, int last) {
        int k = last + 1;
        while (k < doc.tokens.size() && !doc.quotedTok[k] && doc.token(k).text().equals(",")) {
            k++;
        }
        return k < doc.tokens.size() && !doc.quotedTok[k] && doc.token(k).pos().equals("VBG");
    }

    /** Whether the report's content has words outside quotation marks besides "that". */
    private static boolean paraphrase(DocumentView doc, Report r) {
        for (Report.Range range : r.content()) {
            for (int k = range.from(); k < range.to(); k++) {
                Token t = doc.token(k);
                if (!doc.quotedTok[k] && !t.isPunctuation() && !t.text().toLowerCase(Locale.ROOT).equals("that")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The quote record for {@code spans} attributed as {@code found}. */
    static Quote quote(DocumentView doc, QuoteType type, List<Span> spans, Attribution found, int paragraph) {
        StringBuilder sb = new StringBuilder();
        for (Span sp : spans) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(sp.textOf(doc.text));
        }
        return new Quote(type, sb.toString(), spans, found.speaker(), found.cue(), round(found.confidence()), paragraph,
                found.rule());
    }

    private static double round(double c) {
        return Math.max(0, Math.min(1, Math.round(c * 100) / 100.0));
    }
}
