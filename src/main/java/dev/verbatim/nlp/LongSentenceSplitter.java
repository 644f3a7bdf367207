package dev.verbatim.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator between the sentence splitter and the tagger that cuts sentences longer than
 * {@value #MAX_TOKENS} tokens into pieces of at most that many, so that the work of the tagger and
 * the entity recogniser per sentence is capped and the cost of a text stays linear in its length,
 * whatever it holds (a 20,000-word run without a full stop, a page of quotation marks). Real
 * sentences are far shorter; pieces of an overlong one are tagged as sentences of their own. Not API.
 */
public final class LongSentenceSplitter implements Annotator {

    /** The most tokens a sentence may have when it reaches the tagger. */
    public static final int MAX_TOKENS = 200;

    /** Marks a sentence that is a piece of a longer one. */
    public static final class PieceAnnotation implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public LongSentenceSplitter(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> tokens(s).size() <= MAX_TOKENS)) {
            return;
        }
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        int tokenIndex = 0;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = tokens(sentence);
            if (tokens.size() <= MAX_TOKENS) {
                out.add(sentence(text, new ArrayList<>(tokens), out.size(), tokenIndex, false));
                tokenIndex += tokens.size();
                continue;
            }
            for (int from = 0; from < tokens.size(); from += MAX_TOKENS) {
                List<CoreLabel> piece = tokens.subList(from, Math.min(tokens.size(), from + MAX_TOKENS));
                out.add(sentence(text, new ArrayList<>(piece), out.size(), tokenIndex, true));
                tokenIndex += piece.size();
            }
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? List.of() : tokens;
    }

    private static CoreMap sentence(String text, List<CoreLabel> tokens, int index, int tokenBegin, boolean piece) {
        CoreMap s = new ArrayCoreMap();
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        s.set(PieceAnnotation.class, piece);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
            tokens.get(i).setSentIndex(index);
        }
        return s;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Collections.emptySet();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
