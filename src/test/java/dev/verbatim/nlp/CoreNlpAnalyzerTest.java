package dev.verbatim.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentence repair after the splitter, on hand-made tokens (no model is loaded). */
class CoreNlpAnalyzerTest {

    /** Tokens split at white space and before . , ? ! and quotation marks, one sentence per group in {@code sentences}. */
    private static AnalyzedText split(String text, String... sentences) {
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (int s = 0; s < sentences.length; s++) {
            starts.add(tokens.size());
            for (String word : sentences[s].split(" ")) {
                int b = text.indexOf(word, at);
                tokens.add(new Token(tokens.size(), b, b + word.length(), word, "NN", word, "O", s));
                at = b + word.length();
            }
        }
        starts.add(tokens.size());
        return CoreNlpAnalyzer.joinedAfterQuotedQuestions(text, tokens, starts, List.of());
    }

    @Test
    void aSentenceEndedAtAQuotedQuestionGoesOnInLowerCase() {
        String text = "She shouted “What a night!” and said it was over.";
        AnalyzedText a = split(text, "She shouted “ What a night ! ”", "and said it was over .");
        assertThat(a.sentenceCount()).isEqualTo(1);
        assertThat(a.tokens()).allSatisfy(t -> assertThat(t.sentence()).isZero());
    }

    @Test
    void aSentenceEndedAtAQuotedQuestionGoesOnAfterAComma() {
        String text = "The ad, titled “Unifier?”, concludes that he is reckless.";
        AnalyzedText a = split(text, "The ad , titled “ Unifier ? ”", ", concludes that he is reckless .");
        assertThat(a.sentenceCount()).isEqualTo(1);
    }

    @Test
    void aSentenceCannotStartWithAClosingBracketOrAColon() {
        String text = "Rep. Ida Marsh (R-S.C.): \"We will wait.\"";
        AnalyzedText a = split(text, "Rep. Ida Marsh ( R-S.C .", ") : \" We will wait . \"");
        assertThat(a.sentenceCount()).isEqualTo(1);
        AnalyzedText b = split(text, "Rep. Ida Marsh ( R-S.C . )", ": \" We will wait . \"");
        assertThat(b.sentenceCount()).isEqualTo(1);
    }

    @Test
    void aCapitalAParagraphBreakOrAFullStopEndTheSentence() {
        String capital = "He asked “Why?” Nobody answered.";
        assertThat(split(capital, "He asked “ Why ? ”", "Nobody answered .").sentenceCount()).isEqualTo(2);
        String paragraph = "He asked “Why?”\nand nobody answered.";
        assertThat(split(paragraph, "He asked “ Why ? ”", "and nobody answered .").sentenceCount()).isEqualTo(2);
        String stop = "He said “Fine.” and left.";
        assertThat(split(stop, "He said “ Fine . ”", "and left .").sentenceCount()).isEqualTo(2);
    }

    @Test
    void theSentencesAfterAJoinAreRenumbered() {
        String text = "“Now?” asked Lee. Yes. “Why!” cried Ann.";
        AnalyzedText a = split(text, "“ Now ? ”", "asked Lee .", "Yes .", "“ Why ! ”", "cried Ann .");
        assertThat(a.sentenceCount()).isEqualTo(3);
        assertThat(a.sentenceBegin(1)).isEqualTo(7);
        assertThat(a.tokens().get(a.tokens().size() - 1).sentence()).isEqualTo(2);
    }

    @Test
    void aNameParticleBeforeAPersonsNameIsPartOfTheName() {
        List<Token> tokens = List.of(
                new Token(0, 0, 1, ",", ",", ",", "O", 0),
                new Token(1, 2, 4, "de", "IN", "de", "O", 0),
                new Token(2, 5, 11, "Blasio", "NNP", "blasio", "PERSON", 0),
                new Token(3, 12, 16, "said", "VBD", "say", "O", 0),
                new Token(4, 17, 19, "de", "IN", "de", "O", 0),
                new Token(5, 20, 26, "Paris", "NNP", "paris", "LOCATION", 0),
                new Token(6, 27, 30, "van", "NN", "van", "O", 0),
                new Token(7, 30, 31, "-", "HYPH", "-", "O", 0),
                new Token(8, 32, 37, "Smith", "NNP", "smith", "PERSON", 0));
        List<Token> fixed = CoreNlpAnalyzer.withNameParticles(tokens);
        assertThat(fixed.get(1).pos()).isEqualTo("NNP");
        assertThat(fixed.get(1).ner()).isEqualTo("PERSON");
        assertThat(fixed.get(4).pos()).as("before a place").isEqualTo("IN");
        assertThat(fixed.get(6).pos()).as("not right before the name").isEqualTo("NN");
        assertThat(fixed.subList(2, 4)).isEqualTo(tokens.subList(2, 4));
    }

