package dev.verbatim.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which texts are read as hard-wrapped, and what reading them so changes. */
class LineWrappingTest {

    private static final String WRAPPED = """
            OTTAWA - The finance minister said on Tuesday that the budget would be
            balanced by 2027, a promise the opposition called unrealistic.

            "We have a plan and we are sticking to it," Finance Minister Ana Ruiz told
            reporters outside the House of Commons. "Nobody should doubt our resolve
            on this."

            Opposition critic Tom Hale said the numbers "do not add up" and called the
            forecast "a fantasy."
            """;

    @Test
    void lineBreaksInsideParagraphsBecomeSpacesAndBlankLinesStay() {
        String view = LineWrapping.unwrapped(WRAPPED);
        assertThat(view).hasSameSizeAs(WRAPPED);
        assertThat(view).contains("the budget would be balanced by 2027,")
                .contains("told reporters outside")
                .contains("our resolve on this.\"")
                .contains("called the forecast");
        assertThat(view.split("\n\n")).hasSize(3);
        for (int i = 0; i < view.length(); i++) {
            if (view.charAt(i) != WRAPPED.charAt(i)) {
                assertThat(WRAPPED.charAt(i)).isEqualTo('\n');
                assertThat(view.charAt(i)).isEqualTo(' ');
            }
        }
    }

    @Test
    void windowsLineEndsInsideAParagraphBecomeTwoSpaces() {
        String text = WRAPPED.replace("\n", "\r\n");
        String view = LineWrapping.unwrapped(text);
        assertThat(view).hasSameSizeAs(text).contains("would be  balanced").contains("on this.\"\r\n\r\nOpposition");
    }

    @Test
    void oneParagraphALineIsLeftAlone() {
        String text = """
                The finance minister said on Tuesday that the budget would be balanced by 2027, a promise the opposition called unrealistic.
                "We have a plan and we are sticking to it," Finance Minister Ana Ruiz told reporters outside the House of Commons.
                Opposition critic Tom Hale said the numbers "do not add up" and called the forecast "a fantasy."
                The vote on the budget is expected next week, when the house returns from its break.
                """;
        assertThat(LineWrapping.unwrapped(text)).isSameAs(text);
    }

    @Test
    void shortParagraphsOneALineAreLeftAlone() {
        String text = "Getty.\nTOP STORIES.\n1\nThe mayor spoke on Monday.\n2\nThe council voted.\n3\nThe pier will reopen in May.\n";
        assertThat(LineWrapping.unwrapped(text)).isSameAs(text);
    }

    @Test
    void aListOfHeadlinesIsLeftAlone() {
        String text = """
                Related coverage:
                Historic Climate Change Agreement Adopted After Two Weeks In Paris
                The Paris Climate Agreement Is One Huge Step For The Whole Planet
                Speaking With One Voice To Solve The Climate Crisis Of Our Time
                Work Starts Tomorrow, But For Today, Congratulations To Everyone
                """;
        assertThat(LineWrapping.unwrapped(text)).isSameAs(text);
    }

    @Test
    void aParagraphSeparatorStillEndsAParagraph() {
        String text = WRAPPED.replace("\n\n", "\u2029");
        String view = LineWrapping.unwrapped(text);
        assertThat(view).contains("unrealistic.\u2029\"We have").contains("would be balanced");
    }

    @Test
    void tooFewBreaksInsideSentencesIsNoEvidence() {
        String text = "The finance minister said on Tuesday that the budget would be balanced by\n2027, she said.\n\nThe vote is next week.";
        assertThat(LineWrapping.unwrapped(text)).isSameAs(text);
        assertThat(LineWrapping.unwrapped("")).isEmpty();
        assertThat(LineWrapping.unwrapped("\n\n\n")).isEqualTo("\n\n\n");
    }

    @Test
    void aStrayBreakBetweenTwoLowerCaseWordsIsJoinedInAnyText() {
        String text = "“Supporters of other candidates,” Ruiz added, “have focused on ads that get them to vote personally\n"
                + "in caucuses and primaries.”\n\nThe vote is next week.\nA second paragraph follows.";
        String view = LineWrapping.unwrapped(text);
        assertThat(view).hasSameSizeAs(text).contains("vote personally in caucuses")
                .contains("next week.\nA second"); // a paragraph that ends with a full stop stays one
    }
}
