package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.attribute.EntityModel.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The entities of one article, numbered in the order they are found, and indexes of them by the
 * words of their names, so that a name is looked up rather than searched for among all entities:
 * people by surname, by first name and by role word, every entity by kind and canonical name,
 * organisations by the endings and first word of their names. Keys are folded as
 * {@link String#equalsIgnoreCase} folds. A person's name may grow ("Pratt", then "Jonah Pratt"):
 * it is then indexed again under its new words, and the old entries stay, so callers check what
 * they find. Every list is in entity order. One instance per document; not thread-safe.
 */
final class Entities {

    private final List<Entity> all = new ArrayList<>();

    /** Words at the end of an organisation's name that {@link #organizationEndingIn} looks up. */
    private static final int SUFFIX_WORDS = 16;

    private final Map<String, List<Entity>> byLast = new HashMap<>();
    private final Map<String, List<Entity>> byFirst = new HashMap<>();
    private final Map<String, List<Entity>> byCanonical = new HashMap<>();
    private final Map<String, List<Entity>> byRole = new HashMap<>();
    /** People by surname and first name, by surname and initial, and (those named by the surname alone) by surname. */
    private final Map<String, List<Entity>> byLastFirst = new HashMap<>();
    private final Map<String, List<Entity>> byLastInitial = new HashMap<>();
    private final Map<String, List<Entity>> byLastShortFirst = new HashMap<>();
    private final Map<String, List<Entity>> byLastAlone = new HashMap<>();
    private final Map<String, Entity> organizationBySuffix = new HashMap<>();
    private final Map<String, Entity> organizationByFirst = new HashMap<>();
    /** Organisations whose names have more words than the suffixes indexed, in entity order. */
    private final List<Entity> longOrganizations = new ArrayList<>();
    private int longestLast;

    /** A new entity of {@code kind} named {@code name}. */
    Entity create(List<String> name, SpeakerKind kind) {
        Entity e = new Entity(all.size(), name, kind);
        all.add(e);
        index(e);
        return e;
    }

    /** Gives person {@code e} the fuller name {@code name}. */
    void rename(Entity e, List<String> name) {
        e.name = name;
        index(e);
    }

    /** The entity with id {@code id}. */
    Entity get(int id) {
        return all.get(id);
    }

    /** The number of entities. */
    int size() {
        return all.size();
    }

    /** The entity {@link #named} gives for {@code kind} and {@code name} when there is one already, else null. */
    Entity existing(SpeakerKind kind, String name) {
        for (Entity e : byCanonical(kind, name)) {
            if (e.kind == kind && e.canonical().equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The entity of a speaker the article gives no more than {@code name} for (an unnamed source
     * such as "a senior official", a transcript label, an unresolved "they"): one per kind and name.
     */
    Entity named(SpeakerKind kind, String name) {
        Entity e = existing(kind, name);
        return e != null ? e : create(new ArrayList<>(List.of(name.split("\\s+"))), kind);
    }

    /** Whether a person the recogniser found goes by {@code word} as a surname or first name. */
    boolean knownWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Entity e : byLast(w)) {
            if (e.name.size() > 1 && e.last().equals(w)) {
                return true;
            }
        }
        for (Entity e : byFirst(w)) {
            if (e.name.size() > 1 && e.first().equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Indexes {@code e}, new or with a name that has changed. */
    private void index(Entity e) {
        insert(byCanonical, e.kind + "\u0000" + fold(e.canonical()), e);
        if (e.kind == SpeakerKind.PERSON) {
            insert(byLast, fold(e.last()), e);
            insert(byFirst, fold(e.first()), e);
            String last = fold(e.last()) + "\u0000";
            if (e.name.size() == 1) {
                insert(byLastAlone, last, e);
            }
            insert(byLastFirst, last + fold(e.first()), e);
            insert(byLastInitial, last + e.first().charAt(0), e);
            if (e.first().length() <= 2) {
                insert(byLastShortFirst, last + e.first().charAt(0), e);
            }
            longestLast = Math.max(longestLast, e.last().length());
        } else if (e.kind == SpeakerKind.ORGANIZATION) {
            String name = e.canonical().toLowerCase(Locale.ROOT);
            int words = 0;
            for (int i = name.length() - 1; i >= 0; i--) {
                if (name.charAt(i) == ' ') {
                    if (++words > SUFFIX_WORDS) {
                        longOrganizations.add(e);
                        break;
                    }
                    organizationBySuffix.putIfAbsent(name.substring(i + 1), e);
                }
            }
            if (e.name.size() > 1) {
                organizationByFirst.putIfAbsent(e.first(), e);
            }
        }
    }

    /** Records that person {@code e} has the role word {@code w} (lower case). */
    void addRole(Entity e, String w) {
        if (e.kind == SpeakerKind.PERSON) {
            insert(byRole, w, e);
        }
    }

    /** People indexed under surname {@code w}, in entity order. */
    List<Entity> byLast(String w) {
        return byLast.getOrDefault(fold(w), List.of());
    }

    /** People indexed under first name {@code w}, in entity order. */
    List<Entity> byFirst(String w) {
        return byFirst.getOrDefault(fold(w), List.of());
    }

    /** Entities of {@code kind} indexed under a canonical name equal to {@code name} but for case. */
    List<Entity> byCanonical(SpeakerKind kind, String name) {
        return byCanonical.getOrDefault(kind + "\u0000" + fold(name), List.of());
    }

    /** People given the role word {@code w} (lower case), in entity order. */
    List<Entity> byRole(String w) {
        return byRole.getOrDefault(w, List.of());
    }

    /**
     * The last person (in entity order) with surname {@code last} and either no other name, or the
     * first name {@code first}, or its initial where one of the two first names is an initial
     * ("J. Haldane", "Jo Haldane"); null when none. Both names lower case.
     */
    Entity lastNamed(String last, String first) {
        String key = fold(last) + "\u0000";
        char initial = first.charAt(0);
        Entity found = lastMatching(byLastAlone.get(key), null, last, first, e -> e.name.size() == 1);
        found = lastMatching(byLastFirst.get(key + fold(first)), found, last, first, e -> fold(e.first()).equals(fold(first)));
        found = first.length() <= 2
                ? lastMatching(byLastInitial.get(key + initial), found, last, first, e -> e.first().charAt(0) == initial)
                : lastMatching(byLastShortFirst.get(key + initial), found, last, first,
                        e -> e.first().charAt(0) == initial && e.first().length() <= 2);
        return found;
    }

    /**
     * The last person whose name and the words {@code w} are one the end of the other but for case,
     * where the shorter starts with a particle written in lower case in one of them: "De Blasio",
     * opening a sentence, of "Bill de Blasio"; "Bill de Blasio" of an earlier "De Blasio". Null when none.
     */
    Entity endingWith(List<String> w) {
        List<Entity> people = byLast(w.get(w.size() - 1));
        for (int k = people.size() - 1; k >= 0; k--) {
            Entity e = people.get(k);
            int offset = e.name.size() - w.size();
            boolean match = offset > 0 ? lowerCase(e.name.get(offset), w.get(0)) && sameWords(e.name, offset, w, 0)
                    : offset < 0 && e.name.size() > 1 && lowerCase(e.name.get(0), w.get(-offset)) && sameWords(e.name, 0, w, -offset);
            if (match) {
                return e;
            }
        }
        return null;
    }

    /** Whether one of two spellings of a word is in lower case: a particle ("de"), capitalised where a sentence opens. */
    private static boolean lowerCase(String a, String b) {
        return Character.isLowerCase(a.codePointAt(0)) || Character.isLowerCase(b.codePointAt(0));
    }

    /** Whether {@code a} from {@code i} and {@code b} from {@code j} hold the same words to the end, but for case. */
    private static boolean sameWords(List<String> a, int i, List<String> b, int j) {
        if (a.size() - i != b.size() - j) {
            return false;
        }
        for (; i < a.size(); i++, j++) {
            if (!fold(a.get(i)).equals(fold(b.get(j)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last entity of {@code list} after {@code found} that {@link #lastNamed} accepts, else
     * {@code found}. Entities no longer {@code indexed} under the list's key (renamed since, and
     * indexed again under the new name) are dropped from it.
     */
    private static Entity lastMatching(List<Entity> list, Entity found, String last, String first, Predicate<Entity> indexed) {
        for (int k = list == null ? -1 : list.size() - 1; k >= 0; k--) {
            Entity e = list.get(k);
            if (found != null && e.id <= found.id) {
                break;
            }
            if (e.last().equals(last) && (e.name.size() == 1 || e.first().equals(first)
                    || e.first().charAt(0) == first.charAt(0) && (e.first().length() <= 2 || first.length() <= 2))) {
                return e;
            }
            if (!indexed.test(e)) {
                list.remove(k);
            }
        }
        return found;
    }

    /** The length of the longest surname indexed. */
    int longestLast() {
        return longestLast;
    }

    /**
     * The first organisation whose lower-case name ends in a space and {@code key} ("the kremlin"
     * for "moscow kremlin"), or null.
     */
    Entity organizationEndingIn(String key) {
        if (key.chars().filter(c -> c == ' ').count() < SUFFIX_WORDS) {
            return organizationBySuffix.get(key);
        }
        for (Entity other : longOrganizations) {
            if (other.canonical().toLowerCase(Locale.ROOT).endsWith(" " + key)) {
                return other;
            }
        }
        return null;
    }

    /** The first organisation of more than one word whose first word is {@code w} (lower case), or null. */
    Entity organizationByFirst(String w) {
        return organizationByFirst.get(w);
    }

    /** {@code s} folded as {@link String#equalsIgnoreCase} compares characters. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return b.toString();
    }

    private static void insert(Map<String, List<Entity>> index, String key, Entity e) {
        List<Entity> list = index.computeIfAbsent(key, k -> new ArrayList<>(2));
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).id < e.id) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == list.size() || list.get(lo) != e) {
            list.add(lo, e);
        }
    }
}