    @Test
    void aLowerCaseWordReadAsAProperNounIsACommonNoun() {
        // the Florida senator/NNP said / Ludwig van Beethoven / eBay
        List<Token> tokens = List.of(
                new Token(0, 0, 3, "the", "DT", "the", "O", 0),
                new Token(1, 4, 11, "Florida", "NNP", "florida", "LOCATION", 0),
                new Token(2, 12, 19, "senator", "NNP", "senator", "O", 0),
                new Token(3, 20, 24, "said", "VBD", "say", "O", 0),
                new Token(4, 25, 32, "Ludwig", "NNP", "ludwig", "PERSON", 0),
                new Token(5, 33, 36, "van", "NNP", "van", "O", 0),
                new Token(6, 37, 46, "Beethoven", "NNP", "beethoven", "PERSON", 0),
                new Token(7, 47, 50, "and", "CC", "and", "O", 0),
                new Token(8, 51, 55, "eBay", "NNP", "ebay", "O", 0));
        List<Token> fixed = CoreNlpAnalyzer.withCommonNounsInLowerCase(tokens);
        assertThat(fixed.get(2).pos()).isEqualTo("NN");
        assertThat(fixed.get(5).pos()).as("a name particle").isEqualTo("NNP");
        assertThat(fixed.get(8).pos()).as("a capital inside").isEqualTo("NNP");
        assertThat(fixed.subList(0, 2)).isEqualTo(tokens.subList(0, 2));
    }

    @Test
    void anApostropheRightAfterAnSBeforeANounIsAPossessive() {
        // Sanders’ fundraising email / “… the Ames’ ” / the Clintons' home
        List<Token> tokens = List.of(
                new Token(0, 0, 7, "Sanders", "NNP", "sanders", "PERSON", 0),
                new Token(1, 7, 8, "’", "''", "’", "O", 0),
                new Token(2, 9, 20, "fundraising", "NN", "fundraising", "O", 0),
                new Token(3, 21, 26, "email", "NN", "email", "O", 0),
                new Token(4, 27, 31, "Ames", "NNP", "ames", "PERSON", 0),
                new Token(5, 31, 32, "’", "''", "’", "O", 0),
                new Token(6, 33, 37, "said", "VBD", "say", "O", 0),
                new Token(7, 38, 46, "Clintons", "NNPS", "clintons", "PERSON", 0),
                new Token(8, 46, 47, "'", "''", "'", "O", 0),
                new Token(9, 47, 51, "home", "NN", "home", "O", 0));
        List<Token> fixed = CoreNlpAnalyzer.withPluralPossessives(tokens);
        assertThat(fixed.get(1).pos()).isEqualTo("POS");
        assertThat(fixed.get(5).pos()).as("before a verb: a closing mark").isEqualTo("''");
        assertThat(fixed.get(8).pos()).as("no space after it").isEqualTo("''");
        assertThat(fixed.subList(2, 5)).isEqualTo(tokens.subList(2, 5));
    }

    @Test
    void aBaseFormVerbBetweenAnArticleAndANounIsANoun() {
        // the owner of a fudge/VB shop said / to fudge the numbers
        List<Token> tokens = List.of(
                new Token(0, 0, 1, "a", "DT", "a", "O", 0),
                new Token(1, 2, 7, "fudge", "VB", "fudge", "O", 0),
                new Token(2, 8, 12, "shop", "NN", "shop", "O", 0),
                new Token(3, 13, 15, "to", "TO", "to", "O", 0),
                new Token(4, 16, 21, "fudge", "VB", "fudge", "O", 0),
                new Token(5, 22, 25, "the", "DT", "the", "O", 0),
                new Token(6, 26, 33, "numbers", "NNS", "number", "O", 0));
        List<Token> fixed = CoreNlpAnalyzer.withNounModifiers(tokens);
        assertThat(fixed.get(1).pos()).isEqualTo("NN");
        assertThat(fixed.get(4).pos()).as("after \"to\": a verb").isEqualTo("VB");
    }

    @Test
    void aPluralNounBetweenTheOpeningSubjectAndAnInfinitiveIsAVerb() {
        // The publisher plans/NNS to decide. / The company 's plans/NNS to expand . / He paid the lobbying firms/NNS to act.
        List<Token> tokens = List.of(
                new Token(0, 0, 3, "The", "DT", "the", "O", 0),
                new Token(1, 4, 13, "publisher", "NN", "publisher", "O", 0),
                new Token(2, 14, 19, "plans", "NNS", "plan", "O", 0),
                new Token(3, 20, 22, "to", "TO", "to", "O", 0),
                new Token(4, 23, 29, "decide", "VB", "decide", "O", 0),
                new Token(5, 29, 30, ".", ".", ".", "O", 0),
                new Token(6, 31, 34, "The", "DT", "the", "O", 1),
                new Token(7, 35, 42, "company", "NN", "company", "O", 1),
                new Token(8, 42, 44, "'s", "POS", "'s", "O", 1),
                new Token(9, 45, 50, "plans", "NNS", "plan", "O", 1),
                new Token(10, 51, 53, "to", "TO", "to", "O", 1),
                new Token(11, 54, 60, "expand", "VB", "expand", "O", 1),
                new Token(12, 61, 63, "He", "PRP", "he", "O", 2),
                new Token(13, 64, 68, "paid", "VBD", "pay", "O", 2),
                new Token(14, 69, 77, "lobbying", "NN", "lobbying", "O", 2),
                new Token(15, 78, 83, "firms", "NNS", "firm", "O", 2),
                new Token(16, 84, 86, "to", "TO", "to", "O", 2),
                new Token(17, 87, 90, "act", "VB", "act", "O", 2));
        List<Token> fixed = CoreNlpAnalyzer.withVerbsBeforeInfinitives(tokens);
        assertThat(fixed.get(2).pos()).isEqualTo("VBZ");
        assertThat(fixed.get(9).pos()).as("after a possessive: a noun").isEqualTo("NNS");
        assertThat(fixed.get(15).pos()).as("after the sentence's verb: a noun").isEqualTo("NNS");
    }
}
