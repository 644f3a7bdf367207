package dev.verbatim.attribute;

import dev.verbatim.ExtractedDocument;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerEntity;
import dev.verbatim.SpeakerKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the speakers of one document's quotes as entities, in the order of their first quotes,
 * and builds the sources summary. Quotes whose speakers carry the same entity id, kind and canonical
 * name are one entity (the attribution stage gives every speaker the id of its entity in the
 * document; quotes from elsewhere may all carry 0 and are then told apart by name). Stateless and
 * thread-safe.
 */
public final class SpeakerEntities {

    private SpeakerEntities() {
    }

    /** The quotes with their speakers' entity ids set, and the summary of those entities. */
    public static ExtractedDocument number(List<Quote> quotes) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        List<Quote> numbered = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            if (!(q.speaker() instanceof Speaker.Known k)) {
                numbered.add(q);
                continue;
            }
            Builder b = byKey.computeIfAbsent(k.entity() + "\u0000" + k.kind() + "\u0000" + k.name(),
                    x -> new Builder(byKey.size(), k));
            b.add(q, k);
            Speaker.Known withId = k.withEntity(b.id, k.gender() == Gender.UNKNOWN ? b.gender : k.gender());
            numbered.add(new Quote(q.type(), q.text(), q.spans(), withId, q.cue(), q.confidence(), q.paragraph(), q.rule()));
        }
        List<SpeakerEntity> speakers = new ArrayList<>();
        for (Builder b : byKey.values()) {
            speakers.add(b.build());
        }
        return new ExtractedDocument(numbered, speakers);
    }

    private static final class Builder {
        final int id;
        final String name;
        final SpeakerKind kind;
        Gender gender = Gender.UNKNOWN;
        final Set<String> roles = new LinkedHashSet<>();
        final Set<Mention> mentions = new LinkedHashSet<>();
        final Map<QuoteType, Integer> counts = new EnumMap<>(QuoteType.class);

        Builder(int id, Speaker.Known first) {
            this.id = id;
            this.name = first.name();
            this.kind = first.kind();
        }

        void add(Quote q, Speaker.Known k) {
            k.role().ifPresent(roles::add);
            mentions.add(k.mention());
            counts.merge(q.type(), 1, Integer::sum);
            if (gender == Gender.UNKNOWN) {
                gender = k.gender();
            }
        }

        SpeakerEntity build() {
            List<Mention> ordered = new ArrayList<>(mentions);
            ordered.sort((a, b) -> a.span().compareTo(b.span()));
            return new SpeakerEntity(id, name, kind, List.copyOf(roles), gender, ordered, counts);
        }
    }
}
