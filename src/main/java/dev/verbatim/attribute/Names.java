package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the article writes people's names: the words of a name (tokens written together are one
 * word, honorifics and ranks aside), the capitalised words that can be part of one, and the
 * fullest name the article gives a person it names in part ("Pratt" is "Jonah “Patch” Pratt").
 * One instance per document; not thread-safe.
 */
final class Names extends ArticleReader {

    /** Honorifics and ranks left out of canonical names. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord",
            "lady", "prof", "rev", "sgt", "cpl", "pvt", "lt", "capt", "col", "gen", "maj", "det", "insp", "supt", "cllr",
            "sen", "rep", "gov", "fr", "hon", "judge", "justice", "president", "minister", "mayor", "senator",
            "councillor", "councilor", "chancellor", "premier", "sheriff", "chief", "coach", "officer", "detective",
            "inspector", "sergeant", "captain", "general", "colonel", "governor", "representative", "professor");

    Names(ArticleTokens text) {
        super(text);
    }

    /** The words of a name: tokens written together ("Ruiz", "-", "Cole") make one word; a possessive goes. */
    List<String> words(int from, int to) {
        return words(from, to, false);
    }

    /** The words of a name, keeping a possessive when {@code possessive} ("Cordova County Sheriff’s Office"). */
    List<String> words(int from, int to, boolean possessive) {
        List<String> w = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String s = t.text();
            if ((t.pos().equals("POS") || s.equals("'s") || s.equals("’s")) && !possessive) {
                continue;
            }
            if (k > from && !w.isEmpty() && tokens.get(k - 1).end() == t.begin()) {
                w.set(w.size() - 1, w.get(w.size() - 1) + s);
            } else if (w.isEmpty() || !w.get(w.size() - 1).equals(s)) {
                w.add(s); // "McNeely McNeely" is one word said twice
            }
        }
        return w;
    }

    /** The gender of an honorific at token {@code k} or just before it ("Ms. Oyelaran"), or UNKNOWN. */
    Gender honorificAt(int k) {
        Gender g = k < tokens.size() ? GenderCues.ofHonorific(tokens.get(k).text()) : Gender.UNKNOWN;
        if (g == Gender.UNKNOWN && k > 0) {
            g = GenderCues.ofHonorific(tokens.get(k - 1).text());
        }
        return g;
    }

    /** Whether {@code word} is an honorific or rank, with or without its full stop ("Mrs", "Dr."). */
    static boolean honorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The name without leading honorifics and ranks ("Mrs Joan Pickering" is "Joan Pickering"). */
    static List<String> withoutHonorifics(List<String> w) {
        int i = 0;
        while (i < w.size() - 1 && honorific(w.get(i))) {
            i++;
        }
        return new ArrayList<>(w.subList(i, w.size()));
    }

    private final Map<String, List<String>> fullNames = new HashMap<>();

    /**
     * The first capitalised run of two to four words in the article (outside quotes) that ends in
     * {@code word} or starts with it ("Jonah Pratt" for "Pratt", "Dana Whitcomb" for "Dana"), or
     * null; the fullest name the article gives a person the recogniser saw only in part.
     */
    List<String> fullName(String word) {
        return fullNames.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> {
            for (int k : capitalisedAt(w)) {
                // a capitalised word suffices: the word is a name already ("Valadares" tagged NNS)
                int wordEnd = wordAt(k, w);
                if (wordEnd < 0) {
                    continue;
                }
                int start = k;
                boolean nickname = false;
                int sentence = tokens.get(k).sentence();
                while (start - 1 >= 0 && k - start < 3 && tokens.get(start - 1).sentence() == sentence) {
                    int before = start - 1;
                    int skip = nicknameBefore(before);
                    if (skip < before && skip >= 0 && nameWord(skip) && before - skip <= 5) {
                        nickname = true; // "Jonah “Patch” Pratt", "Tommy 'The Boot' Rees-Bevan": over the nickname
                        start = skip;
                    } else if (nameWord(before)) {
                        start = before;
                    } else {
                        break;
                    }
                }
                int end = wordEnd;
                if (start == k) {
                    while (end < tokens.size() && end - k < 3 && tokens.get(end).sentence() == sentence && nameWord(end)) {
                        end++;
                    }
                }
                if (end - start >= 2) {
                    List<String> name = new ArrayList<>();
                    if (nickname) {
                        name.addAll(words(start, start + 1));
                        name.addAll(words(k, end));
                    } else {
                        name = words(start, end);
                    }
                    name = withoutHonorifics(name);
                    if (name.size() >= 2) {
                        return name;
                    }
                }
            }
            return null;
        });
    }

    /** Longest word, in characters, that {@link #capitalisedAt} finds. */
    private static final int LONGEST_WORD = 64;

    /** Where each capitalised word outside quotes starts, by its folded text. */
    private Map<String, List<Integer>> capitalised;

    /**
     * The tokens, in order, where a capitalised word outside quotes written as {@code w} but for
     * case starts: one token or several written together ("Rees", "-", "Bevan"), at most
     * {@link #LONGEST_WORD} characters long. Indexed once per document.
     */
    private List<Integer> capitalisedAt(String w) {
        if (capitalised == null) {
            capitalised = new HashMap<>();
            for (int k = 0; k < tokens.size(); k++) {
                if (quoted[k] || !Character.isUpperCase(tokens.get(k).text().codePointAt(0))) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int m = k; m < tokens.size() && sb.length() < LONGEST_WORD
                        && (m == k || tokens.get(m - 1).end() == tokens.get(m).begin()); m++) {
                    sb.append(tokens.get(m).text());
                    List<Integer> at = capitalised.computeIfAbsent(Entities.fold(sb.toString()), x -> new ArrayList<>(1));
                    if (at.isEmpty() || at.get(at.size() - 1) != k) {
                        at.add(k);
                    }
                }
            }
        }
        return capitalised.getOrDefault(Entities.fold(w), List.of());
    }

    /**
     * The end of the word {@code w} (lower case) when it starts at token {@code k}, written as one
     * token or as several written together ("Rees", "-", "Bevan"), else -1.
     */
    int wordAt(int k, String w) {
        StringBuilder sb = new StringBuilder();
        int m = k;
        while (m < tokens.size() && sb.length() < w.length() && (m == k || tokens.get(m - 1).end() == tokens.get(m).begin())) {
            sb.append(tokens.get(m).text());
            m++;
        }
        return sb.toString().equalsIgnoreCase(w) ? m : -1;
    }

    /**
     * The token before a nickname that ends at token {@code last} (quoted by the detector, or
     * between quotation marks of its own: “Patch”, 'The Boot'), or {@code last} when there is none.
     */
    private int nicknameBefore(int last) {
        int skip = last;
        while (skip >= 0 && last - skip < 6 && quoted[skip]) {
            skip--;
        }
        if (skip < last) {
            return skip;
        }
        if (!QUOTE_MARKS.contains(tokens.get(last).text())) {
            return last;
        }
        for (int m = last - 1; m >= 0 && last - m <= 5; m--) {
            if (QUOTE_MARKS.contains(tokens.get(m).text())) {
                return m - 1 >= 0 && m < last - 1 ? m - 1 : last;
            }
        }
        return last;
    }

    private static final Set<String> QUOTE_MARKS = Set.of("“", "”", "\"", "'", "‘", "’", "``", "''", "`");

    /** A capitalised word of a person's name: a proper noun, not quoted, no title, organisation or place. */
    boolean nameWord(int k) {
        Token t = tokens.get(k);
        return !quoted[k] && PhraseFinder.proper(t) && !phrases.isTitle(t) && !t.ner().equals("ORGANIZATION")
                && !t.ner().equals("LOCATION") && Character.isUpperCase(t.text().codePointAt(0))
                && !honorific(t.text()) && !organizationWords.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** A capitalised word of a name the recogniser left untagged: no organisation, place, title or honorific. */
    boolean untaggedNameWord(int k) {
        Token t = tokens.get(k);
        if (quoted[k] || !Character.isUpperCase(t.text().codePointAt(0)) || t.ner().equals("ORGANIZATION")
                || t.ner().equals("LOCATION") || phrases.isTitle(t) || organizationWords.contains(t.text().toLowerCase(Locale.ROOT))
                || honorific(t.text())) {
            return false;
        }
        boolean sentenceStart = k == 0 || tokens.get(k - 1).sentence() != t.sentence();
        return t.isProperNoun() || !sentenceStart && Character.isLetter(t.text().codePointAt(0)) && !t.pos().equals("CD");
    }
}
