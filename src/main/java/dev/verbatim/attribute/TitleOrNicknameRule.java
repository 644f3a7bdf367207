package dev.verbatim.attribute;

import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Not speech: a name or title in quotation marks. Robert C. “Bobby” Scott; the so-called “special
 * military operation”; known on the waterfront as “Big Ray”; CNN’s “State of the Union”; the film
 * “Oppenheimer”; on “Meet the Press” (short title-case quotes after a title context word, unless a
 * cue before them makes them reported speech).
 */
final class TitleOrNicknameRule implements QuotedSpanRule {

    /** "known as", "known to fans as", "better known locally as" right before a quote: a nickname. */
    private static final Pattern KNOWN_AS = Pattern.compile("\\bknown(?: [\\p{L}’'-]+){0,4} as$");

    /** Prepositions a short title-case quote right after is the object of: a programme, a book, a place. */
    private static final Set<String> PLACES_OF_A_TITLE = Set.of("on", "of", "in", "with", "to", "at", "from", "by");

    private final Set<String> workNouns;
    private final Set<String> titleContext;

    TitleOrNicknameRule(Lexicons lexicons) {
        this.workNouns = lexicons.workNouns();
        this.titleContext = lexicons.titleContext();
    }

    @Override
    public String name() {
        return "title-or-nickname";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        return isTitleOrNickname(doc, q) ? Decision.notSpeech(name()) : null;
    }

    private boolean isTitleOrNickname(DocumentView doc, int q) {
        List<Token> tokens = doc.tokens;
        QuotedSpan s = doc.quotes.get(q);
        int before = doc.firstTok[q] - 1;
        int after = doc.lastTok[q] + 1 < tokens.size() ? doc.lastTok[q] + 1 : -1;
        String inner = s.pieces().get(0).textOf(doc.text);
        int words = doc.wordCount(s);
        if (words <= 3 && before >= 0 && after >= 0 && tokens.get(before).isProperNoun()
                && tokens.get(after).isProperNoun() && tokens.get(before).sentence() == tokens.get(after).sentence()
                && !tokens.get(before).text().endsWith(".") && tokens.get(after).begin() == doc.nextWordStart(s)) {
            return true; // Robert C. "Bobby" Scott
        }
        String lead = doc.text.substring(Math.max(0, s.openMark() - 40), s.openMark()).toLowerCase(Locale.ROOT).strip();
        if (lead.endsWith("so-called") || lead.endsWith("so called")) {
            return true; // the so-called “special military operation”
        }
        if (words <= 5 && KNOWN_AS.matcher(lead).find()) {
            return true; // known on the waterfront as “Big Ray”
        }
        if (words > 10 || !titleCase(inner) || before < 0) {
            return false;
        }
        Token b = tokens.get(before);
        String bw = b.text().toLowerCase(Locale.ROOT);
        if (b.pos().equals("POS") || bw.equals("’s") || bw.equals("'s") || workNouns.contains(bw)) {
            return true; // CNN’s “State of the Union”, the film “Oppenheimer”, a report titled “…”
        }
        if (bw.equals(",") && before > 0 && workNouns.contains(tokens.get(before - 1).text().toLowerCase(Locale.ROOT))) {
            return true; // The painting, “Harbor at Dusk,” is …
        }
        if (PLACES_OF_A_TITLE.contains(bw) || b.lemma().equals("tell") && b.isVerb()) {
            return true; // said on “Fox News Sunday”, an interview with “Face the Nation”, told “Fox and Friends”
        }
        if (after >= 0 && (b.pos().equals("PRP$") || b.pos().equals("DT")) && tokens.get(after).isNoun()
                && (titleContext.contains(tokens.get(after).text().toLowerCase(Locale.ROOT))
                || workNouns.contains(tokens.get(after).text().toLowerCase(Locale.ROOT)))) {
            return true; // its “Healthy Ageing” programme, the “Safe Routes” campaign: a name, also in reported speech
        }
        boolean context = titleContext.contains(bw)
                || (bw.equals("a") || bw.equals("an")) && words >= 2
                || after >= 0 && titleContext.contains(tokens.get(after).text().toLowerCase(Locale.ROOT));
        // inside reported speech ("Clinton says the native nicknamed “King James” is …") it is still speech
        return context && !doc.cues.cueBefore(q);
    }

    /**
     * Words of four letters or more that titles keep in lower case (articles, conjunctions and
     * prepositions under the usual headline styles): "This Week with George Stephanopoulos".
     */
    private static final Set<String> SMALL_TITLE_WORDS = Set.of("with", "from", "into", "onto", "upon", "over", "than",
            "via");

    /**
     * Whether every content word of {@code inner} starts with a capital or a digit (words of three
     * letters or fewer and {@link #SMALL_TITLE_WORDS} in lower case do not count, unless the quote
     * has two words at most).
     */
    static boolean titleCase(String inner) {
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
            if (t.length() > 3 && !SMALL_TITLE_WORDS.contains(t) || w.length <= 2) {
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
}
