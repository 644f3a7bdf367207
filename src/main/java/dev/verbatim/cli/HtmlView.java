package dev.verbatim.cli;

import dev.verbatim.Cue;
import dev.verbatim.ExtractedDocument;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerEntity;
import dev.verbatim.SpeakerKind;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code extract --format html} and {@code report}: one self-contained HTML page for a run, each
 * article with its quotes highlighted in their speaker's colour, its cues underlined and its speaker
 * mentions marked, details on hover or keyboard focus, a legend of the article's speakers beside it,
 * and, for more than one article, an index ranking the speakers of all of them.
 *
 * <p>The page has no script and loads nothing: one inline style sheet, and a Content Security Policy
 * that forbids scripts and every outside resource. Everything printed is escaped. The markup of an
 * article is built from the sorted boundaries of its marked spans (quotes, cues, mentions), closing
 * and reopening elements where spans overlap, so overlapping and nested spans nest correctly.
 *
 * <p>Articles are rendered as they come and kept in a temporary file, so that memory stays bounded;
 * {@link #finish()} writes the page. Not thread-safe.
 */
final class HtmlView implements Sinks.Closing {

    /** Speaker colours: a strong one for lines and marks, a light one for backgrounds. */
    static final String[][] PALETTE = {
            {"#1f77b4", "#cfe3f3"}, {"#d62728", "#f8d2d2"}, {"#2ca02c", "#d3efd3"}, {"#9467bd", "#e6dcf2"},
            {"#e07b00", "#ffe2c4"}, {"#8c564b", "#ead9d5"}, {"#d6439f", "#f9d9ee"}, {"#1497a5", "#cdeff3"},
            {"#8f9000", "#ececbf"},
    };
    private static final String[] UNKNOWN = {"#6b6b6b", "#e4e4e4"};

    private final Writer out;
    private final String title;
    private final Path articlesFile;
    private final Writer articles;
    private final Map<String, Source> sources = new HashMap<>();
    private final List<String[]> contents = new ArrayList<>();
    private int documents;
    private int quotes;
    private int failed;

    /** A speaker across the corpus: same kind and canonical name. */
    private static final class Source {
        final String name;
        final SpeakerKind kind;
        final Map<QuoteType, Integer> quotes = new EnumMap<>(QuoteType.class);
        final Map<Integer, String> articles = new LinkedHashMap<>();

        Source(String name, SpeakerKind kind) {
            this.name = name;
            this.kind = kind;
        }

        int total() {
            return quotes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    HtmlView(Writer out, String title) throws IOException {
        this.out = out;
        this.title = title;
        this.articlesFile = Files.createTempFile("verbatim-report", ".html");
        this.articlesFile.toFile().deleteOnExit();
        this.articles = Files.newBufferedWriter(articlesFile, StandardCharsets.UTF_8);
    }

    @Override
    public void accept(Batch.Result r) throws IOException {
        int number = ++documents;
        String id = r.document().id();
        if (r.failed()) {
            failed++;
            contents.add(new String[] {id, "error"});
            articles.write("<article class=\"doc failed\" id=\"doc-" + number + "\">\n<h2><a href=\"#doc-" + number + "\">"
                    + escape(id) + "</a></h2>\n<p class=\"error\">Not extracted: " + escape(r.error()) + "</p>\n</article>\n");
            return;
        }
        ExtractedDocument doc = r.extracted();
        quotes += doc.quotes().size();
        contents.add(new String[] {id, doc.quotes().size() + (doc.quotes().size() == 1 ? " quote" : " quotes")});
        for (SpeakerEntity s : doc.speakers()) {
            Source source = sources.computeIfAbsent(s.kind() + "\u0000" + s.name(), k -> new Source(s.name(), s.kind()));
            s.quotes().forEach((type, n) -> source.quotes.merge(type, n, Integer::sum));
            source.articles.put(number, id);
        }
        articles.write(article(number, id, r.document().text(), doc));
    }

    @Override
    public void finish() throws IOException {
        articles.close();
        try {
            out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                    + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n");
            out.write("<header>\n<h1>" + escape(title) + "</h1>\n<p class=\"summary\">" + documents
                    + (documents == 1 ? " article, " : " articles, ") + quotes + (quotes == 1 ? " quote" : " quotes")
                    + (failed > 0 ? ", " + failed + " not extracted" : "") + ".</p>\n" + KEY + "</header>\n");
            if (documents > 1) {
                writeIndex();
            }
            try (Reader in = Files.newBufferedReader(articlesFile, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            out.write("</main>\n</body>\n</html>\n");
            out.flush();
        } finally {
            Files.deleteIfExists(articlesFile);
        }
    }

    private void writeIndex() throws IOException {
        List<Source> ranked = new ArrayList<>(sources.values());
        ranked.sort(Comparator.comparingInt(Source::total).reversed().thenComparing(s -> s.name)
                .thenComparing(s -> s.kind));
        StringBuilder sb = new StringBuilder("<section class=\"index\" id=\"index\">\n<h2>Speakers across the "
                + documents + " articles</h2>\n");
        if (ranked.isEmpty()) {
            sb.append("<p>No quote has a known speaker.</p>\n");
        } else {
            sb.append("<div class=\"scroll\"><table>\n<thead><tr><th>#</th><th>speaker</th><th>kind</th>"
                    + "<th class=\"n\">quotes</th><th class=\"n\">direct</th><th class=\"n\">mixed</th>"
                    + "<th class=\"n\">indirect</th><th>articles</th></tr></thead>\n<tbody>\n");
            int rank = 0;
            for (Source s : ranked) {
                sb.append("<tr><td class=\"n\">").append(++rank).append("</td><td class=\"who\">").append(escape(s.name))
                        .append("</td><td>").append(kind(s.kind)).append("</td><td class=\"n\">").append(s.total());
                for (QuoteType t : QuoteType.values()) {
                    sb.append("</td><td class=\"n\">").append(s.quotes.getOrDefault(t, 0));
                }
                sb.append("</td><td>");
                int shown = 0;
                for (Map.Entry<Integer, String> a : s.articles.entrySet()) {
                    if (shown++ == 5) {
                        sb.append(" and ").append(s.articles.size() - 5).append(" more");
                        break;
                    }
                    sb.append(shown > 1 ? ", " : "").append("<a href=\"#doc-").append(a.getKey()).append("\">")
                            .append(escape(a.getValue())).append("</a>");
                }
                sb.append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table></div>\n");
        }
        sb.append("<h2>Articles</h2>\n<ol class=\"contents\">\n");
        for (int i = 0; i < contents.size(); i++) {
            sb.append("<li><a href=\"#doc-").append(i + 1).append("\">").append(escape(contents.get(i)[0]))
                    .append("</a> <span class=\"muted\">").append(escape(contents.get(i)[1])).append("</span></li>\n");
        }
        sb.append("</ol>\n</section>\n");
        out.write(sb.toString());
    }

    /** One marked span of an article's text. */
    private record Mark(int begin, int end, int layer, String cls, String attrs) {
    }

    /** The {@code <article>} of one document. */
    static String article(int number, String name, String text, ExtractedDocument doc) {
        StringBuilder sb = new StringBuilder(text.length() * 2 + 1024);
        int n = doc.quotes().size();
        sb.append("<article class=\"doc\" id=\"doc-").append(number).append("\">\n<h2><a href=\"#doc-").append(number)
                .append("\">").append(escape(name)).append("</a> <span class=\"muted\">").append(n)
                .append(n == 1 ? " quote" : " quotes").append("</span></h2>\n<div class=\"body\">\n<div class=\"text\">");
        markUp(sb, text, marks(text, doc));
        sb.append("</div>\n");
        legend(sb, doc);
        sb.append("</div>\n</article>\n");
        return sb.toString();
    }

    private static List<Mark> marks(String text, ExtractedDocument doc) {
        List<Mark> marks = new ArrayList<>();
        Map<Span, List<String[]>> cues = new LinkedHashMap<>();
        Map<Span, List<String[]>> mentions = new LinkedHashMap<>();
        List<Quote> quotes = doc.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String colour = colour(q.speaker());
            String who = q.speaker() instanceof Speaker.Known k
                    ? k.name() + k.role().map(r -> " (" + r + ")").orElse("") : "unknown speaker";
            String tip = who + " · " + q.type() + " · rule " + q.rule() + " · confidence "
                    + String.format(Locale.ROOT, "%.2f", q.confidence());
            String attrs = " data-quote=\"" + (i + 1) + "\" data-type=\"" + q.type() + "\" data-speaker=\""
                    + escape(q.speaker() instanceof Speaker.Known k ? k.name() : "") + "\" data-tip=\"" + escape(tip)
                    + "\" tabindex=\"0\"";
            for (Span s : q.spans()) {
                add(marks, text, new Mark(s.begin(), s.end(), 0, "q " + q.type().name().toLowerCase(Locale.ROOT) + " "
                        + colour, attrs));
            }
            int number = i + 1;
            if (q.cue() instanceof Cue.Present c) {
                cues.computeIfAbsent(c.span(), k -> new ArrayList<>()).add(new String[] {String.valueOf(number),
                        colour, " data-tip=\"" + escape("cue of " + who) + "\" tabindex=\"0\""});
            }
            if (q.speaker() instanceof Speaker.Known k) {
                mentions.computeIfAbsent(k.mention().span(), x -> new ArrayList<>()).add(new String[] {String.valueOf(number),
                        colour, " data-speaker=\"" + escape(k.name()) + "\" data-tip=\"" + escape("speaker: " + who)
                        + "\" tabindex=\"0\""});
            }
        }
        // a cue or mention shared by several quotes is marked once, with the numbers of all of them
        cues.forEach((span, of) -> add(marks, text, shared(span, 1, "cue", of)));
        mentions.forEach((span, of) -> add(marks, text, shared(span, 2, "mention", of)));
        return marks;
    }

    /** The mark of a cue or mention: the first quote's colour and details, every quote's number. */
    private static Mark shared(Span span, int layer, String cls, List<String[]> of) {
        String numbers = String.join(" ", of.stream().map(o -> o[0]).toList());
        return new Mark(span.begin(), span.end(), layer, cls + " " + of.get(0)[1], " data-quotes=\"" + numbers + "\""
                + of.get(0)[2]);
    }

    private static void add(List<Mark> marks, String text, Mark m) {
        if (m.begin() < m.end() && m.begin() >= 0 && m.end() <= text.length()) {
            marks.add(m);
        }
    }

    /**
     * Writes {@code text} with {@code marks} as nested elements. Between two consecutive boundaries
     * the open marks are those that cover the piece, outermost first (earlier begin, then later end,
     * then quote before cue before mention); from one piece to the next, the elements past the
     * common prefix are closed and the new ones opened, so a mark that overlaps another without
     * nesting in it is split into several elements with the same attributes.
     */
    static void markUp(StringBuilder sb, String text, List<Mark> marks) {
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            bounds.add(m.begin());
            bounds.add(m.end());
        }
        Comparator<Mark> outerFirst = Comparator.comparingInt(Mark::begin)
                .thenComparing(Comparator.comparingInt(Mark::end).reversed()).thenComparingInt(Mark::layer);
        List<Mark> byBegin = new ArrayList<>(marks);
        byBegin.sort(Comparator.comparingInt(Mark::begin));
        List<Mark> active = new ArrayList<>();
        int next = 0;
        List<Mark> open = new ArrayList<>();
        Integer from = bounds.first();
        for (Integer to = bounds.higher(from); to != null; from = to, to = bounds.higher(to)) {
            int a = from;
            int b = to;
            active.removeIf(m -> m.end() <= a);
            while (next < byBegin.size() && byBegin.get(next).begin() <= a) {
                active.add(byBegin.get(next++));
            }
            // no boundary lies inside (a, b): every active mark covers the whole piece
            List<Mark> covering = new ArrayList<>(active);
            covering.sort(outerFirst);
            int common = 0;
            while (common < open.size() && common < covering.size() && open.get(common) == covering.get(common)) {
                common++;
            }
            for (int i = open.size() - 1; i >= common; i--) {
                sb.append("</span>");
                open.remove(i);
            }
            for (int i = common; i < covering.size(); i++) {
                Mark m = covering.get(i);
                sb.append("<span class=\"").append(m.cls()).append('"').append(m.attrs()).append('>');
                open.add(m);
            }
            // a line break ends a paragraph: an empty block after it spaces the paragraphs apart
            sb.append(escape(text.substring(a, b)).replace("\n", "\n<span class=\"gap\"></span>"));
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            sb.append("</span>");
        }
    }

    private static void legend(StringBuilder sb, ExtractedDocument doc) {
        sb.append("<aside class=\"legend\">\n<h3>Speakers</h3>\n");
        long unknown = doc.quotes().stream().filter(q -> q.knownSpeaker().isEmpty()).count();
        if (doc.speakers().isEmpty() && unknown == 0) {
            sb.append("<p class=\"muted\">No quotes.</p>\n</aside>\n");
            return;
        }
        sb.append("<ul>\n");
        for (SpeakerEntity s : doc.speakers()) {
            sb.append("<li class=\"").append(colour(s.entity())).append("\" data-speaker=\"").append(escape(s.name()))
                    .append("\"><span class=\"swatch\"></span><span class=\"who\">").append(escape(s.name()))
                    .append("</span> <span class=\"total\">").append(s.quoteCount()).append("</span><br><span class=\"muted\">")
                    .append(kind(s.kind()));
            if (!s.roles().isEmpty()) {
                sb.append(" · ").append(escape(String.join(", ", s.roles())));
            }
            sb.append(" · ").append(counts(s)).append("</span></li>\n");
        }
        if (unknown > 0) {
            sb.append("<li class=\"cu\"><span class=\"swatch\"></span><span class=\"who\">unknown speaker</span> "
                    + "<span class=\"total\">").append(unknown).append("</span></li>\n");
        }
        sb.append("</ul>\n</aside>\n");
    }

    private static String counts(SpeakerEntity s) {
        List<String> parts = new ArrayList<>();
        for (QuoteType t : QuoteType.values()) {
            if (s.quoteCount(t) > 0) {
                parts.add(s.quoteCount(t) + " " + t.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", parts);
    }

    private static String kind(SpeakerKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String colour(Speaker speaker) {
        return speaker instanceof Speaker.Known k ? colour(k.entity()) : "cu";
    }

    private static String colour(int entity) {
        return "c" + entity % PALETTE.length;
    }

    /** {@code s} as HTML text or attribute value (quoted with {@code "}). */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            String rep = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(s.charAt(i));
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static final String KEY = "<p class=\"key\"><span class=\"q direct c0\">direct quote</span> "
            + "<span class=\"q mixed c0\">mixed quote</span> <span class=\"q indirect c0\">reported speech</span> "
            + "<span class=\"cue c0\">cue</span> <span class=\"mention c0\">speaker</span> "
            + "<span class=\"muted\">One colour per speaker; hover over or tab to a quote for its speaker, "
            + "type, rule and confidence.</span></p>\n";

    private static final String STYLE = buildStyle();

    private static String buildStyle() {
        StringBuilder css = new StringBuilder("""
                :root{color-scheme:light}
                *{box-sizing:border-box}
                body{margin:0;background:#f6f6f4;color:#1d1d1d;font:16px/1.65 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
                main{max-width:76rem;margin:0 auto;padding:1rem}
                h1{font-size:1.5rem;margin:.5rem 0}
                h2{font-size:1.15rem;margin:0 0 .75rem;overflow-wrap:anywhere}
                h3{font-size:1rem;margin:0 0 .5rem}
                a{color:#0b57a4}
                .muted{color:#666;font-size:.9em}
                .summary{margin:.25rem 0}
                .key{display:flex;flex-wrap:wrap;gap:.35rem .9rem;align-items:baseline;font-size:.95rem}
                .index,.doc{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem;margin:1rem 0}
                .scroll{overflow-x:auto}
                table{border-collapse:collapse;width:100%;font-size:.95rem}
                th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
                .n{text-align:right;font-variant-numeric:tabular-nums}
                .contents{columns:18rem;margin:0}
                .doc .body{display:grid;grid-template-columns:minmax(0,1fr) 17rem;gap:1.5rem}
                .text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:1.8}
                .gap{display:block;height:.5em}
                .legend ul{list-style:none;margin:0;padding:0}
                .legend li{padding:.3rem 0;border-bottom:1px solid #eee}
                .legend .who{font-weight:600}
                .legend .total{float:right;font-variant-numeric:tabular-nums}
                .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.4em;vertical-align:-.1em;background:var(--light);border:2px solid var(--strong)}
                .failed .error{color:#a40000}
                .q{border-radius:2px;padding:.1em 0}
                .q.direct{background:var(--light);box-shadow:inset 0 -2px 0 var(--strong)}
                .q.mixed{background:repeating-linear-gradient(135deg,var(--light) 0 5px,#fff 5px 8px);box-shadow:inset 0 -2px 0 var(--strong)}
                .q.indirect{background:none;border-bottom:2px dotted var(--strong)}
                .cue{text-decoration:underline;text-decoration-color:var(--strong);text-decoration-thickness:2px;text-underline-offset:.25em}
                .mention{font-weight:700;color:var(--strong);outline:2px solid var(--strong);outline-offset:1px;border-radius:3px}
                [data-tip]{position:relative;cursor:help}
                [data-tip]:focus{outline:3px solid #111;outline-offset:2px}
                [data-tip]:hover:not(:has([data-tip]:hover))::after,[data-tip]:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;margin-top:.3em;z-index:10;width:max-content;max-width:min(22rem,85vw);white-space:normal;background:#1d1d1d;color:#fff;font:600 .85rem/1.4 system-ui,sans-serif;padding:.35em .6em;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.3);pointer-events:none}
                @media (max-width:52rem){.doc .body{grid-template-columns:1fr}.legend{order:-1}main{padding:.5rem}.index,.doc{padding:.75rem}}
                """);
        for (int i = 0; i < PALETTE.length; i++) {
            css.append(".c").append(i).append("{--strong:").append(PALETTE[i][0]).append(";--light:").append(PALETTE[i][1])
                    .append("}\n");
        }
        css.append(".cu{--strong:").append(UNKNOWN[0]).append(";--light:").append(UNKNOWN[1]).append("}\n");
        return css.toString();
    }

    /** Writes {@code html} pages straight to a writer (used by tests and small runs). */
    static String page(String title, List<Batch.Result> results) {
        java.io.StringWriter sw = new java.io.StringWriter();
        try {
            HtmlView view = new HtmlView(new BufferedWriter(sw), title);
            for (Batch.Result r : results) {
                view.accept(r);
            }
            view.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
