package dev.verbatim.attribute;

import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;
import dev.verbatim.SharedExtractor;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported speech (INDIRECT and MIXED quotes), one pattern per case, each on a small text written
 * for the test: the content spans (as PolNeAR's manual draws them), the cue, the speaker and the
 * rule; and the sentences that must give nothing.
 */
class ReportedSpeechTest {

    private final QuoteExtractor extractor = SharedExtractor.get();

    private List<Quote> quotes(String text) {
        return extractor.extract(text);
    }

    /** The one quote of {@code text}. */
    private Quote only(String text) {
        List<Quote> q = quotes(text);
        assertThat(q).as("quotes of: %s", text).hasSize(1);
        return q.get(0);
    }

    private static List<String> spans(Quote q, String text) {
        return q.spans().stream().map(s -> s.textOf(text)).toList();
    }

    private static void expect(Quote q, String text, QuoteType type, List<String> content, String cue, String mention,
                               String name, String rule) {
        assertThat(q.type()).as("type of %s", q).isEqualTo(type);
        assertThat(spans(q, text)).as("content of %s", q).isEqualTo(content);
        assertThat(q.text()).isEqualTo(String.join(" ", content));
        assertThat(q.cue().present().orElseThrow().text()).isEqualTo(cue);
        if (mention == null) {
            assertThat(q.speaker()).isEqualTo(Speaker.unknown());
        } else {
            Speaker.Known speaker = q.knownSpeaker().orElseThrow(() -> new AssertionError("no speaker: " + q));
            assertThat(speaker.mention().text()).isEqualTo(mention);
            assertThat(speaker.name()).isEqualTo(name);
        }
        assertThat(q.rule()).isEqualTo(rule);
    }

    @Test
    void quotedWordsJoinedByOtherWordsAreOneMixedQuote() {
        String text = "Ferry contract 'rushed', auditor finds\n"
                + "HALDEN - The region's $90 million ferry contract was 'rushed from the first day' and its price "
                + "was 'never tested', Auditor-General Ingrid Moe said on Tuesday, in a report that will shape the "
                + "budget debate.\n\n"
                + "'We found no evidence that anyone compared bids,' she said. 'Nobody asked.' She paused. 'Nobody.'";
        List<Quote> q = quotes(text);
        // one quote holds both quoted words and what joins them, not a DIRECT quote of two pieces
        Quote fragments = q.stream().filter(x -> x.text().contains("rushed from")).findFirst().orElseThrow();
        assertThat(fragments.type()).isEqualTo(QuoteType.MIXED);
        assertThat(fragments.spans()).hasSize(1);
        assertThat(fragments.text()).contains("rushed from the first day' and its price was 'never tested");
        assertThat(fragments.speakerName()).contains("Ingrid Moe");
        assertThat(q).filteredOn(x -> x.text().contains("never tested")).containsExactly(fragments);
        // a quote that a narrative sentence interrupts stays one DIRECT quote of several pieces
        Quote direct = q.stream().filter(x -> x.text().startsWith("We found")).findFirst().orElseThrow();
        assertThat(direct.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(spans(direct, text)).containsExactly("We found no evidence that anyone compared bids,", "Nobody asked.",
                "Nobody.");
    }

    @Test
    void saidThat() {
        String text = "Vladimir Putin said that talks could start on Thursday.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that talks could start on Thursday"), "said",
                "Vladimir Putin", "Vladimir Putin", "reported-clause");
    }

    @Test
    void saidWithoutThatAfterAPlaceAndTime() {
        String text = "Mayor Lena Ortiz said in a statement on Tuesday the bridge would reopen in May.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("the bridge would reopen in May"), "said", "Lena Ortiz",
                "Lena Ortiz", "reported-clause");
    }

    @Test
    void contentBeforeItsCue() {
        String text = "Talks could start on Thursday, Putin said.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("Talks could start on Thursday"), "said", "Putin", "Putin",
                "cue-after-content");
        String inverted = "Talks could start on Thursday, said Dmitry Peskov, the Kremlin spokesman.";
        Quote q = only(inverted);
        expect(q, inverted, QuoteType.INDIRECT, List.of("Talks could start on Thursday"), "said", "Dmitry Peskov",
                "Dmitry Peskov", "cue-after-content");
        assertThat(q.knownSpeaker().orElseThrow().role()).contains("Kremlin spokesman");
    }

    @Test
    void contentSplitByItsCue() {
        String text = "Vladimir Putin spoke late on Saturday. Now, he said, the choice has shifted to Ukraine.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("Now", "the choice has shifted to Ukraine"), "said", "he",
                "Vladimir Putin", "parenthetical-cue");
    }

    @Test
    void aSecondReportAfterTheCueIsNoPartOfTheFirstContent() {
        String text = "Marta Hollis spent eleven years as a court stenographer. She never changed a word of a real transcript, she says, "
                + "although she admits that she thought about it.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("She never changed a word of a real transcript"), "says", "she",
                "Marta Hollis", "cue-after-content");
        expect(q.get(1), text, QuoteType.INDIRECT, List.of("that she thought about it"), "admits", "she", "Marta Hollis",
                "reported-clause");
    }

    @Test
    void heraldedAsAndASecondSubjectWithAModalCue() {
        String text = "Chancellor Anna Berg heralded the deal with the islands as a “breakthrough.”";
        Quote q = only(text);
        assertThat(q.cue().present().orElseThrow().text()).isEqualTo("heralded");
        assertThat(q.knownSpeaker().orElseThrow().name()).isEqualTo("Anna Berg");
        String two = "If you doubt the council, the Gazette will brand you a liar and Radio Nord will accuse you of a "
                + "“freak out.”";
        Quote accuse = quotes(two).stream().filter(x -> x.text().contains("freak")).findFirst().orElseThrow();
        assertThat(accuse.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Radio Nord");
    }

    @Test
    void aRelativeClauseAfterACommaWithACueOfItsOwn() {
        String text = "The mayor praised Lena Ortiz, who has vowed to “fight for every single family in this city.”";
        Quote q = quotes(text).stream().filter(x -> x.text().contains("fight")).findFirst().orElseThrow();
        expect(q, text, QuoteType.MIXED, List.of("to “fight for every single family in this city.”"), "vowed", "who",
                "Lena Ortiz", "reported-clause");
    }

    @Test
    void aShortQuotationThatIsAllOfACueNounsContent() {
        String text = "As the debate went on and Ida Marsh stood by her comment Monday that “Ruiz lies,” Tom Ortiz tried "
                + "to calm the room.";
        Quote q = quotes(text).stream().filter(x -> x.text().contains("Ruiz lies")).findFirst().orElseThrow();
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(spans(q, text)).containsExactly("Ruiz lies,");
        assertThat(q.cue().present().orElseThrow().text()).isEqualTo("comment");
        assertThat(q.knownSpeaker().orElseThrow().name()).isEqualTo("Ida Marsh");
    }

    @Test
    void aDocumentRightBeforeACueParticipleSpeaksWhenNoOneIssuesIt() {
        String text = "Mayor Ortiz did visit the town, but only after the Herald’s editorial urging her to “come see "
                + "the damage.”";
        assertThat(only(text).knownSpeaker().orElseThrow().mention().text()).isEqualTo("the Herald’s editorial");
        String issued = "The Harbour Council issued a statement saying the plan was “dead on arrival.”";
        assertThat(only(issued).knownSpeaker().orElseThrow().mention().text()).isEqualTo("The Harbour Council");
    }

    @Test
    void aBracketedClauseIsNeitherTheContentNorTheSubject() {
        String text = "Factline (which is not known as a partisan site) examined the charge and rated it “True.”";
        List<Quote> q = quotes(text);
        Quote rated = q.stream().filter(x -> x.text().contains("True")).findFirst().orElseThrow();
        assertThat(rated.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Factline");
        assertThat(q).noneMatch(x -> x.text().contains("examined") && x.spans().get(0).textOf(text).startsWith("as"));
    }

    @Test
    void aRelativeClauseWithoutThatHasItsOwnSpeaker() {
        String text = "Marsh has refused to apologize for sending the files in a way Director Ana Ruiz slammed as “extremely careless.”";
        Quote q = quotes(text).stream().filter(x -> x.text().contains("careless")).findFirst().orElseThrow();
        assertThat(q.knownSpeaker().orElseThrow().name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void aModalIsTheOnlyFiniteVerbBeforeAnInfinitiveCue() {
        String text = "In the interest of precision, Okafor would do better to say that “my staff worked it out.”";
        assertThat(only(text).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor");
    }

    @Test
    void aCueNounAfterItsOwnersModifiers() {
        String text = "But Okafor’s most explosive claim is that the inquiry is a “witch hunt” launched to “get” the mayor.";
        Quote q = only(text);
        assertThat(q.rule()).isEqualTo("cue-noun");
        assertThat(q.text()).isEqualTo("that the inquiry is a “witch hunt” launched to “get” the mayor");
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor");
        String repeated = "The senator rose to speak. His repeated claim that the budget was “a fraud” went unanswered.";
        assertThat(only(repeated).cue().present().orElseThrow().text()).isEqualTo("claim");
    }

    @Test
    void aParticiplePhraseAfterTheCueSaysHowNotWhat() {
        String text = "Omar Diallo sold lemonade all day. Sales were great, he said, wiping sweat off his face.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("Sales were great"), "said", "he", "Omar Diallo",
                "cue-after-content");
        String shout = "When a man in the crowd shouted, “Ortiz for mayor,” Ruth Beck joked, again using a drawl, "
                + "“Amen, brother! Come on up!”";
        List<Quote> q = quotes(shout);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).knownSpeaker().orElseThrow().mention().text()).isEqualTo("a man in the crowd");
        assertThat(q.get(1).knownSpeaker().orElseThrow().name()).isEqualTo("Ruth Beck");
    }

    @Test
    void inSomeonesViewOrWords() {
        String view = "The budget is “a failure” from top to bottom, in Ortiz’s view.";
        expect(only(view), view, QuoteType.MIXED, List.of("The budget is “a failure” from top to bottom"), "in Ortiz’s view",
                "Ortiz", "Ortiz", "according-to");
        String words = "The fair moved to Tallinn because, in Forbes’ words, “it is the most inventive city in Europe.”";
        Quote q = only(words);
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Forbes");
        assertThat(q.rule()).isEqualTo("according-to");
        // inside a clause it attributes nothing
        String inside = "Reyes asked about the reasons for, in his view, dropping the case.";
        assertThat(quotes(inside)).noneMatch(x -> x.rule().equals("according-to"));
    }

    @Test
    void aTrailingCueMayBeFollowedByAnotherAttribution() {
        String text = "Talks could start on Thursday, Putin said, adding that the offer stands.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("Talks could start on Thursday"), "said", "Putin", "Putin",
                "cue-after-content");
        String nested = "Ortiz said the bridge was “beyond repair,” the engineer recalled, adding that the council knew.";
        Quote outer = quotes(nested).get(0);
        assertThat(outer.text()).isEqualTo("Ortiz said the bridge was “beyond repair,”");
        assertThat(outer.knownSpeaker().orElseThrow().mention().text()).isEqualTo("the engineer");
        // an opening phrase or clause alone is no content of the cue after it
        String opening = "On Tuesday, even as shares fell, Ackman said, adding that he would hold.";
        assertThat(quotes(opening)).noneMatch(x -> x.rule().equals("cue-after-content"));
    }

    @Test
    void theSubjectOfAClauseAfterBeforeOrAfter() {
        String text = "Dana Voss left the firm weeks before its chief counsel boasted about a plan to spend “a fortune” on it.";
        Quote q = only(text);
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("its chief counsel");
        // a time or event after "after" does not speak: the subject before it does
        String meeting = "Officials after the meeting said the plan was “a joke.”";
        assertThat(only(meeting).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Officials");
    }

    @Test
    void aShareOfAGroupWithAtLeast() {
        String text = "At least 40 percent of voters say the two candidates are “about right.”";
        expect(only(text), text, QuoteType.MIXED, List.of("the two candidates are “about right.”"), "say",
                "At least 40 percent of voters", "At least 40 percent of voters", "reported-clause");
    }

    @Test
    void aCueNounWhoseContentIsOnlyAQuotation() {
        String text = "Senator Ruth Okafor took the first question. The senator’s answer was that “the family comes first.” "
                + "Her rival gained after his call for “a total ban on every import from the south” in May.";
        List<Quote> q = quotes(text);
        Quote answer = q.stream().filter(x -> x.text().contains("the family")).findFirst().orElseThrow();
        assertThat(answer.cue().present().orElseThrow().text()).isEqualTo("answer");
        assertThat(answer.knownSpeaker().orElseThrow().name()).isEqualTo("Ruth Okafor");
        assertThat(answer.rule()).isEqualTo("cue-noun");
        Quote call = q.stream().filter(x -> x.text().startsWith("a total ban")).findFirst().orElseThrow();
        assertThat(call.cue().present().orElseThrow().text()).isEqualTo("call");
        assertThat(call.knownSpeaker().orElseThrow().mention().text()).isEqualTo("his");
    }

    @Test
    void anAppositionMayEndWithATitleInQuotationMarks() {
        String text = "Lena Ortiz, host of the podcast “Night Shift,” said the plan was “a mess.”";
        expect(only(text), text, QuoteType.MIXED, List.of("the plan was “a mess.”"), "said", "Lena Ortiz", "Lena Ortiz",
                "reported-clause");
        // a quotation after a comma is the cue's content, not a title: the speaker follows the cue
        String quote = "Asked about the plan, “It is over,” said Ortiz.";
        Quote q = quotes(quote).stream().filter(x -> x.text().startsWith("It is over")).findFirst().orElseThrow();
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Ortiz");
    }

    @Test
    void aCueSplittingItsContentMayAddressSomeone() {
        // the person addressed and a place stand inside the parenthetical; a linking "And" is no content
        String text = "The governor spoke for an hour. And, Lindqvist told the crowd in Vaasa, he’s been “blunt” and "
                + "“stubborn” all his life.";
        expect(only(text), text, QuoteType.MIXED, List.of("he’s been “blunt” and “stubborn” all his life"), "told",
                "Lindqvist", "Lindqvist", "parenthetical-cue");
        // not a parenthetical: an apposition to the object, then the rest of the object
        String called = "Speaking in Turku, Lindqvist called Marsh, her rival for the seat, a “part-time mayor.”";
        Quote q = only(called);
        assertThat(q.rule()).isEqualTo("reported-clause");
        assertThat(q.text()).startsWith("Marsh");
    }

    @Test
    void aSentenceGoesOnAfterAQuotedExclamation() {
        String text = "Mayor Ortiz took the stage late. She shouted “What a night!” and said that her team would keep going.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(1), text, QuoteType.INDIRECT, List.of("that her team would keep going"), "said", "She", "Ortiz",
                "reported-clause");
    }

    @Test
    void aParticipleAfterAVerbsObjectTakesTheClausesSubject() {
        for (String text : List.of(
                "Sanders himself, who was not at the rally, has toned down his criticism, admitting that his “long march” will end soon.",
                "Sanders, who was not at the rally, has toned down his criticism, admitting that his “long march” will end soon.")) {
            assertThat(quotes(text)).singleElement().satisfies(q -> {
                assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Sanders");
                assertThat(q.cue().present().orElseThrow().text()).isEqualTo("admitting");
            });
        }
        // the object of a relative clause's verb does not speak either; the inverted subject of "said" does
        String text = "“It is hard to poll,” said Tomas Reyes, who chairs the history department at the state college, "
                + "citing another reason the race is close.";
        assertThat(quotes(text)).filteredOn(q -> q.type() == QuoteType.INDIRECT).singleElement().satisfies(q ->
                assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Tomas Reyes"));
    }

    @Test
    void aRelativeAfterAPrepositionOrAnAbsolutePhraseWithACueStartsAnAttributionOfItsOwn() {
        String relative = "Ortiz said that the plans were sound, to which Okafor interjected: “It is just not true.”";
        List<Quote> q = quotes(relative);
        assertThat(q).hasSize(2);
        expect(q.get(0), relative, QuoteType.INDIRECT, List.of("that the plans were sound"), "said", "Ortiz", "Ortiz",
                "reported-clause");
        assertThat(q.get(1).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor");
        String absolute = "Ortiz said the budget was a sign of disarray, with Brandt noting that “a few hundred teachers” "
                + "cannot fill the gap.";
        List<Quote> a = quotes(absolute);
        assertThat(a).hasSize(2);
        expect(a.get(0), absolute, QuoteType.INDIRECT, List.of("the budget was a sign of disarray"), "said", "Ortiz", "Ortiz",
                "reported-clause");
        expect(a.get(1), absolute, QuoteType.MIXED, List.of("that “a few hundred teachers” cannot fill the gap"), "noting",
                "Brandt", "Brandt", "reported-clause");
        // not a poll's own figures
        assertThat(quotes("The poll showed Ortiz losing ground, with 40 percent backing her before the debate.")).hasSize(1);
    }

    @Test
    void aGerundAfterKeepOrBeginTakesThatVerbsSubject() {
        String text = "Mayor Ortiz is winning applause as Brandt keeps talking about the “power of we” at every stop.";
        assertThat(quotes(text)).singleElement().satisfies(q ->
                assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Brandt"));
        String began = "Ortiz drew cheers when the governor began insisting that nobody is above the law.";
        assertThat(quotes(began)).singleElement().satisfies(q ->
                assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("the governor"));
        // a thing that cannot speak does not begin to: the participle is the main clause's
        String meeting = "Okafor sent out an email as the committee meeting began vowing to fight for every vote.";
        assertThat(quotes(meeting)).singleElement().satisfies(q ->
                assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor"));
    }

    @Test
    void thePeopleAPollAskedAreTheSource() {
        String text = "While those polled said the mayor has the “best record,” the challenger leads. "
                + "Respondents surveyed said the plan was too costly.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).knownSpeaker().orElseThrow().mention().text()).isEqualTo("those polled");
        assertThat(q.get(0).knownSpeaker().orElseThrow().kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        assertThat(q.get(1).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Respondents surveyed");
    }

    @Test
    void aContentSplitByItsCueMayHoldAnAttributionOfItsOwn() {
        String text = "Six months ago, the mayor said, the council considered him a “fringe candidate.”";
        expect(only(text), text, QuoteType.MIXED, List.of("Six months ago", "the council considered him a “fringe candidate.”"),
                "said", "the mayor", "the mayor", "parenthetical-cue");
    }

    @Test
    void accordingToBeforeAndAfter() {
        String before = "According to the Kremlin, talks will start on Thursday.";
        Quote q = only(before);
        expect(q, before, QuoteType.INDIRECT, List.of("talks will start on Thursday"), "According to", "the Kremlin",
                "Kremlin", "according-to");
        assertThat(q.knownSpeaker().orElseThrow().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        String after = "Talks will start on Thursday, according to the Kremlin.";
        expect(only(after), after, QuoteType.INDIRECT, List.of("Talks will start on Thursday"), "according to",
                "the Kremlin", "Kremlin", "according-to");
        // after the word that opens a clause, the source is that clause's
        String inside = "He will attend the hearing, because, according to Lindqvist, the board would object if he stayed away.";
        expect(only(inside), inside, QuoteType.INDIRECT, List.of("the board would object if he stayed away"),
                "according to", "Lindqvist", "Lindqvist", "according-to");
    }

    @Test
    void denialAdmissionAndVow() {
        String denied = "Dmitry Peskov denied that Russia had made an offer.";
        expect(only(denied), denied, QuoteType.INDIRECT, List.of("that Russia had made an offer"), "denied",
                "Dmitry Peskov", "Dmitry Peskov", "reported-clause");
        String vowed = "Vladimir Putin vowed to eliminate the conditions fuelling the conflict.";
        expect(only(vowed), vowed, QuoteType.INDIRECT, List.of("to eliminate the conditions fuelling the conflict"),
                "vowed", "Vladimir Putin", "Vladimir Putin", "reported-clause");
        String admitted = "Vladimir Putin spoke for an hour. He admitted that there are many questions.";
        expect(only(admitted), admitted, QuoteType.INDIRECT, List.of("that there are many questions"), "admitted", "He",
                "Vladimir Putin", "reported-clause");
    }

    @Test
    void expressingAConcernReportsIt() {
        String text = "Residents expressed concern that the depot would flood the creek.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("concern that the depot would flood the creek"), "expressed",
                "Residents", "Residents", "reported-clause");
    }

    @ParameterizedTest
    @ValueSource(strings = {"believe", "warned", "claimed", "insisted"})
    void officialsBelieveWarnClaimInsist(String verb) {
        String text = "Officials " + verb + " that the plan would fail.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that the plan would fail"), verb, "Officials", "Officials",
                "reported-clause");
    }

    @Test
    void thePersonAddressedIsNeitherSourceNorContent() {
        String text = "Finance Minister Karl Brandt told reporters that the budget was balanced.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that the budget was balanced"), "told", "Karl Brandt",
                "Karl Brandt", "reported-clause");
    }

    @Test
    void aPronounAddressedIsNotContent() {
        String him = "Last month, a developer told him the building was worth $2.4 million.";
        expect(only(him), him, QuoteType.INDIRECT, List.of("the building was worth $2.4 million"), "told", "a developer",
                "a developer", "reported-clause");
        String her = "Her advisers told her that the merger was worth the risk.";
        expect(only(her), her, QuoteType.INDIRECT, List.of("that the merger was worth the risk"), "told", "Her advisers",
                "Her advisers", "reported-clause");
        String them = "Sanders urged them to stay home on Tuesday.";
        expect(only(them), them, QuoteType.INDIRECT, List.of("to stay home on Tuesday"), "urged", "Sanders", "Sanders",
                "reported-clause");
    }

    @Test
    void aParticipleInAnOpeningPrepositionalPhraseIsNoCue() {
        String text = "In a statement posted on its website, the Ironmen said: “We love Harlow.”";
        Quote q = only(text);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(q.cue().present().orElseThrow().text()).isEqualTo("said");
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).endsWith("Ironmen");
        // without the comma that closes such a phrase, the noun is the subject: "At the meeting officials said"
        String meeting = "At the meeting officials said the plan would fail.";
        assertThat(quotes(meeting)).anySatisfy(r -> assertThat(r.text()).isEqualTo("the plan would fail"));
        // a clause after "though" has its own subject
        String poll = "Kasich's favorability sits at 50 percent, though 32 percent said they had no opinion of him.";
        expect(only(poll), poll, QuoteType.INDIRECT, List.of("they had no opinion of him"), "said", "32 percent",
                "32 percent", "reported-clause");
    }

    @Test
    void aQuotationAfterAColonIsTheContentThoughARelativeClauseStandsBeforeIt() {
        String text = "Carla Baptiste, a teacher, tweeted a photo of the vacant lot where the stadium would go: "
                + "“This has been a parking lot for 15 years. Build the thing.”";
        Quote q = only(text);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(q.text()).isEqualTo("This has been a parking lot for 15 years. Build the thing.");
        assertThat(q.speakerName()).contains("Carla Baptiste");
        assertThat(q.cue().present().orElseThrow().text()).isEqualTo("tweeted");
        // a relative clause with a subject and a cue of its own keeps the quotation from the main clause
        String bite = "Ana Ruiz offered up this sound bite for which she later apologized: “We will close the mines.”";
        Quote b = quotes(bite).stream().filter(x -> x.text().contains("close the mines")).findFirst().orElseThrow();
        assertThat(b.knownSpeaker().orElseThrow().mention().span().begin()).isLessThan(bite.indexOf("she later"));
    }

    @Test
    void cueNouns() {
        String promise = "Vladimir Putin spoke on Saturday. His promise to end the war was welcomed in Kyiv.";
        expect(only(promise), promise, QuoteType.INDIRECT, List.of("to end the war"), "promise", "His", "Vladimir Putin",
                "cue-noun");
        String claim = "Putin's claim that the offer stands surprised nobody.";
        Quote q = quotes(claim).stream().filter(x -> x.rule().equals("cue-noun")).findFirst().orElseThrow();
        assertThat(spans(q, claim).get(0)).startsWith("that the offer stands");
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Putin");
        String remark = "Critics seized on his remark at the rally that the dam was “perfectly safe.”";
        expect(only(remark), remark, QuoteType.MIXED, List.of("that the dam was “perfectly safe.”"), "remark", "his",
                "his", "cue-noun");
        String past = "Critics seized on his past comments that the dam was “perfectly safe.”";
        assertThat(only(past).cue().present().orElseThrow().text()).isEqualTo("comments");
    }

    @Test
    void passiveWithoutASource() {
        String text = "Talks are expected to start on Thursday.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("Talks", "to start on Thursday"), "expected", null, null,
                "passive-cue");
    }

    @Test
    void aContractedHasIsNoPassive() {
        String text = "Mayor Lena Ortiz is not convinced. She's said the bridge would reopen in May.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("the bridge would reopen in May"), "said", "She",
                "Lena Ortiz", "reported-clause");
        String passive = "It's said that the bridge would reopen in May.";
        assertThat(only(passive).rule()).isEqualTo("passive-cue");
    }

    @Test
    void aPassiveInARelativeClauseClosedBeforeTheMainVerbReportsNothing() {
        String text = "Ortiz, who phoned her rival shortly after the result was declared, told her supporters, "
                + "“We will be back.”";
        List<Quote> q = quotes(text);
        assertThat(q).noneMatch(x -> x.rule().equals("passive-cue"));
        Quote direct = q.stream().filter(x -> x.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(direct.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Ortiz");
    }

    @Test
    void paraphraseWithAQuotedFragmentIsMixed() {
        String text = "Vladimir Putin called the offer “too little, too late.”";
        expect(only(text), text, QuoteType.MIXED, List.of("the offer “too little, too late.”"), "called", "Vladimir Putin",
                "Vladimir Putin", "reported-clause");
    }

    @Test
    void aQuotationThatContinuesAParaphraseJoinsItAsMixed() {
        String text = "Vladimir Putin said the talks would start soon. “We are ready.”";
        expect(only(text), text, QuoteType.MIXED, List.of("the talks would start soon", "We are ready."), "said",
                "Vladimir Putin", "Vladimir Putin", "reported-clause");
    }

    @Test
    void aQuotationAfterAColonStaysDirect() {
        String text = "Vladimir Putin said on Saturday: “We are ready.”";
        Quote q = only(text);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(spans(q, text)).containsExactly("We are ready.");
        String that = "Vladimir Putin said that “we are ready.”";
        assertThat(only(that).type()).isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void onlyTheOutermostOfNestedAttributions() {
        String text = "Officials said Trump told them that the wall would be built.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("Trump told them that the wall would be built"), "said",
                "Officials", "Officials", "reported-clause");
    }

    @Test
    void twoCuesAreTwoQuotes() {
        String text = "The club announced a new coach on Monday and said he would start in June.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(spans(q.get(0), text)).containsExactly("a new coach on Monday");
        assertThat(q.get(0).cue().present().orElseThrow().text()).isEqualTo("announced");
        assertThat(spans(q.get(1), text)).containsExactly("he would start in June");
        assertThat(q.get(1).cue().present().orElseThrow().text()).isEqualTo("said");
        assertThat(q).allSatisfy(x -> assertThat(x.knownSpeaker().orElseThrow().mention().text()).isEqualTo("The club"));
    }

    @Test
    void reportedSpeechInsideADirectQuoteBelongsToIt() {
        String text = "“Putin said that talks could start,” the aide recalled.";
        Quote q = only(text);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(spans(q, text)).containsExactly("Putin said that talks could start,");
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("the aide");
    }

    @Test
    void aSecondSubjectWithItsOwnCueEndsTheFirstContent() {
        String text = "Okafor argued that the levy would hurt small farms, while Brandt said that the "
                + "“numbers simply do not add up” for the province.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("that the levy would hurt small farms"), "argued",
                "Okafor", "Okafor", "reported-clause");
        expect(q.get(1), text, QuoteType.MIXED,
                List.of("that the “numbers simply do not add up” for the province"), "said", "Brandt", "Brandt",
                "reported-clause");
    }

    @Test
    void aRelativeOrCoordinatedClauseWithItsOwnSubjectAndCueIsItsOwnAttribution() {
        String text = "Moreau said the bill would curb the regional water boards, which she called far too slow.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("the bill would curb the regional water boards"), "said",
                "Moreau", "Moreau", "reported-clause");
        assertThat(q.get(1).cue().present().orElseThrow().text()).isEqualTo("called");
        assertThat(q.get(1).knownSpeaker().orElseThrow().mention().text()).isEqualTo("she");
        String coordinated = "Varga said the levy was unfair, and Lindqvist argued that it came too late.";
        List<Quote> c = quotes(coordinated);
        assertThat(c).hasSize(2);
        expect(c.get(0), coordinated, QuoteType.INDIRECT, List.of("the levy was unfair"), "said", "Varga", "Varga",
                "reported-clause");
        expect(c.get(1), coordinated, QuoteType.INDIRECT, List.of("that it came too late"), "argued", "Lindqvist",
                "Lindqvist", "reported-clause");
    }

    @Test
    void aNamedSubjectWithACueAfterAndStartsItsOwnAttributionWithoutAComma() {
        String text = "Halvorsen blames the council for the delays and Councillor Mbeki says the plan is “dead on arrival.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("the council for the delays"), "blames", "Halvorsen",
                "Halvorsen", "reported-clause");
        expect(q.get(1), text, QuoteType.MIXED, List.of("the plan is “dead on arrival.”"), "says", "Mbeki",
                "Mbeki", "reported-clause");
        String subjects = "Ortiz said the mayor and Reyes told staff to wait.";
        assertThat(quotes(subjects)).singleElement().satisfies(r ->
                assertThat(r.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Ortiz"));
    }

    @Test
    void aDashOpensASecondAttributionAsACommaDoes() {
        String text = "Nordvik Power said the dam was safe — while engineers warned that cracks had spread.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("the dam was safe"), "said", "Nordvik Power", "Nordvik Power",
                "reported-clause");
        expect(q.get(1), text, QuoteType.INDIRECT, List.of("that cracks had spread"), "warned", "engineers",
                "engineers", "reported-clause");
    }

    @Test
    void aCommaInsideTheClosingMarkOpensASecondAttributionAsACommaDoes() {
        String text = "Salo calls the minister “the professor,” while the minister calls her “Anna.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.MIXED, List.of("the minister “the professor,”"), "calls", "Salo", "Salo",
                "reported-clause");
        expect(q.get(1), text, QuoteType.MIXED, List.of("her “Anna.”"), "calls", "the minister", "the minister",
                "reported-clause");
    }

    @Test
    void aSubordinateClauseWithItsOwnSpeakerAndSpeechCueIsItsOwnAttribution() {
        String text = "Mayor Ortega praised the plan on Friday, hours after Brandt said it was “dead on arrival.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Ortega");
        assertThat(q.get(0).text()).doesNotContain("Brandt");
        expect(q.get(1), text, QuoteType.MIXED, List.of("it was “dead on arrival.”"), "said", "Brandt", "Brandt",
                "reported-clause");
        // not a clause of belief or of events, nor one that opens the content
        assertThat(quotes("Mayor Ortega praised the plan after the figures showed a surplus.")).hasSize(1);
        assertThat(quotes("Mayor Ortega praised the plan because she thought it was fair.")).hasSize(1);
        String opening = "Ortega went on to say that, because the auditor said the books were clean, the inquiry should end.";
        assertThat(quotes(opening)).singleElement().satisfies(r ->
                assertThat(r.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Ortega"));
    }

    @Test
    void anOpeningClauseAfterAnAdverbIsPassedOverForTheSubject() {
        String text = "Shortly after Okafor's briefing ended, the Harbour Authority released a statement saying "
                + "the pier was “perfectly safe.”";
        Quote q = only(text);
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("the Harbour Authority");
    }

    @Test
    void theCueOfAQuoteInTwoApostrophesIsItsOwnEvenWhenTheQuoteIsNotReturned() {
        String text = "''If current trends continue, a merger is inevitable,'' Ruth Okafor, an analyst at Brookline "
                + "Partners, told me this week.";
        assertThat(quotes(text)).isEmpty(); // not "me this week" told by Okafor

        Quote direct = SharedExtractor.doubledApostrophes().extract(text).get(0);
        assertThat(direct.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(direct.text()).isEqualTo("If current trends continue, a merger is inevitable,");
        assertThat(direct.knownSpeaker().orElseThrow().name()).isEqualTo("Ruth Okafor");
        assertThat(direct.cue().present().orElseThrow().text()).isEqualTo("told");
    }

    @Test
    void aDirectQuoteInTwoApostrophesIsNotReturnedWhenAReportsCueOwnsIt() {
        String text = "On Friday, he joined other councillors in pouncing on news that the clerk's server had handled "
                + "files later deemed ''confidential,'' saying in a post that the release was a disaster.";
        assertThat(quotes(text)).noneMatch(q -> q.text().contains("confidential"));
        assertThat(SharedExtractor.doubledApostrophes().extract(text)).anyMatch(q -> q.text().contains("confidential"));
    }

    @Test
    void quotesInTwoApostrophesJoinedByAFewWordsAreNotReturnedEither() {
        String text = "She took the laptop everywhere, ''sending and receiving email in hotel lobbies.'' Her use of "
                + "''a private server was widely known.''";
        assertThat(quotes(text)).isEmpty();
        assertThat(SharedExtractor.doubledApostrophes().extract(text)).isNotEmpty();
    }

    @Test
    void aQuotationInCurlyMarksThatGoesOnFromAQuoteInTwoApostrophesIsKept() {
        String text = "''We lost the contract,'' said Mayor Petra Lindqvist. “Nobody saw it coming.”";
        Quote kept = only(text);
        assertThat(kept.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(spans(kept, text)).containsExactly("Nobody saw it coming.");
        assertThat(kept.text()).isEqualTo("Nobody saw it coming.");
        assertThat(kept.knownSpeaker().orElseThrow().name()).isEqualTo("Petra Lindqvist");

        Quote both = SharedExtractor.doubledApostrophes().extract(text).get(0);
        assertThat(spans(both, text)).containsExactly("We lost the contract,", "Nobody saw it coming.");
    }

    @Test
    void wordsOnAThingSomeonePutOutAreTheirs() {
        String video = "In selling the courses, Halvorsen released a video that said, “Our professors are the best.”";
        assertThat(only(video).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Halvorsen");
        String sign = "At the rally, 14-year-old Mira Olsen hoisted a sign that read “Vote local!”";
        assertThat(only(sign).knownSpeaker().orElseThrow().name()).isEqualTo("Mira Olsen");
        String statement = "The ministry issued a statement that said the dam was safe.";
        expect(only(statement), statement, QuoteType.INDIRECT, List.of("the dam was safe"), "said", "The ministry",
                "ministry", "reported-clause");
        String kept = "Okafor kept a letter that called the mayor “a fraud.”"; // keeping is not putting out
        assertThat(only(kept).knownSpeaker().orElseThrow().mention().text()).isEqualTo("that");
    }

    @Test
    void aParticipleAfterACueTheTaggerReadAsAParticipleHasItsSubject() {
        // the tagger reads "called" after "The prince" as a participle (VBN): no finite verb before "calling"
        String text = "The prince called for Senator Varga to drop out of the race, calling him “a disgrace.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(1).cue().present().orElseThrow().text()).isEqualTo("calling");
        assertThat(q.get(1).knownSpeaker().orElseThrow().mention().text()).isEqualTo("The prince");
        String opened = "In December, the prince called for Senator Varga to drop out of the race, calling him “a disgrace.”";
        assertThat(quotes(opened).get(1).knownSpeaker().orElseThrow().mention().text()).isEqualTo("the prince");
    }

    @Test
    void aQuoteAfterARelativeClauseReportContinuesTheDirectQuoteBeforeIt() {
        String text = "“They tried to scare me,” said Okonjo, who wrote about the visit in her memoir. "
                + "“Luckily, none of it was true.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).type()).isEqualTo(QuoteType.DIRECT);
        assertThat(spans(q.get(0), text)).containsExactly("They tried to scare me,", "Luckily, none of it was true.");
        assertThat(q.get(0).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okonjo");
        expect(q.get(1), text, QuoteType.INDIRECT, List.of("about the visit in her memoir"), "wrote", "who", "Okonjo",
                "reported-clause");
    }

    @Test
    void aQuoteAfterAReportInASubordinateClauseContinuesTheDirectQuoteBeforeIt() {
        String text = "“You have been great,” Ortiz told Brandt, after Brandt assured the board that the union backed her. "
                + "“I will not let you down.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(spans(q.get(0), text)).containsExactly("You have been great,", "I will not let you down.");
        assertThat(q.get(0).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Ortiz");
        expect(q.get(1), text, QuoteType.INDIRECT, List.of("that the union backed her"), "assured", "Brandt", "Brandt",
                "reported-clause");
    }

    @Test
    void aQuoteAfterAPlanContinuesTheSpeechBeforeIt() {
        String text = "“Nobody asked us,” said Ilse Brandvold, a nurse from Tromsø. She plans to vote against the "
                + "merger next month. “It was decided in Oslo.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(spans(q.get(0), text)).containsExactly("Nobody asked us,", "It was decided in Oslo.");
        assertThat(q.get(0).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Ilse Brandvold");
        assertThat(q.get(1).type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(q.get(1).cue().present().orElseThrow().text()).isEqualTo("plans");
    }

    @Test
    void aQuoteAfterTheCommaOfAnInnerCueIsThatCuesDirectQuote() {
        String text = "Asked in March, Delacroix was talking about the pension fund when she told Amira Haddad of "
                + "Radio Lyon, “The fund is safe for twenty years.”";
        List<Quote> q = quotes(text);
        Quote direct = q.stream().filter(x -> x.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(spans(direct, text)).containsExactly("The fund is safe for twenty years.");
        assertThat(direct.cue().present().orElseThrow().text()).isEqualTo("told");
        assertThat(direct.knownSpeaker().orElseThrow().mention().text()).isEqualTo("she");
        assertThat(q).noneMatch(x -> x.type() == QuoteType.MIXED);
        String introduced = "Mistry said the cuts were overdue, stating, “Investors have asked for this for two years.”";
        assertThat(quotes(introduced)).extracting(Quote::type).containsExactly(QuoteType.INDIRECT, QuoteType.DIRECT);
    }

    @Test
    void aReportEndsAtItsSentenceWhenTheNextQuoteOpensWithAStraightMarkTheTokenizerTurnedRound() {
        String text = "Walking into the hall to chants of \"Vote! Vote!,\" the senator said her campaign was "
                + "\"closing strong.\" She noted that volunteers had come from far and wide. \"It is enormous,\" she "
                + "said, grinning.";
        List<Quote> q = quotes(text);
        Quote noted = q.stream().filter(x -> x.cue().present().orElseThrow().text().equals("noted")).findFirst().orElseThrow();
        expect(noted, text, QuoteType.INDIRECT, List.of("that volunteers had come from far and wide"), "noted", "She",
                "She", "reported-clause");
        Quote direct = q.stream().filter(x -> x.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(spans(direct, text)).containsExactly("It is enormous,");
        assertThat(direct.knownSpeaker().orElseThrow().mention().text()).isEqualTo("she");
    }

    @Test
    void anIntroductoryQuestionEndsAtItsCommaEvenInsideATitle() {
        String text = "Asked why she had skipped the debate on “Morning Forum,” Okafor said she had a prior engagement.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(spans(q.get(0), text)).containsExactly("why she had skipped the debate on “Morning Forum,”");
        expect(q.get(1), text, QuoteType.INDIRECT, List.of("she had a prior engagement"), "said", "Okafor", "Okafor",
                "reported-clause");
        String when = "When Brandt was questioned about the levy, his answer turned to the harbour instead.";
        assertThat(spans(only(when), when)).containsExactly("about the levy");
    }

    @Test
    void madeClearIsACue() {
        String text = "Tanaka has made it clear that the port will not reopen before spring.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that the port will not reopen before spring"),
                "made it clear", "Tanaka", "Tanaka", "reported-clause");
        String shorter = "The ministry made clear that no fees would rise.";
        assertThat(only(shorter).cue().present().orElseThrow().text()).isEqualTo("made clear");
    }

    @Test
    void aRelativeClauseClosedBeforeTheCueLeavesTheSubjectToTheMainClause() {
        String text = "Lindqvist, who was visiting the port, did not name the company but told dock workers that "
                + "the contract would be reviewed.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that the contract would be reviewed"), "told",
                "Lindqvist", "Lindqvist", "reported-clause");
    }

    @Test
    void aCueInsideTheRelativeClauseKeepsWho() {
        String text = "The inquiry heard from Rosa Ibarra, who said that the alarms had been switched off.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that the alarms had been switched off"), "said", "who",
                "Rosa Ibarra", "reported-clause");
    }

    @Test
    void aPlaceBetweenCommasIsNoSubject() {
        String text = "Ferreira, during a town hall meeting in Sudbury, Ontario, said the mine would reopen.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("the mine would reopen"), "said", "Ferreira", "Ferreira",
                "reported-clause");
    }

    @Test
    void aSubjectWithAParenthesisAndACommaBeforeItsVerb() {
        String text = "Rep. Dana Whitlock (D-Ore.), said after the hearing that she had not read the report.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that she had not read the report"), "said",
                "Dana Whitlock", "Dana Whitlock", "reported-clause");
    }

    @Test
    void quotesOfOneSpeakerInTwoParagraphsAreNotJoinedIntoOneMixedQuote() {
        String text = "Letters.\n\n“Fix the ferry before the bridge.”\n\n-Marta Okafor, Halden.\n\n"
                + "“The bridge first, then the ferry.”\n\n-Tom Reyes, who flies for a living\n\n“Both, and soon.”";
        List<Quote> q = quotes(text);
        assertThat(q).isNotEmpty();
        assertThat(q).allSatisfy(x -> assertThat(x.spans()).allSatisfy(s -> assertThat(s.textOf(text)).doesNotContain("\n")));
        assertThat(q).allSatisfy(x -> assertThat(x.type()).isEqualTo(QuoteType.DIRECT));
    }

    @Test
    void aQuoteAfterAReportInARelativeClauseGoesOnWithTheSpeechBefore() {
        String text = "“We lost Miss Ruth,” Boone said, about Ruth Caldwell, who authorities said was swept from her "
                + "porch. “She taught every kid in this town to read.”";
        List<Quote> q = quotes(text);
        Quote report = q.stream().filter(x -> x.text().contains("swept")).findFirst().orElseThrow();
        assertThat(spans(report, text)).containsExactly("was swept from her porch");
        assertThat(report.knownSpeaker().orElseThrow().mention().text()).isEqualTo("authorities");
        Quote after = q.stream().filter(x -> x.text().contains("every kid")).findFirst().orElseThrow();
        assertThat(after.knownSpeaker().orElseThrow().name()).isEqualTo("Boone");
    }

    @Test
    void accordingToCoversAListOfPredicatesOfItsClause() {
        String text = "According to her physician, the senator had “excellent” results, shows “remarkable” stamina, "
                + "and “will serve a full term.”";
        Quote q = only(text);
        assertThat(q.rule()).isEqualTo("according-to");
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("her physician");
        assertThat(q.text()).contains("shows “remarkable” stamina", "will serve a full term");
        // a verb's object, not a clause: each verb of the list attributes its own
        String list = "Ortiz joked about the budget, declined to endorse the plan, and called the vote “a circus.”";
        assertThat(quotes(list)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aSecondVerbAfterAnAppositionTheTaggerReadAsAParticipleKeepsTheSubject() {
        String text = "De Blasio, speaking on the radio, called Trump a blowhard and said his remarks were priceless propaganda.";
        List<Quote> q = quotes(text);
        Quote said = q.stream().filter(x -> x.text().contains("priceless")).findFirst().orElseThrow();
        assertThat(said.knownSpeaker().orElseThrow().mention().text()).isEqualTo("De Blasio");
        // a participle of a common noun has no subject to give
        String ferry = "The ferry, delayed by fog, reached the harbour late and officials said the crossing was safe.";
        Quote officials = quotes(ferry).stream().filter(x -> x.text().contains("crossing")).findFirst().orElseThrow();
        assertThat(officials.knownSpeaker().orElseThrow().mention().text()).isEqualTo("officials");
    }

    @Test
    void aTimePhraseBetweenSubjectAndCueIsNoSubject() {
        String text = "Sen. Ruth Calder (D-Ore.) last week said the audit was overdue.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("the audit was overdue"), "said", "Ruth Calder",
                "Ruth Calder", "reported-clause");
        String ago = "The port authority less than two weeks ago said the cranes would be replaced.";
        assertThat(only(ago).knownSpeaker().orElseThrow().mention().text()).isEqualTo("The port authority");
        String group = "A group of 40 fishermen and their families this week published a letter and warned that the quota was too low.";
        assertThat(quotes(group)).anySatisfy(q -> assertThat(q.knownSpeaker().orElseThrow().mention().text()).contains("families"));
    }

    @Test
    void theSubjectOfAClauseOpenedByAfterSpeaks() {
        String text = "The endorsement came two days after Lindqvist told the Tribune she was not ready to back the mayor.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("she was not ready to back the mayor"), "told",
                "Lindqvist", "Lindqvist", "reported-clause");
    }

    @Test
    void theObjectOfAParticipleDoesNotSpeak() {
        String text = "Halvorsen, clearly annoyed, answered by waving a copy of the budget, saying the figures had been "
                + "doubled.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("the figures had been doubled"), "saying", "Halvorsen",
                "Halvorsen", "reported-clause");
    }

    @Test
    void aNounWithAPastParticiplePhraseIsTheSubjectOfTheCueAfterIt() {
        // the participle with "by" is passive and reports nothing; the cue is the finite verb after its phrase
        String written = "An audit written by the provincial comptroller found that the agency had ignored six warnings.";
        expect(only(written), written, QuoteType.INDIRECT, List.of("that the agency had ignored six warnings"), "found",
                "An audit", "An audit", "reported-clause");
        String drafted = "A legal memo drafted for the council in March concluded that the levy was unlawful.";
        expect(only(drafted), drafted, QuoteType.INDIRECT, List.of("that the levy was unlawful"), "concluded",
                "A legal memo", "A legal memo", "reported-clause");
    }

    @Test
    void aNamingParticipleIsNoCue() {
        String text = "The campaign paid $40,000 to a consultancy called Brightwell, which sells what it calls "
                + "“voter maps” to candidates.";
        Quote q = only(text);
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(spans(q, text)).containsExactly("“voter maps” to candidates");
        assertThat(q.cue().present().orElseThrow().text()).isEqualTo("calls");
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("it");
    }

    @Test
    void anIndefiniteSourceWithAParticipleIsADescription() {
        String text = "“The money is there,” said one Republican involved in the planning.";
        Speaker.Known s = only(text).knownSpeaker().orElseThrow();
        assertThat(s.mention().text()).isEqualTo("one Republican");
        assertThat(s.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        String laidBack = "“They are theirs,” points out the laid-back Cambridge resident.";
        assertThat(only(laidBack).knownSpeaker().orElseThrow().mention().text())
                .isEqualTo("the laid-back Cambridge resident");
    }

    @Test
    void aParticiplePhraseOpeningTheSentenceTakesTheMainClausesSubject() {
        // the phrase closes at a comma inside the closing mark, after a quotation in it
        String remarking = "Remarking on the pier's “rotten timbers,” Councillor Ada Brandt said the repairs would wait.";
        Quote r = quotes(remarking).stream().filter(q -> q.text().contains("rotten")).findFirst().orElseThrow();
        assertThat(r.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Ada Brandt");
        // a quotation after the opening participle is its cue's, whose subject follows the phrase
        String citing = "Citing “family obligations in Oslo,” the minister's spokeswoman told reporters that he would skip the summit.";
        Quote c = quotes(citing).stream().filter(q -> q.text().contains("Oslo")).findFirst().orElseThrow();
        assertThat(c.cue().present().orElseThrow().text()).isEqualTo("Citing");
        assertThat(c.knownSpeaker().orElseThrow().mention().text()).isEqualTo("the minister's spokeswoman");
        // after "and in", and with "though," between the phrase and its subject
        String explaining = "The plan passed. And in explaining why the levy had been “unfair to renters,” Okafor described "
                + "a system built for owners.";
        Quote e = quotes(explaining).stream().filter(q -> q.text().contains("unfair")).findFirst().orElseThrow();
        assertThat(e.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor");
        String though = "Acknowledging that the mayor “says a lot of odd things,” though, Lindqvist did suggest that he was honest.";
        Quote t = quotes(though).stream().filter(q -> q.text().contains("odd things")).findFirst().orElseThrow();
        assertThat(t.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Lindqvist");
    }

    @Test
    void aParticiplePhraseAfterAPrepositionsPhraseTakesTheMainClausesSubjectAndEndsAtItsComma() {
        // a preposition governs the participle, after words of a time span or of a complex preposition
        assertThat(speakerOf("Despite challenging the honesty of the harbour board, Mayor Lionel Fitch said he would "
                + "work with its members.", "challenging")).isEqualTo("Lionel Fitch");
        assertThat(speakerOf("Eight years after backing the first tunnel plan, developer Aurelio Banks now calls it "
                + "“a mistake.”", "backing")).isEqualTo("Aurelio Banks");
        assertThat(speakerOf("After months of refusing to apologize for the flyer, Councillor Dana Whitfield admitted it "
                + "was “a low moment.”", "refusing")).isEqualTo("Dana Whitfield");
        assertThat(speakerOf("In addition to stating that the levy was illegal, the tenants' group urged members to "
                + "withhold payment.", "stating")).isEqualTo("the tenants' group");
        // after a dateline; the subject's verb may be a modal; an apposition or relative clause may follow the subject
        assertThat(speakerOf("HALIFAX — After boasting for a year about how little it spent, Councillor Ruth Ames conceded "
                + "a deficit.", "boasting")).isEqualTo("Ruth Ames");
        assertThat(speakerOf("Recalling that winter, Tobias Renwick, who ran the clinic for a decade, said the shortages "
                + "were the worst he had seen.", "Recalling")).isEqualTo("Tobias Renwick");
        assertThat(speakerOf("In opposing the request, her lawyer, Marta Ilves, argued that the records were private.",
                "opposing")).isEqualTo("Marta Ilves");
        // the content is the participle's, up to the comma that closes its phrase
        Quote offer = byCue("By offering the union a seat on the panel, the minister would show that she is serious.",
                "offering");
        assertThat(offer.text()).isEqualTo("the union a seat on the panel");
        assertThat(offer.knownSpeaker().orElseThrow().mention().text()).isEqualTo("the minister");
        // not a gerund that is the subject: its phrase has no comma before a subject and verb of its own
        assertThat(speakerOf("And finding a seatmate for Ilse Marrow, whose start-up, Quillfeather, has come under "
                + "scrutiny, also proved challenging.", "finding")).isNull();
    }

    @Test
    void aParticiplePhraseBetweenCommasAfterTheSubjectIsTheSubjects() {
        Quote saying = byCue("Ms. Okafor, after initially saying she would not run, announced her candidacy on Friday.",
                "saying");
        assertThat(saying.text()).isEqualTo("she would not run");
        assertThat(saying.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor");
        assertThat(speakerOf("Hartley, while apparently feeling the need to calm the room, called the plan “a first draft.”",
                "feeling")).isEqualTo("Hartley");
        // not an object before the comma: the phrase must open the sentence
        assertThat(speakerOf("The board thanked Hartley, while noting that the plan was only a draft.", "noting"))
                .isNotEqualTo("Hartley");
    }

    @Test
    void aSubjectWithItsPartyInBracketsStartsAnAttributionAfterAComma() {
        String text = "Tuesday on a morning radio show, while discussing a flyer from the challenger, Rep. Dana Whitfield "
                + "(D-Portland) said “images like this have no place in a campaign.”";
        Quote q = quotes(text).stream().filter(x -> x.text().contains("images")).findFirst().orElseThrow();
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Dana Whitfield");
        assertThat(byCue(text, "discussing").text()).isEqualTo("a flyer from the challenger");
    }

    @Test
    void aRelativeClausesContentGoesOnPastACommaBetweenAdjectives() {
        String text = "The speech followed an introduction by his daughter Mara Hollis, who portrayed him as a generous, "
                + "magnanimous executive who would be “the people's champion” and “a fighter.”";
        Quote q = byCue(text, "portrayed");
        assertThat(q.text()).contains("magnanimous").contains("people's champion").contains("a fighter");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        // a comma after a noun still ends it
        Quote party = byCue("The bill was backed by Ames, whose party opposes the levy, and by two independents.", "opposes");
        assertThat(party.text()).isEqualTo("the levy");
    }

    @Test
    void aQuotationThatIsACueNounsWholeContentKeepsItsCueBeforeAParticipleAfterIt() {
        String text = "As the debate went on and Hollis stood by his comment that “the harbour is ours,” refusing to "
                + "admit that the port was not his, Ortiz tried again to rebuke him.";
        Quote q = quotes(text).stream().filter(x -> x.text().contains("harbour is ours")).findFirst().orElseThrow();
        assertThat(q.cue().present().orElseThrow().text()).isEqualTo("comment");
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("his");
    }

    @Test
    void aParticipleAfterAClauseJoinedByAndIsThatClausesSubjects() {
        // "refusing" goes on with "Hollis stood", not with "the mayor stayed calm"
        assertThat(speakerOf("The mayor stayed calm and Hollis stood by his plan, refusing to admit that the port "
                + "was losing money.", "refusing")).isEqualTo("Hollis");
        assertThat(speakerOf("Prosecutors charged the clerk with fraud and Mayor Ames fired the treasurer, "
                + "acknowledging that residents had lost trust in the office.", "acknowledging")).isEqualTo("Ames");
        // not two nouns of one subject
        assertThat(speakerOf("In this case, it appears that Hollis and Ortiz misled the board by publicly insisting that "
                + "the port was profitable.", "insisting")).isNotEqualTo("Ortiz");
    }

    @Test
    void theObjectOfAVerbThatCausedTheSpeechSpeaksItsInfinitive() {
        assertThat(speakerOf("The vote prompted Mayor Ruth Ames to accuse the board of “cowardice.”", "accuse"))
                .isEqualTo("Ruth Ames");
        assertThat(speakerOf("The loss led council chairwoman Dana Whitfield to declare that the plan was dead.", "declare"))
                .isEqualTo("Dana Whitfield");
        assertThat(speakerOf("The fact-check was shared 3,200 times, leading advisers like Gene Ortiz to counter that "
                + "“every cent went to the mill.”", "counter")).isEqualTo("advisers like Gene Ortiz");
        // not a verb that only asks for it: the urging is the report
        assertThat(speakerOf("The mayor urged Ruth Ames to declare that the plan was dead.", "urged")).isEqualTo("The mayor");
    }

    @Test
    void getPersuadeAndConvinceAlsoCauseTheirObjectsSpeech() {
        assertThat(speakerOf("A warm-up band got the crowd to chant “four more years” before the rally began.", "chant"))
                .isEqualTo("the crowd");
        assertThat(speakerOf("The organisers persuaded Mayor Ruth Ames to declare that the fair was “open to everyone.”",
                "declare")).isEqualTo("Ruth Ames");
    }

    @Test
    void theAgentOfAPassiveCueAfterItsQuotationSpeaks() {
        // a participle in apposition after its noun's comma, "as" before the quotation
        assertThat(speakerOf("The plan, described as “a giveaway” by critics, passed the council on Tuesday.", "described"))
                .isEqualTo("critics");
        // after an opening dash, with a determiner before the quotation: the dash closes no interruption
        assertThat(speakerOf("Republicans faced criticism for the inquiry into the fire — often labeled a “witch hunt” by "
                + "Democrats — but Gowdy kept going.", "labeled")).isEqualTo("Democrats");
        // a passive report: the agent is its source, and its content ends before "by"
        String text = "The inquiry has often been labeled a “witch hunt” by Democrats.";
        Quote q = byCue(text, "labeled");
        assertThat(q.knownSpeaker().map(s -> s.mention().text())).contains("Democrats");
        assertThat(q.text()).isEqualTo("a “witch hunt”");
    }

    @Test
    void aDashThatClosesAnInterruptionLeavesTheVerbAfterItTheClauses() {
        assertThat(speakerOf("Democrats -- including Senator Hale -- quickly accused Trump of inciting violence.", "accused"))
                .isEqualTo("Democrats");
    }

    @Test
    void aPollThatOpensTheSentenceSpeaksForTheShareOfItsRespondents() {
        String text = "In a September Harlow University poll, just 28 percent of voters said the mayor was “honest.”";
        Quote q = byCue(text, "said");
        assertThat(q.knownSpeaker().map(s -> s.mention().text())).contains("a September Harlow University poll");
        assertThat(q.knownSpeaker().map(s -> s.name())).contains("Harlow University"); // the month is no part of the name
        // a share without a poll before it speaks for itself
        assertThat(speakerOf("Just 28 percent of voters said the mayor was honest.", "said")).isEqualTo("28 percent of voters");
        // and a poll does not stand for a person
        assertThat(speakerOf("In a Harlow University poll last week, Mayor Ames said the numbers were “fine.”", "said"))
                .isEqualTo("Ames");
    }

    @Test
    void aCueNounReachesItsOwnerOverAHyphenatedAdjective() {
        assertThat(speakerOf("His oft-stated promise to build a new pier was never kept.", "promise")).isEqualTo("His");
        assertThat(speakerOf("By then, Hale's evidence-free assertion that thousands of residents had left was everywhere.",
                "assertion")).isEqualTo("Hale");
    }

    @Test
    void aThatClauseInTheSubjectEndsBeforeTheSentencesVerb() {
        assertThat(byCue("For example, Hale's recent assertion that “thousands” of residents cheered the closure was false.",
                "assertion").text()).isEqualTo("that “thousands” of residents cheered the closure");
        // a relative "that" is no content
        assertThat(quotes("Hale’s claim that was rejected by the court is back on the agenda.")).isEmpty();
        // not where the clause goes on with a clause of its own
        assertThat(byCue("Hale's claim that the plan failed because the mayor cut the budget is disputed.", "claim").text())
                .isEqualTo("that the plan failed because the mayor cut the budget is disputed");
    }

    @Test
    void relateIntimateAndInsinuateReportButRelatedToDoesNot() {
        assertThat(speakerOf("The pastor further related that the next mayor would be the city's 45th.", "related"))
                .isEqualTo("The pastor");
        assertThat(speakerOf("Ruiz has intimated that the council's budget is wrong.", "intimated")).isEqualTo("Ruiz");
        assertThat(speakerOf("The campaign insinuated that Hale was leaving the race.", "insinuated")).isEqualTo("The campaign");
        assertThat(quotes("Anyone who is not directly related to them could listen to the case and not laugh.")).isEmpty();
        assertThat(quotes("The dispute relates to the budget the council passed in May.")).isEmpty();
    }

    @Test
    void aRelativeClauseOnTheSubjectDoesNotLendTheCueItsLastWords() {
        assertThat(speakerOf("The official who oversaw it said the process had been thorough.", "said")).isEqualTo("The official");
        assertThat(speakerOf("A judicial recount that ended late on Friday confirmed Hemi Tautahi as the new MP.", "confirmed"))
                .isEqualTo("A judicial recount");
        assertThat(speakerOf("Labour held the seat by 212 votes, after a judicial recount that ended late on Friday confirmed "
                + "Hemi Tautahi as the new MP.", "confirmed")).isEqualTo("a judicial recount");
        assertThat(speakerOf("Current and former officials who spoke with the paper said the party is a shell of itself.",
                "said")).isEqualTo("Current and former officials");
        // the cue's own subject inside a clause after the relative
        assertThat(speakerOf("The latest is Rep. Joe Hale, the congressman who gained attention in 2009 when he yelled "
                + "that the president was lying.", "yelled")).isEqualTo("he");
    }

    @Test
    void aVerbAfterANamesAppositionsTakesTheNameAlsoAfterADescriptionBeforeIt() {
        // the tagger reads "conceded" after the comma as a participle
        assertThat(speakerOf("The challenger, Antoine Berthier, a 52-year-old pharmacist, conceded shortly after 11 o'clock "
                + "but said the city remained divided.", "said")).isEqualTo("Antoine Berthier");
    }

    @Test
    void theSubjectIsNotThePhraseOfItsOwnPostModifier() {
        assertThat(speakerOf("The owner of a fudge shop on Front Street said a good day could pay her rent.", "said"))
                .isEqualTo("The owner of a fudge shop");
        assertThat(speakerOf("The City of Cambridge plans to rebuild Water Street with a bike lane.", "plans"))
                .isEqualTo("The City of Cambridge");
        assertThat(speakerOf("The self-taught illustrator at the head of it all admits that the rent is late.", "admits"))
                .startsWith("The self-taught illustrator");
        assertThat(speakerOf("The soft-spoken publisher plans to decide by the fall, and has promised artists that nothing "
                + "will change.", "promised")).isEqualTo("The soft-spoken publisher");
    }

    @Test
    void aQuotationAfterAReportGoesToItsOuterCueNotToOneInsideItsContent() {
        String text = "A witness who works at a café across the street told reporters that the men had shouted at customers "
                + "to lie down on the floor. “It was so fast. By the time I got my phone out, they were already running.”";
        List<Quote> q = quotes(text);
        assertThat(q).allSatisfy(x -> assertThat(x.knownSpeaker().map(s -> s.mention().text())).contains("A witness"));
        assertThat(q.stream().map(Quote::text).collect(java.util.stream.Collectors.joining(" "))).contains("It was so fast");
    }

    /** The quote whose cue is {@code cue} in {@code text}. */
    private Quote byCue(String text, String cue) {
        return quotes(text).stream().filter(q -> q.cue().present().map(c -> c.text().equals(cue)).orElse(false))
                .findFirst().orElseThrow();
    }

    /** The speaker mention of the quote whose cue is {@code cue} in {@code text}, or null when it has no speaker. */
    private String speakerOf(String text, String cue) {
        return byCue(text, cue).knownSpeaker().map(s -> s.mention().text()).orElse(null);
    }

    @Test
    void absolutePhrasesAfterADashEachHaveTheirOwnNameAndContent() {
        String text = "After the talks ended, both leaders issued a statement expressing hope about the treaty – "
                + "Chancellor Schmidt saying he was “very encouraged” and President Brandt calling it a “productive meeting.”";
        List<Quote> q = quotes(text).stream().filter(x -> x.type() == QuoteType.MIXED).toList();
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.MIXED, List.of("he was “very encouraged”"), "saying", "Schmidt", "Schmidt",
                "reported-clause");
        expect(q.get(1), text, QuoteType.MIXED, List.of("it a “productive meeting.”"), "calling", "Brandt", "Brandt",
                "reported-clause");
    }

    @Test
    void anInfinitiveCueInAnAbsolutePhraseIsAnAttributionOfItsOwn() {
        String text = "The campaign has denied that anything happened, with Lindqvist taking to Twitter to call the "
                + "reporter “totally delusional” for the claim.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("that anything happened"), "denied", "The campaign",
                "campaign", "reported-clause");
        expect(q.get(1), text, QuoteType.MIXED, List.of("the reporter “totally delusional” for the claim"), "call",
                "Lindqvist", "Lindqvist", "reported-clause");
    }

    @Test
    void aDescriptionAfterAfterWithAnAuxiliaryIsTheClausesSubject() {
        String text = "A court fined him 300 euros after the man had posted on his blog that the council should “resign in shame.”";
        Quote q = only(text);
        expect(q, text, QuoteType.MIXED, List.of("that the council should “resign in shame.”"), "posted", "the man",
                "the man", "reported-clause");
    }

    @Test
    void aParticipleAfterTheCuesAdjunctIsNoContent() {
        // "commenting on the damage" names a topic, and "highlighted by …" goes on describing it
        String text = "Sunday, on ABC’s “This Week,” while commenting on the storm damage highlighted by the recent floods "
                + "in Tulsa and Norman and a tornado killing five people in Moore, Governor Mary Fallin (R-OK) said the senator is "
                + "“trying to campaign as a healer.”";
        Quote q = quotes(text).stream().filter(x -> x.text().contains("healer")).findFirst().orElseThrow();
        expect(q, text, QuoteType.MIXED, List.of("the senator is “trying to campaign as a healer.”"), "said",
                "Mary Fallin", "Mary Fallin", "reported-clause");
    }

    @Test
    void aParticipleTheAdjunctsNounPhraseTookInIsNoContent() {
        // the phrase finder reads "the budget gap in Ohio highlighted" as one noun phrase: "by …" is no content
        String text = "While commenting on the budget gap in Ohio highlighted by the recent plant closures in Lorain and Toledo "
                + "and a strike crippling three Akron factories, Mayor Dana Reyes said the governor is “out of touch with "
                + "working families.”";
        Quote q = only(text);
        expect(q, text, QuoteType.MIXED, List.of("the governor is “out of touch with working families.”"), "said",
                "Dana Reyes", "Dana Reyes", "reported-clause");
    }

    @Test
    void theMainClauseAfterAnOpeningParticipleCueIsNotItsContent() {
        String text = "On Monday, on WOSU’s “All Sides,” while commenting on the strike, Mayor Dana Reyes said the governor "
                + "is “out of touch.”";
        Quote q = only(text);
        expect(q, text, QuoteType.MIXED, List.of("the governor is “out of touch.”"), "said", "Dana Reyes", "Dana Reyes",
                "reported-clause");
    }

    @Test
    void aFiniteCueKeepsTheClauseAfterItsAdjunctAndComma() {
        String text = "He claimed at one point, a supporter asked the crowd to clap for the mayor.";
        Quote q = quotes(text).stream().filter(x -> x.cue().present().orElseThrow().text().equals("claimed"))
                .findFirst().orElseThrow();
        assertThat(q.text()).startsWith("a supporter asked");
    }

    @Test
    void aPassiveCueHasNoContentAfterAComma() {
        String text = "Asked whether job cuts were being considered, Alison Fairweather said there were no plans for "
                + "redundancies.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("whether job cuts were being considered"), "Asked", null, null,
                "passive-cue");
        expect(q.get(1), text, QuoteType.INDIRECT, List.of("there were no plans for redundancies"), "said",
                "Alison Fairweather", "Alison Fairweather", "reported-clause");
    }

    @Test
    void theSubjectOfARelativeClauseWithoutThatIsNotPartOfTheNounBeforeIt() {
        String text = "Draslund began filling a new reservoir, a move Veskarian officials say threatens water supplies.";
        Quote q = quotes(text).stream().filter(x -> x.text().startsWith("threatens")).findFirst().orElseThrow();
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Veskarian officials");
        String title = "“We will win,” said Clinton campaign chairman John Podesta.";
        assertThat(only(title).knownSpeaker().orElseThrow().mention().text()).isEqualTo("John Podesta");
        assertThat(only(title).knownSpeaker().orElseThrow().role()).contains("Clinton campaign chairman");
    }

    @Test
    void aQuotedNameOfAProgrammeInsideAReportLeavesItIndirect() {
        String text = "The university said the research formed part of its “Healthy Ageing” programme.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("the research formed part of its “Healthy Ageing” programme"),
                "said", "The university", "university", "reported-clause");
        String fragment = "The mayor said the plan was “a disaster” for the town.";
        assertThat(only(fragment).type()).isEqualTo(QuoteType.MIXED);
    }

    @Test
    void anOrganisationWithAndInItsNameIsOneSource() {
        String text = "Crews from two stations were called to the house shortly after 2.15am and found the kitchen well "
                + "alight, the Tarnside Fire and Rescue Service said.";
        Quote q = quotes(text).stream().filter(x -> x.cue().present().orElseThrow().text().equals("said")).findFirst()
                .orElseThrow();
        assertThat(q.text()).startsWith("Crews from two stations");
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("the Tarnside Fire and Rescue Service");
    }

    @Test
    void thePersonAddressedAfterAnAdjunctComesBeforeTheContent() {
        String text = "Fenella Ashdown, a transport analyst, wrote in a note to clients that the price was “roughly fair.”";
        expect(only(text), text, QuoteType.MIXED, List.of("that the price was “roughly fair.”"), "wrote", "Fenella Ashdown",
                "Fenella Ashdown", "reported-clause");
    }

    @Test
    void aParticipleWithToAfterANounRaisesTheNounAndHasNoSource() {
        String text = "The council hired a developer expected to finish the pier by June.";
        Quote q = only(text);
        assertThat(spans(q, text)).containsExactly("a developer", "to finish the pier by June");
        assertThat(q.speaker()).isEqualTo(Speaker.unknown());
        assertThat(q.rule()).isEqualTo("passive-cue");
    }

    @Test
    void aClauseOfTimeAfterAQuotationIsNoPartOfWhatWasSaid() {
        String text = "When a manager appeared at a window, the marchers chanted “Come down and talk to us” until he "
                + "stepped back.";
        Quote q = only(text);
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(q.text()).isEqualTo("Come down and talk to us");
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("the marchers");
        // a condition may be part of what was said
        String condition = "Reyes warned “it will be very hard to win” if turnout stays low.";
        assertThat(only(condition).type()).isEqualTo(QuoteType.MIXED);
    }

    @Test
    void quotedAsSayingIsTheSubjectsSpeechNotThePapersOrTheAgents() {
        String direct = "Chief executive Lorna Beck was quoted by the Harlow Daily as saying: “The fundamentals are "
                + "unchanged.”";
        Quote d = only(direct);
        assertThat(d.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(d.text()).isEqualTo("The fundamentals are unchanged.");
        assertThat(d.knownSpeaker().orElseThrow().name()).isEqualTo("Lorna Beck");
        String reported = "Beck was quoted as saying that the fundamentals were unchanged.";
        Quote r = only(reported);
        assertThat(spans(r, reported)).containsExactly("that the fundamentals were unchanged");
        assertThat(r.knownSpeaker().orElseThrow().name()).isEqualTo("Beck");
        assertThat(r.cue().present().orElseThrow().text()).isEqualTo("saying");
    }

    @Test
    void aVerbOfSeeingFindingOrAddingReportsAClauseOrASmallClause() {
        String that = "Inspectors found that the beams had rusted through.";
        expect(only(that), that, QuoteType.INDIRECT, List.of("that the beams had rusted through"), "found", "Inspectors",
                "Inspectors", "reported-clause");
        String small = "Many voters see the levy as a tax on commuters.";
        assertThat(only(small).text()).isEqualTo("the levy as a tax on commuters");
        String added = "The mayor added that the closure would last a month.";
        assertThat(only(added).text()).isEqualTo("that the closure would last a month");
    }

    @Test
    void aPersonWithAVerbOfSpeechAfterAColonReportsOnTheirOwn() {
        String text = "The mayor cited the turnout figures as proof: She says the count was never audited.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(x -> x.text()).containsExactly("the turnout figures as proof",
                "the count was never audited");
        assertThat(q.get(1).knownSpeaker().orElseThrow().mention().text()).isEqualTo("She");
        assertThat(q.get(1).cue().present().orElseThrow().text()).isEqualTo("says");
    }

    @Test
    void aProgrammeInQuotationMarksAfterToldIsThePersonAddressed() {
        String bare = "Okafor told “Morning Desk” on Monday the talks had been cordial.";
        expect(only(bare), bare, QuoteType.INDIRECT, List.of("the talks had been cordial"), "told", "Okafor", "Okafor",
                "reported-clause");
        String owned = "But the minister told CBC’s “The Current” that she expects a deal by spring.";
        expect(only(owned), owned, QuoteType.INDIRECT, List.of("that she expects a deal by spring"), "told",
                "the minister", "the minister", "reported-clause");
        // a quotation of what was told, not in title case, stays the content
        String said = "Okafor told “the whole board” nothing about the talks.";
        assertThat(quotes(said).get(0).text()).startsWith("“the whole board”");
    }

    @Test
    void twoSubjectsOfAnAbsolutePhraseSpeakTogether() {
        String text = "The harbour was on everyone's mind, with many sailors and dockers chanting “Save our port.”";
        Quote q = only(text);
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("many sailors and dockers");
    }

    @Test
    void aCueCoordinatedAfterADashTakesTheSubjectOfTheClauseAfterTheDash() {
        String text = "For that she drew the mayor's ire - he called her “weak” and said she had “zero support” in the state.";
        Quote said = quotes(text).stream().filter(x -> x.text().contains("zero support")).findFirst().orElseThrow();
        assertThat(said.cue().present().orElseThrow().text()).isEqualTo("said");
        assertThat(said.knownSpeaker().orElseThrow().mention().span().begin()).isEqualTo(text.indexOf("he called"));
    }

    @Test
    void twoAnswersJoinedByAndEachHaveTheirSpeaker() {
        String text = "The survey then put a question that asked voters how likely the levy was to pass, to which "
                + "21 percent said “not too likely” and 14 percent said “not at all likely.”";
        List<Quote> q = quotes(text);
        Quote first = q.stream().filter(x -> x.text().contains("not too likely")).findFirst().orElseThrow();
        Quote second = q.stream().filter(x -> x.text().contains("not at all likely")).findFirst().orElseThrow();
        assertThat(first).isNotEqualTo(second);
        assertThat(first.knownSpeaker().orElseThrow().mention().text()).isEqualTo("21 percent");
        assertThat(second.knownSpeaker().orElseThrow().mention().text()).isEqualTo("14 percent");
    }

    @Test
    void aProgrammesNameInTheAdjunctBeforeThatIsNoContent() {
        String text = "Okafor said on Harbour Radio's “Morning Watch” that he would “take a look” at the bill.";
        Quote q = only(text);
        expect(q, text, QuoteType.MIXED, List.of("that he would “take a look” at the bill"), "said", "Okafor", "Okafor",
                "reported-clause");
    }

    @Test
    void quotesStayInDocumentOrderWhenTheirPiecesInTwoApostrophesAreLeftOut() {
        // the quote of "said" starts in two apostrophes, which are left out: it then starts after the report
        String text = "''We are ready,'' Ortiz said. Officials are expected to approve the plan. “Truly.”";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(x -> x.spans().get(0).begin()).isSorted();
        assertThat(q).extracting(Quote::text).containsExactly("Officials to approve the plan", "Truly.");
        dev.verbatim.robust.Invariants.assertConsistent(text, q);
    }

    @Test
    void aVerbBeforeTheSubjectsPhraseIsNotPartOfIt() {
        // "have been" and "has stirred" are verbs, not modifiers of the noun after them; "retired" is one
        String text = "The loudest backers of the harbour plan have been retired teachers, who say it is “long overdue.”";
        assertThat(only(text).speakerName()).contains("retired teachers");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The so-called peace plan failed in March.",
            "All told, the storm cost the county four million dollars.",
            "Did he say that?",
            "Will the minister deny that the plan failed?",
            "The spokesman did not comment.",
            "She was tired after the long meeting.",
            "He chased the bus down Main Street.",
            "The mayor will resign in June.",
            "A written statement was handed to the press.",
            "The Harbour Hawks went on to win the final in overtime.",
            "He panicked and ran when he saw smoke.",
            "For two periods the Lynx looked lost. Then the rookie found his.",
            "Border agents found the tunnels in March.",
            "She sees about 30 patients a day at the clinic on Main Street and visits a handful more at home.",
            "The signed diversion adds up to 40 minutes to some journeys.",
            "The closure adds another worry to the list.",
            "Lind, who was called up from the minors two weeks ago, scored twice.",
            "The union called off the strike on Friday."})
    void sentencesThatAttributeNothing(String text) {
        assertThat(quotes(text)).as(text).isEmpty();
    }

    @Test
    void aDirectOnlyExtractorReturnsNoReportedSpeech() {
        String text = "Officials said the plan would fail. “It will,” Ortiz said.";
        assertThat(SharedExtractor.direct().extract(text)).extracting(Quote::type).containsExactly(QuoteType.DIRECT);
        assertThat(quotes(text)).extracting(Quote::type).containsExactly(QuoteType.INDIRECT, QuoteType.DIRECT);
    }

    @Test
    void anOrganisationNamedWithOfSpeaksOverAPhraseBetweenCommas() {
        String text = "The Office of the Auditor-General, in a written submission to the transport committee, said it "
                + "would need more staff.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("it would need more staff"), "said",
                "The Office of the Auditor-General", "Office of the Auditor-General", "reported-clause");
    }

    @Test
    void theVerbAfterARelativeClauseOnTheSubjectIsTheCue() {
        String text = "Okonjo, who joined in 2006, announced in March that the end of this school year would be his last.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that the end of this school year would be his last"),
                "announced", "Okonjo", "Okonjo", "reported-clause");
    }

    @Test
    void aDatelineIsNoPartOfTheContent() {
        String text = "PORT ANSELL — Skerrow Air will stop flying to five island airports from September, the airline said.";
        Quote q = only(text);
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(spans(q, text)).containsExactly("Skerrow Air will stop flying to five island airports from September");
    }

    @Test
    void aRestrictiveRelativeOnTheSubjectEndsBeforeTheSentencesCue() {
        String text = "Residents who opposed the new depot last spring told the council that it was “a disaster.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("the new depot last spring"), "opposed", "who", "Residents",
                "reported-clause");
        expect(q.get(1), text, QuoteType.MIXED, List.of("that it was “a disaster.”"), "told", "Residents", "Residents",
                "reported-clause");
        // a verb whose complement is a clause keeps it: the verb after its subject is the clause's own
        String clause = "A survey that shows most drivers expect higher tolls was released on Monday.";
        assertThat(quotes(clause)).singleElement().satisfies(x -> assertThat(x.text()).startsWith("most drivers expect higher tolls"));
    }

    @Test
    void thoseWhoSpeakAreTheSubjectOfTheirRelativeClause() {
        String text = "Those who oversaw the recount said it was “clean and fair.”";
        expect(only(text), text, QuoteType.MIXED, List.of("it was “clean and fair.”"), "said", "Those", "Those",
                "reported-clause");
        // the verb after "but" is the clause's, not the relative clause's on its object
        String object = "Okafor praised those who resigned but said, “We need people who can deliver.”";
        Quote direct = quotes(object).stream().filter(x -> x.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(direct.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor");
    }

    @Test
    void aCueJoinedToAVerbOfAClauseAfterItsSubordinatorSharesItsSubject() {
        String text = "The walkout came because the older drivers distrusted the board and refused to accept “temporary” cuts.";
        Quote q = quotes(text).stream().filter(x -> x.text().contains("temporary")).findFirst().orElseThrow();
        assertThat(q.knownSpeaker().orElseThrow().mention().text()).isEqualTo("the older drivers");
    }

    @Test
    void aParticipleBetweenAnArticleAndItsNounIsNoCue() {
        String text = "Osei, who cast the deciding vote, said the channel had become a hazard.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("the channel had become a hazard"), "said", "Osei", "Osei",
                "reported-clause");
    }

    @Test
    void aNounPhraseInAppositionWithACueOfItsOwnEndsTheContent() {
        String text = "Quintero accused Whitcomb of voting against the clinics, a charge that his campaign has denied.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("Whitcomb of voting against the clinics"), "accused",
                "Quintero", "Quintero", "reported-clause");
        // the quotation in the apposition is its own clause's, not the sentence's first cue's
        String quoted = "Quintero said Whitcomb voted against the clinics, a claim his campaign has called “flatly false.”";
        Quote direct = quotes(quoted).stream().filter(x -> x.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(direct.knownSpeaker().orElseThrow().mention().text()).isEqualTo("his campaign");
        assertThat(direct.cue().present().orElseThrow().text()).isEqualTo("called");
        // a comma between two adjectives opens no apposition
        String adjectives = "Kessler wrote that Haley wants a working, legal system that voters trust.";
        assertThat(only(adjectives).text()).isEqualTo("that Haley wants a working, legal system that voters trust");
    }

    @Test
    void aSubjectAndACueAfterAQuotationOpenAClauseWhenTheCommaIsLeftOut() {
        String text = "Conceding that a deal was likely “down the line” Okafor warned: “It is not going to happen soon.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(spans(q.get(0), text)).containsExactly("that a deal was likely “down the line”");
        assertThat(q.get(1).type()).isEqualTo(QuoteType.DIRECT);
        assertThat(q.get(1).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor");
    }

    @Test
    void anOpeningParticiplesSpeakerIsTheSubjectAfterAQuotationWithoutAComma() {
        String text = "Conceding that a compromise was possible “somewhere down the road” she warned: “It will not happen "
                + "this year.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.MIXED, List.of("that a compromise was possible “somewhere down the road”"),
                "Conceding", "she", "she", "reported-clause");
    }

    @Test
    void aParticipleAfterPeopleAPrepositionGovernsIsTheirs() {
        String text = "The premier will be met in Seoul by hundreds of farmers protesting against the beef levy.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("against the beef levy"), "protesting",
                "hundreds of farmers", "hundreds of farmers", "reported-clause");
        String gifts = "The fund has drawn on the largesse of hedge fund managers opposing the tax.";
        expect(only(gifts), gifts, QuoteType.INDIRECT, List.of("the tax"), "opposing", "hedge fund managers",
                "hedge fund managers", "reported-clause");
        String message = "The campaign sent a text message to supporters saying the race was not over.";
        assertThat(only(message).knownSpeaker().orElseThrow().mention().text()).isEqualTo("The campaign");
        String letter = "The parents sent a letter to the board of directors urging it to reconsider the closure.";
        assertThat(only(letter).knownSpeaker().orElseThrow().mention().text()).isEqualTo("The parents");
    }

    @Test
    void aPartyAndStateBetweenCommasStandsForTheNameBeforeIt() {
        String text = "Sen. Luis Ortega, D-N.M., one of the bill's authors, said the claim was false.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("the claim was false"), "said", "Luis Ortega", "Luis Ortega",
                "reported-clause");
        String relative = "Sen. Mark Healey, R-Ohio, who has not said how he will vote, told reporters the rhetoric was "
                + "not helpful.";
        assertThat(quotes(relative)).extracting(q -> q.knownSpeaker().orElseThrow().name())
                .containsOnly("Mark Healey");
    }

    @Test
    void allButBeforeTheCue() {
        String text = "In 2019, the treasurer all but accused the board of trying to bury the audit.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("the board of trying to bury the audit"), "accused",
                "the treasurer", "the treasurer", "reported-clause");
    }

    @Test
    void aParticipleAfterAnOpeningAdverbialIsTheSubjectsToo() {
        String text = "On Tuesday on a morning radio show, while discussing a post from the mayor, Councillor Ray Dunn said "
                + "the images had no place in a campaign.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("a post from the mayor"), "discussing", "Ray Dunn", "Ray Dunn",
                "reported-clause");
    }

    @Test
    void theRegionOfAPlaceDoesNotHideTheSubjectBeforeIt() {
        String text = "The mayor is assuring residents she is ready for the winter after a man in Duluth, Minnesota, told her "
                + "the plows were slow.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("she is ready for the winter"), "assuring", "The mayor",
                "The mayor", "reported-clause");
        assertThat(q.get(1).knownSpeaker().orElseThrow().mention().text()).isEqualTo("a man in Duluth");
        // past the place when a comma opens the phrase it is in
        String town = "Okafor, during a town hall in Columbus, Ohio, said the plant would stay open.";
        assertThat(only(town).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor");
    }

    @Test
    void aNameAfterARelativeClauseIsTheDescribedPersonsNotItsObjects() {
        String one = "The member who voted against the plan, Ted Valdés, warned that the lines could skip the city.";
        Speaker.Known valdes = warned(one);
        assertThat(valdes.name()).isEqualTo("Ted Valdés");
        assertThat(valdes.role()).contains("member");
        String two = "The two members who opposed it, Valdés and Lindqvist, warned that the lines could skip the city.";
        assertThat(warned(two).mention().text()).isEqualTo("The two members");
        // a description before a name with a title of its own is that person
        String titled = "One of her early backers, former Sen. Ruth Akande, wrote in an email that the campaign had lost its way.";
        assertThat(only(titled).knownSpeaker().orElseThrow().name()).isEqualTo("Ruth Akande");
    }

    @Test
    void aParticipleAfterADocumentComingToLightIsTheDocuments() {
        String text = "A senior aide resigned Friday, a day after emails surfaced showing she had pressed regulators.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("she had pressed regulators"), "showing", "emails", "emails",
                "reported-clause");
        String passive = "The mayor resigned after documents were released suggesting that he had lied.";
        assertThat(only(passive).knownSpeaker().orElseThrow().mention().text()).isEqualTo("documents");
        // not a person's own participle: "The mayor appeared on television insisting …"
        String person = "The mayor appeared on the evening news insisting that he had done nothing wrong.";
        assertThat(only(person).knownSpeaker().orElseThrow().mention().text()).isEqualTo("The mayor");
    }

    @Test
    void aCueJoinedToACausedInfinitiveIsTheCausedPersons() {
        String text = "That prompted Okafor to make a joke about yoga and call the plan “very flexible,” a dig at the mayor.";
        assertThat(only(text).knownSpeaker().orElseThrow().mention().text()).isEqualTo("Okafor");
    }

    @Test
    void aCueJoinedToASubordinateVerbOverAQuotationSharesItsSubject() {
        String text = "The split was plain on Wednesday, when House Speaker Dale Ryan lamented the “disheartened” state of the "
                + "race and criticized the “identity politics” on display.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q).allMatch(x -> x.knownSpeaker().orElseThrow().name().equals("Dale Ryan"));
    }

    @Test
    void aVerbOfSpeechAfterTheObjectOfARelativeClauseOnTheSubjectIsTheSentencesOwn() {
        String text = "Republican legislators who wrote the law accused the judge of ignoring the will of voters.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        expect(q.get(0), text, QuoteType.INDIRECT, List.of("the law"), "wrote", "who", "Republican legislators",
                "reported-clause");
        expect(q.get(1), text, QuoteType.INDIRECT, List.of("the judge of ignoring the will of voters"), "accused",
                "Republican legislators", "Republican legislators", "reported-clause");
    }

    @Test
    void aRelativeClauseOnAnInvertedSpeakerReportsNothingBeforeIt() {
        String text = "“Our people have voted here since before there was a state,” said Chairwoman Janet Eagle, who "
                + "testified in the case.";
        List<Quote> q = quotes(text);
        Quote direct = q.stream().filter(x -> x.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(direct.text()).startsWith("Our people");
        assertThat(direct.knownSpeaker().orElseThrow().name()).isEqualTo("Janet Eagle");
        assertThat(q).noneMatch(x -> x.cue().present().map(c -> c.text().equals("testified")).orElse(false)
                && x.type() != QuoteType.INDIRECT);
    }

    private Speaker.Known warned(String text) {
        return quotes(text).stream().filter(q -> q.cue().present().map(c -> c.text().equals("warned")).orElse(false))
                .findFirst().orElseThrow().knownSpeaker().orElseThrow();
    }

    @Test
    void anOpeningParticiplesSpeakerIsTheSubjectAfterALeadAParenthesisOrAList() {
        String parenthesis = "On Monday, while discussing a proposal to raise parking fees, Councillor Maria Vance (Ward 4) said "
                + "the city could not keep borrowing.";
        assertThat(byCue(parenthesis, "discussing").knownSpeaker().orElseThrow().name()).isEqualTo("Maria Vance");
        String day = "Tuesday on KXL, while discussing the levy, Mayor Dan Ortiz said the city had no other choice.";
        assertThat(byCue(day, "discussing").knownSpeaker().orElseThrow().name()).isEqualTo("Dan Ortiz");
        String title = "On KXL's “Morning Drive,” while discussing the levy, Mayor Dan Ortiz said the city had no other choice.";
        assertThat(byCue(title, "discussing").knownSpeaker().orElseThrow().name()).isEqualTo("Dan Ortiz");
        String list = "While discussing a flyer showing the mayor, money and a golden garage, Speaker of the Assembly Tom Hale "
                + "said the flyer was a mistake.";
        Quote discussing = byCue(list, "discussing");
        assertThat(discussing.knownSpeaker().orElseThrow().name()).isEqualTo("Tom Hale");
        assertThat(spans(discussing, list)).containsExactly("a flyer showing the mayor, money and a golden garage");
    }

    @Test
    void aCueRightBeforeAQuotationWithItsSubjectAfterACommaOwnsIt() {
        String text = "While discussing a flyer that showed the mayor, money and a golden garage likened to the Museum of "
                + "Fine Art, Speaker of the Assembly Tom Hale (D-Portland) said “the flyer has no place in this race.”";
        Quote direct = quotes(text).stream().filter(q -> q.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(direct.cue().present().orElseThrow().text()).isEqualTo("said");
        assertThat(direct.knownSpeaker().orElseThrow().name()).isEqualTo("Tom Hale");
    }

    @Test
    void aConnectiveBetweenCommasStandsBetweenACueAndItsThat() {
        String text = "Dr. Amara Osei led the study. She cautioned, however, that the study could show only a link, not a cause.";
        expect(byCue(text, "cautioned"), text, QuoteType.INDIRECT, List.of("that the study could show only a link, not a cause"),
                "cautioned", "She", "Amara Osei", "reported-clause");
        String though = "Osei added, though, that the sample was small.";
        expect(only(though), though, QuoteType.INDIRECT, List.of("that the sample was small"), "added", "Osei", "Osei",
                "reported-clause");
    }

    @Test
    void anInfinitiveCueAfterAVerbInASubordinateClauseIsThatClausesSubjects() {
        String text = "The talks broke down after the two delegations failed to agree on how to share the stock.";
        assertThat(speakerOf(text, "agree")).isEqualTo("the two delegations");
        String warn = "The House voted on Tuesday, as Republicans continue to warn that the deal was a mistake.";
        assertThat(speakerOf(warn, "warn")).isEqualTo("Republicans");
    }

    @Test
    void whatARelativeClauseSaysSomeoneIsDoesNotSpeakForThem() {
        String text = "Maria Lopez, who at the time was a member of the Elm Street Alliance, a group of local landlords, said "
                + "that the rents would rise.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that the rents would rise"), "said", "Maria Lopez", "Maria Lopez",
                "reported-clause");
    }

    @Test
    void aPrepositionalPhraseAloneBeforeACueIsNoReport() {
        String text = "Ortega posted a video on Monday. On Twitter, Ortega fired back.";
        assertThat(quotes(text)).as("%s", quotes(text)).noneMatch(q -> q.text().equals("On Twitter"));
        String still = "The plan will pass, Ortega said.";
        expect(only(still), still, QuoteType.INDIRECT, List.of("The plan will pass"), "said", "Ortega", "Ortega",
                "cue-after-content");
    }

    @Test
    void aCueOnTheSubjectWhoseObjectIsANounPhraseEndsBeforeTheSentencesVerb() {
        String text = "A super PAC supporting Carla Voss on Monday released a television ad attacking her rival.";
        Quote support = byCue(text, "supporting");
        assertThat(support.text()).doesNotContain("released").startsWith("Carla Voss");
        String relative = "Even people who endorsed the plan sounded doubtful about it.";
        assertThat(byCue(relative, "endorsed").text()).isEqualTo("the plan");
        String main = "Since that attack, Republicans have criticized the strategy Obama trumpeted in his address.";
        assertThat(byCue(main, "criticized").text()).as("the cue is the sentence's verb").contains("trumpeted");
        String said = "House Republicans supporting the bill have said they think they will have the votes.";
        assertThat(speakerOf(said, "said")).isEqualTo("House Republicans");
    }

    @Test
    void aPhraseSetOffByCommasStandsBetweenACueAndItsThat() {
        String text = "Ryan said, in an interview on Tuesday, that the bill would pass.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that the bill would pass"), "said", "Ryan", "Ryan",
                "reported-clause");
        String clause = "The mayor argued, as she had before, that the levy was fair.";
        assertThat(byCue(clause, "argued").text()).isEqualTo("that the levy was fair");
        String participle = "Sanders suggested, without saying so directly, that the money had shaped her views.";
        assertThat(byCue(participle, "suggested").text()).isEqualTo("that the money had shaped her views");
    }

    @Test
    void whatIsPromisedIsNoOneAddressed() {
        String text = "Premier Dana Hollis promised emergency payments of $1,250 for each adult evacuee.";
        assertThat(byCue(text, "promised").text()).isEqualTo("emergency payments of $1,250 for each adult evacuee");
        assertThat(quotes("She told reporters on Tuesday.")).as("only the one addressed").isEmpty();
        String nation = "He told the nation the war was over.";
        assertThat(byCue(nation, "told").text()).isEqualTo("the war was over");
    }

    @Test
    void aNumberOfThingsAddedIsNoReport() {
        assertThat(quotes("Rookie forward Tomas Reyes added 15 points and nine rebounds for Toronto.")).isEmpty();
        String added = "Reyes added that the team had played its best game.";
        assertThat(byCue(added, "added").text()).isEqualTo("that the team had played its best game");
    }

    @Test
    void aPastTenseVerbAfterTheSubjectAndItsAppositionReports() {
        String text = "The Tax Policy Center, a nonpartisan think tank, estimated on Friday that the plan would reduce revenue "
                + "by $9.5 trillion.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("that the plan would reduce revenue by $9.5 trillion"), "estimated",
                "The Tax Policy Center", "Tax Policy Center", "reported-clause");
        String participle = "The center, a think tank founded in 2002, says the plan would cost $9 trillion.";
        assertThat(byCue(participle, "says").knownSpeaker().orElseThrow().mention().text()).isEqualTo("The center");
    }

    @Test
    void aTimeWithThatBeforeTheComplementIsNoComplement() {
        String text = "Voss had written on Facebook that morning that his trade policy would start a war.";
        assertThat(byCue(text, "written").text()).isEqualTo("that his trade policy would start a war");
        String subject = "He said that day was the worst of his life.";
        assertThat(byCue(subject, "said").text()).isEqualTo("that day was the worst of his life");
    }

    @Test
    void aParticipleBeforeAnAmountModifiesTheNoun() {
        String text = "Ramos joined from Valencia in the summer for a fee reported at £12 million.";
        assertThat(quotes(text)).isEmpty();
        String estimated = "Organisers said the crowd, estimated at about 5,000, was peaceful.";
        assertThat(quotes(estimated)).extracting(Quote::text).containsExactly("the crowd, estimated at about 5,000, was peaceful");
        // people who report a number are a source
        String people = "Shots were fired in San Bernardino, where authorities reported at least 20 victims at a center.";
        assertThat(byCue(people, "reported").text()).isEqualTo("at least 20 victims at a center");
    }

    @Test
    void aReportInsideAnOpeningParticiplesClauseEndsAtItsComma() {
        String text = "Asked whether her team could challenge for promotion, the 41-year-old smiled.";
        assertThat(quotes(text)).isNotEmpty().allSatisfy(q -> assertThat(q.text()).doesNotContain("smiled"));
        String adjective = "Retired neurosurgeon Ben Carson proposed a federal agency for cyber security, while "
                + "Jeb Bush said he would appoint conservative judges.";
        assertThat(byCue(adjective, "proposed").text()).isEqualTo("a federal agency for cyber security");
    }

    @Test
    void aSubordinateClauseAfterTheCuesCommaIsTheReportersNotTheContent() {
        String text = "Brightwave Media will cut about 1,200 jobs, the company said on Tuesday, as subscriber growth slowed.";
        expect(only(text), text, QuoteType.INDIRECT, List.of("Brightwave Media will cut about 1,200 jobs"), "said",
                "the company", "Brightwave Media", "cue-after-content");
    }

    @Test
    void aNameGivenInAnAppositionLeavesTheSubjectItsReport() {
        String known = "Marc-Antoine Leduc, the goaltender known as “The Wall,” announced his retirement on Thursday.";
        assertThat(quotes(known)).extracting(Quote::text).containsExactly("his retirement on Thursday");
        assertThat(speakerOf(known, "announced")).isEqualTo("Marc-Antoine Leduc");
        String called = "Marc-Antoine Leduc, the goaltender fans called “The Wall,” announced his retirement on Thursday.";
        assertThat(speakerOf(called, "announced")).isEqualTo("Marc-Antoine Leduc");
    }
}
