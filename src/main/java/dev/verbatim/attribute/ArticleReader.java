package dev.verbatim.attribute;

import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * A part of the {@link EntityModel} that reads one article's tokens: the tokens, which are quoted,
 * the phrase finder and the word lists, as its {@link ArticleTokens} holds them.
 */
abstract class ArticleReader {

    final ArticleTokens text;
    final List<Token> tokens;
    final boolean[] quoted;
    final PhraseFinder phrases;
    /** Words that name kinds of organisations ("council", "ministry"), lower case. */
    final Set<String> organizationWords;
    /** Common nouns that name people ("farmer", "manager"), lower case. */
    final Set<String> personNouns;

    ArticleReader(ArticleTokens text) {
        this.text = text;
        this.tokens = text.tokens;
        this.quoted = text.quoted;
        this.phrases = text.phrases;
        this.organizationWords = text.organizationWords;
        this.personNouns = text.personNouns;
    }
}
