package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups one article's mentions of people into entities and resolves a mention to its entity:
 * "Vladimir Putin", "Putin" and "he" become one speaker with the canonical name "Vladimir Putin";
 * "Joe Biden" and "Hunter Biden" stay two. Pronouns go to the most recent person of a compatible
 * gender; "the minister" goes to the one person the article gives that role. One instance per
 * document; not thread-safe.
 */
final class SpeakerResolver {

    /** A person of the article. */
    static final class Entity {
        List<String> name;
        Gender gender = Gender.UNKNOWN;
        String role;
        final Set<String> roleWords = new java.util.HashSet<>();

        Entity(List<String> name) {
            this.name = name;
        }

        String canonical() {
            return String.join(" ", name);
        }

        String last() {
            return name.get(name.size() - 1).toLowerCase(Locale.ROOT);
        }

        String first() {
            return name.get(0).toLowerCase(Locale.ROOT);
        }
    }

    private record Occurrence(int token, Entity entity) {
    }

    private final List<Token> tokens;
    private final PhraseFinder phrases;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Occurrence> occurrences = new ArrayList<>();

    SpeakerResolver(List<Token> tokens, boolean[] quoted, PhraseFinder phrases) {
        this.tokens = tokens;
        this.phrases = phrases;
        collect(quoted);
    }

    /** Finds PERSON runs outside quotes and clusters them by name. */
    private void collect(boolean[] quoted) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (quoted[i] || !tokens.get(i).ner().equals("PERSON")) {
                continue;
            }
            int j = i;
            while (j < n && !quoted[j] && tokens.get(j).ner().equals("PERSON")) {
                j++;
            }
            Entity e = entityFor(i, j);
            for (int k = i - 1; k >= 0 && k >= i - 4 && !quoted[k]; k--) {
                Token t = tokens.get(k);
                if (!phrases.isTitle(t) && !t.isNoun()) {
                    break;
                }
                Gender g = GenderCues.ofHonorific(t.text());
                if (g != Gender.UNKNOWN && e.gender == Gender.UNKNOWN) {
                    e.gender = g;
                }
                if (phrases.isTitle(t)) {
                    e.roleWords.add(t.text().toLowerCase(Locale.ROOT));
                }
            }
            i = j - 1;
        }
    }

    /** The words of a name; tokens written together ("Ruiz", "-", "Cole") make one word. */
    private static List<String> words(List<Token> tokens, int from, int to) {
        List<String> w = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String s = t.text();
            if (t.pos().equals("POS") || s.equals("'s") || s.equals("’s")) {
                continue;
            }
            if (k > from && !w.isEmpty() && tokens.get(k - 1).end() == t.begin()) {
                w.set(w.size() - 1, w.get(w.size() - 1) + s);
            } else {
                w.add(s);
            }
        }
        return w;
    }

    /** The entity for the name in tokens [from, to), created or merged as needed. */
    Entity entityFor(int from, int to) {
        List<String> w = words(tokens, from, to);
        if (w.isEmpty()) {
            return null;
        }
        Entity found = null;
        String last = w.get(w.size() - 1).toLowerCase(Locale.ROOT);
        if (w.size() == 1) {
            // a bare surname or first name: the most recent entity that has it
            for (int k = occurrences.size() - 1; k >= 0 && found == null; k--) {
                Entity e = occurrences.get(k).entity;
                if (e.last().equals(last) || e.first().equals(last)) {
                    found = e;
                }
            }
            if (found == null) {
                for (Entity e : entities) {
                    if (e.last().equals(last) || e.first().equals(last)) {
                        found = e;
                        break;
                    }
                }
            }
        } else {
            String first = w.get(0).toLowerCase(Locale.ROOT);
            for (int k = entities.size() - 1; k >= 0 && found == null; k--) {
                Entity e = entities.get(k);
                if (e.last().equals(last) && (e.name.size() == 1 || e.first().equals(first)
                        || e.first().charAt(0) == first.charAt(0) && (e.first().length() <= 2 || first.length() <= 2))) {
                    found = e;
                }
            }
            if (found != null && w.size() > found.name.size()) {
                found.name = w;
            }
        }
        if (found == null) {
            found = new Entity(w);
            entities.add(found);
        }
        if (found.gender == Gender.UNKNOWN) {
            found.gender = GenderCues.ofFirstName(found.name.get(0));
        }
        int at = occurrences.size();
        while (at > 0 && occurrences.get(at - 1).token > from) {
            at--;
        }
        occurrences.add(at, new Occurrence(from, found));
        return found;
    }

    /** Index of the first occurrence at or after token {@code token} (occurrences are kept in token order). */
    private int firstOccurrenceFrom(int token) {
        int lo = 0;
        int hi = occurrences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (occurrences.get(mid).token < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The entity of the name in tokens [from, to): the one found there by NER, else by its words. */
    Entity lookup(int from, int to) {
        int i = firstOccurrenceFrom(from);
        if (i < occurrences.size() && occurrences.get(i).token < to) {
            return occurrences.get(i).entity;
        }
        return entityFor(from, to);
    }

    /** The person a pronoun at token {@code at} most likely refers to, or null. */
    Entity resolvePronoun(int at, String pronoun, Entity preferred) {
        Gender g = GenderCues.ofPronoun(pronoun);
        if (g == Gender.UNKNOWN) {
            return null;
        }
        if (preferred != null && GenderCues.compatible(preferred.gender, g)) {
            if (preferred.gender == Gender.UNKNOWN) {
                preferred.gender = g;
            }
            return preferred;
        }
        for (int k = firstOccurrenceFrom(at) - 1; k >= 0; k--) {
            Occurrence o = occurrences.get(k);
            if (GenderCues.compatible(o.entity.gender, g)) {
                if (o.entity.gender == Gender.UNKNOWN) {
                    o.entity.gender = g;
                }
                return o.entity;
            }
        }
        return null;
    }

    /** The first token of the last person's name found by the recogniser before token {@code at}, or -1. */
    int lastOccurrenceBefore(int at) {
        int k = firstOccurrenceFrom(at) - 1;
        return k >= 0 ? occurrences.get(k).token : -1;
    }

    /** The most recently seen person whose last (or else first) name is {@code word}, or null. */
    Entity byName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int k = occurrences.size() - 1; k >= 0; k--) {
            if (occurrences.get(k).entity.last().equals(w)) {
                return occurrences.get(k).entity;
            }
        }
        for (int k = occurrences.size() - 1; k >= 0; k--) {
            if (occurrences.get(k).entity.first().equals(w)) {
                return occurrences.get(k).entity;
            }
        }
        return null;
    }

    /** The one person the article gives the role word {@code word} ("minister"), or null. */
    Entity byRole(String word) {
        Entity found = null;
        for (Entity e : entities) {
            if (e.roleWords.contains(word.toLowerCase(Locale.ROOT))) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
