package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a source phrase into a {@link Speaker.Known}: its mention, canonical name (through the
 * {@link SpeakerResolver}: "he" and "Putin" become "Vladimir Putin"), kind and role.
 */
final class SpeakerNamer {

    private final String text;
    private final List<Token> tokens;
    private final PhraseFinder phrases;
    private final SpeakerResolver resolver;

    SpeakerNamer(DocumentView doc) {
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.phrases = doc.phrases;
        this.resolver = doc.resolver;
    }

    static Speaker.Known known(Mention mention, String name, SpeakerKind kind, Optional<String> role) {
        return new Speaker.Known(mention, name, kind, role, 0, Gender.UNKNOWN);
    }

    /** The speaker that phrase {@code p}, the source of the cue at token {@code cueToken}, names. */
    Speaker speakerOf(Phrase p, int cueToken) {
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
}
