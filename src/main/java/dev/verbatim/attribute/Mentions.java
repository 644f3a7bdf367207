package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.attribute.EntityModel.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentions of the people and of the organisations of one article, each list in token order,
 * and each person's latest mention. One instance per document; not thread-safe.
 */
final class Mentions {

    /**
     * A mention of a person at a token; {@code bare} when it is the surname alone of a person the
     * article names in full ("Achterberg" for "Robin Achterberg").
     */
    record Occurrence(int token, Entity entity, boolean bare, boolean full) {
        Occurrence(int token, Entity entity) {
            this(token, entity, false, false);
        }
    }

    /** Person mentions, in token order. */
    final List<Occurrence> people = new ArrayList<>();
    /** Organisation mentions, in token order. */
    final List<Occurrence> organizations = new ArrayList<>();
    /** Occurrences added so far: their order among occurrences of one token. */
    private long occurrenceCount;

    /** Adds a mention of person {@code e} at token {@code token}. */
    void addPerson(int token, Entity e) {
        addOccurrence(people, token, e);
    }

    /** Adds mention {@code o} of a person. */
    void addPerson(Occurrence o) {
        addOccurrence(people, o);
    }

    /** Adds a mention of organisation {@code e} at token {@code token}. */
    void addOrganization(int token, Entity e) {
        addOccurrence(organizations, token, e);
    }

    private void addOccurrence(List<Occurrence> list, int token, Entity e) {
        addOccurrence(list, new Occurrence(token, e));
    }

    /** Adds {@code o} after the occurrences at or before its token; a person's records it as its latest when it is. */
    private void addOccurrence(List<Occurrence> list, Occurrence o) {
        list.add(firstFrom(list, o.token + 1), o);
        long seq = occurrenceCount++;
        Entity e = o.entity;
        if (list == people && (o.token > e.latestToken || o.token == e.latestToken && seq > e.latestSeq)) {
            e.latestToken = o.token;
            e.latestSeq = seq;
        }
    }

    /** Index of the first occurrence at or after token {@code token} in {@code list} (kept in token order). */
    static int firstFrom(List<Occurrence> list, int token) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).token < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first token of the last person's name found by the recogniser before token {@code at}, or -1. */
    int lastOccurrenceBefore(int at) {
        int k = firstFrom(people, at) - 1;
        return k >= 0 ? people.get(k).token : -1;
    }

    /**
     * The first token of the last mention before token {@code at} of the person mentioned most
     * often before it (of those tied, the one mentioned last), or -1 when no one is.
     */
    int mostMentionedBefore(int at) {
        Map<Entity, Integer> counts = new HashMap<>();
        Map<Entity, Integer> last = new HashMap<>();
        for (int k = 0, n = firstFrom(people, at); k < n; k++) {
            Occurrence o = people.get(k);
            if (o.entity().kind == SpeakerKind.PERSON) {
                counts.merge(o.entity(), 1, Integer::sum);
                last.put(o.entity(), o.token());
            }
        }
        Entity best = null;
        for (Map.Entry<Entity, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && last.get(e.getKey()) > last.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? -1 : last.get(best);
    }

}
