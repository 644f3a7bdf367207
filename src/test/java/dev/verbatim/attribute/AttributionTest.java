package dev.verbatim.attribute;

import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.SharedExtractor;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Attribution of quotes in quotation marks, each case on a small article written for the test (DIRECT quotes only). */
class AttributionTest {

    private final QuoteExtractor extractor = SharedExtractor.direct();

    private List<Quote> quotes(String text) {
        return extractor.extract(text);
    }

    private static Speaker.Known speaker(Quote q) {
        return q.knownSpeaker().orElseThrow(() -> new AssertionError("no speaker for " + q.text()));
    }

    private static String cue(Quote q) {
        return q.cue().present().orElseThrow(() -> new AssertionError("no cue for " + q.text())).text();
    }

    @Test
    void aQuotationInARelativeClauseWithoutACueIsTheAntecedents() {
        List<Quote> q = quotes("Ida Marsh contrasted that with Lena Ortiz who is looking to bring “people together to "
                + "reach the goal.”\nThe senator, who has cast himself as the “law and order candidate,” spoke last.");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("who");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lena Ortiz");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("who");
    }

    @Test
    void aNamesAppositionGoesOnOverTheRegionOfItsPlaceAndAPrepositionalPhrase() {
        List<Quote> q = quotes("Dale Whitehorse, a fishing guide from Kenora, Ont., with about 40,000 followers, posted on "
                + "Instagram: “Twenty-two years, zero leaks.”\nMaria Lopez, a nurse from Fresno, Calif., said, “The ward is full.”\n"
                + "Police, in a statement, said, “The road is closed.”");
        assertThat(q).hasSize(3);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Dale Whitehorse");
        assertThat(speaker(q.get(0)).role()).contains("fishing guide from Kenora");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Maria Lopez");
        assertThat(speaker(q.get(2)).mention().text()).isEqualTo("Police");
    }

    @Test
    void dashesCloseAnAppositionOrAnAgent() {
        List<Quote> q = quotes("A former candidate -- Tom Hale, who lost in 2008 -- said, “The plan offers no change at all.”\n"
                + "To being “extremely careless” with the files – as described by Director Ana Ruiz – many believe she is unfit.");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Hale");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void aParticipleOpeningASentenceBeforeAQuoteHasThePreviousSentencesSubject() {
        List<Quote> q = quotes("Later in the show, Ida Marsh stated that the audit was weak. Adding, “Now, like with every "
                + "audit, what they actually found is never that bad.”");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ida Marsh");
    }

    @Test
    void aLabelWithItsPartyAndState() {
        List<Quote> q = quotes("The exchange, in brief.\n\nSen. Ana Ruiz (D-Vt.): “We will not wait for the report.”\n\n"
                + "Rep. Tom Hale (R-S.C.):\"Nobody asked us to wait. Who told you that?\"");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ana Ruiz");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tom Hale");
    }

    @Test
    void theMainClauseAfterAnOpeningParticiplePhraseWithAClauseInside() {
        List<Quote> q = quotes("Standing in for Ruiz at the forum where Patel and Okafor spoke on Sunday, Ida Marsh aimed a "
                + "jab at “my good friend the mayor and all of his promises.”");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ida Marsh");
    }

    @Test
    void aParticipleAfterItsNounWithAnAgent() {
        List<Quote> q = quotes("The board dropped the “fast lane” rules added by the Harbour Council in June.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("the Harbour Council");
    }

    @Test
    void anInvertedCueThatTheTaggerReadsAsAParticiple() {
        for (String text : List.of("Ruth Okafor spoke on the radio.\n\nStated Okafor: “The stakes are high.”",
                "Ruth Okafor spoke on the radio.\n\nStated Okafor:\n\n“The stakes are high.”")) {
            List<Quote> q = extractor.extract(text); // with reported speech, whose passive cue must not take it
            assertThat(q).as(text).hasSize(1);
            assertThat(speaker(q.get(0)).name()).as(text).isEqualTo("Ruth Okafor");
        }
    }

    @Test
    void aSurnameMayOpenWithALowerCaseParticle() {
        List<Quote> q = quotes("Mayor Anton de Vries opened the depot on Monday. Asked about the delay, de Vries said, "
                + "“We lost a winter.”\n“Nobody will wait again,” van Aken told reporters.\n"
                + "De Vries disagreed. “We start again in May,” he said.");
        assertThat(q).hasSize(3);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("de Vries");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Anton de Vries");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("van Aken");
        // capitalised at the start of a sentence, the same person
        assertThat(speaker(q.get(2)).name()).isEqualTo("Anton de Vries");
        assertThat(speaker(q.get(2)).entity()).isEqualTo(speaker(q.get(0)).entity());
    }

    @Test
    void speakerAfterTheQuoteInvertedAndPlain() {
        List<Quote> q = quotes("Mayor Lena Ortiz opened the bridge on Monday.\n"
                + "“It took eleven years,” said Ortiz.\n"
                + "“Traffic will ease by spring,” Ortiz said.");
        assertThat(q).hasSize(2);
        assertThat(q).allSatisfy(x -> assertThat(speaker(x).name()).isEqualTo("Lena Ortiz"));
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Ortiz");
        assertThat(cue(q.get(0))).isEqualTo("said");
        assertThat(cue(q.get(1))).isEqualTo("said");
    }

    @Test
    void speakerBeforeTheQuoteWithColonAndParticiple() {
        List<Quote> q = quotes("Finance Minister Karl Brandt spoke in Bonn.\n"
                + "Brandt said: “The budget is balanced.”\n"
                + "He defended the cuts at length, stating, “Nobody enjoys this, but it must be done.”");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karl Brandt");
        assertThat(cue(q.get(0))).isEqualTo("said");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karl Brandt");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("He");
        assertThat(cue(q.get(1))).isEqualTo("stating");
    }

    @Test
    void anOpeningSubordinateClauseDoesNotGiveTheSpeakerOfTheMainClause() {
        List<Quote> q = quotes("When a reporter asked Mayor Ines Carvalho about the levy, she paused and said, "
                + "“We will find the money elsewhere.”\n"
                + "When Tomas Reyes, the council clerk was asked whether the vote would be delayed, he laughed and "
                + "replied, “Not by me.”");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ines Carvalho");
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("she");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tomas Reyes");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("he");
        List<Quote> later = quotes("In June, after Mayor Ines Carvalho fell ill, Councillor Jonas Brandt visited her, "
                + "bringing flowers and telling her, “The town needs you back.”");
        assertThat(speaker(later.get(later.size() - 1)).name()).isEqualTo("Jonas Brandt");
        List<Quote> as = quotes("As Councillor Jonas Brandt observed, the real winner was the river itself: "
                + "“Nobody asked the fish.”");
        assertThat(speaker(as.get(as.size() - 1)).name()).isEqualTo("Jonas Brandt");
    }

    @Test
    void aParticiplePhraseBetweenSubjectAndCueDoesNotSpeak() {
        List<Quote> q = quotes("A senior engineer speaking to Radio Tarrow said, “The dam was never inspected.”");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("A senior engineer");
    }

    @Test
    void aCoordinatedParticipleInAnAbsolutePhraseTakesItsSubject() {
        List<Quote> q = quotes("Conservatives were quick to respond, with Senator Ruth Okafor posting that the deal was "
                + "a “surrender” and asking, “Who signed off on this?”");
        Quote asked = q.stream().filter(x -> x.text().startsWith("Who")).findFirst().orElseThrow();
        assertThat(speaker(asked).name()).isEqualTo("Ruth Okafor");
        assertThat(cue(asked)).isEqualTo("asking");
    }

    @Test
    void aCueInARelativeClauseClosedBeforeTheMainVerbDoesNotOwnTheQuote() {
        List<Quote> q = quotes("Dorsey, who declined to comment for this story, proposes new wording for the charter: "
                + "“Every member votes on every budget.”");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Dorsey");
        List<Quote> open = quotes("The motion came from Ana Lind, who declared in the lobby, “We are united.”");
        assertThat(speaker(open.get(0)).mention().text()).isEqualTo("who");
        assertThat(cue(open.get(0))).isEqualTo("declared");
    }

    @Test
    void aCapitalisedWordBetweenQuoteAndCueIsANameWhateverItsTag() {
        List<Quote> q = quotes("Columnist George Will turned on the candidate this week.\n\n"
                + "“The party has lost its nerve,” Will wrote.\n\n"
                + "The economist Harold From was blunter. “Nobody listens anymore,” From said.");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("George Will");
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Will");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Harold From");
    }

    @Test
    void aCueAfterAndIsANewClauseNotTheQuotesCue() {
        List<Quote> q = quotes("Mayor Ines Carvalho told supporters on Tuesday night that “we close one chapter and open "
                + "another,” and she vowed to keep the library open.");
        assertThat(q).hasSize(1);
        assertThat(cue(q.get(0))).isEqualTo("told");
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Ines Carvalho");
    }

    @Test
    void wentOnAfterAQuoteIsACue() {
        List<Quote> q = quotes("Coach Mara Ilunga was asked about the injuries.\n\n"
                + "“We have lost three starters,” she said. “Nobody else would still be in the race,” Ilunga went on.");
        assertThat(q).hasSize(2);
        assertThat(cue(q.get(1))).isEqualTo("went on");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("Ilunga");
    }

    @Test
    void aCueBeforeAFullStopDoesNotOwnTheNextSentencesQuote() {
        // straight marks: the tagger reads the second quote's opening mark as a closing one
        List<Quote> q = quotes("The host pressed the senator on her running mate.\n\n"
                + "\"Well, yes. I will look at a lot of different people...\" Ruiz said. \"A rancher?\" Okoye repeated.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).text()).isEqualTo("A rancher?");
        assertThat(cue(q.get(1))).isEqualTo("repeated");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("Okoye");
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Ruiz");
    }

    @Test
    void aQuoteContinuedOverParagraphsLeavesItsSpeakerToTheParagraphWhereItEnds() {
        List<Quote> q = quotes("Governor Ama Boateng answered her critics on Friday.\n\n"
                + "Boateng said: \"There is no magic in a slogan. It is not a plan.\n\n"
                + "\"Calling a storm by another name does not stop the rain,\" she said. "
                + "\"Not once has an engineer of mine asked for a new slogan.\"\n\n"
                + "The legislature meets again on Monday.");
        assertThat(q).isNotEmpty();
        Quote last = q.get(q.size() - 1);
        assertThat(last.text()).endsWith("asked for a new slogan.");
        assertThat(speaker(last).name()).isEqualTo("Ama Boateng");
    }

    @Test
    void aBareDayOrAPartyAffiliationBeforeTheCueIsNoSubject() {
        List<Quote> q = quotes("The two leaders will meet next week.\n\n"
                + "Okafor later Thursday told reporters: “Both of them want this to work.”\n\n"
                + "On Tuesday at a school in Bend, Ore., after winning the primary, Sen. Ruth Calder (D-Ore.), said, "
                + "“We are going to need a bigger bus.”\n\n"
                + "Governor Lena Ortiz on Friday declared the bridge open. “It took eleven years,” she said.");
        assertThat(q).hasSizeGreaterThanOrEqualTo(3);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Okafor");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("Ruth Calder");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Lena Ortiz");
    }

    @Test
    void theObjectOfARelativeClauseNoCommaClosesDoesNotSpeak() {
        List<Quote> q = quotes("“The ferry needs a plan for the winter,” Ines Calder, the analyst who founded "
                + "harbourwatch.org wrote on Monday. “Nobody has one yet.”\n\n"
                + "A council aide who spoke anonymously to discuss internal strategy said, “The vote will slip.”");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ines Calder");
        assertThat(q.get(0).text()).contains("Nobody has one yet.");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("A council aide");
    }

    @Test
    void aSentenceOpeningWithSaidAndTheSpeaker() {
        List<Quote> q = quotes("The old gym on Grand Avenue became a museum this spring.\n\n"
                + "Said Dorothy Okafor, who trained there as a girl, “We were all so proud of him.”\n\n"
                + "The mayor cut the ribbon. Said Lind, \"It took eleven years.\"");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Dorothy Okafor");
        assertThat(cue(q.get(0))).isEqualTo("Said");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("Lind");
    }

    @Test
    void asSomeonePutsItIsACue() {
        List<Quote> q = quotes("The council delayed the vote again.\n\n"
                + "As the Ledger's Tom Arkwright puts it, “Nobody on the council wants to own this decision.”\n\n"
                + "Councillor Vera Lind put it on the agenda for March. “It will not wait,” she said.");
        assertThat(q).hasSize(2);
        assertThat(cue(q.get(0))).isEqualTo("puts it");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Arkwright");
        assertThat(cue(q.get(1))).isEqualTo("said");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Vera Lind");
    }

    @Test
    void cueVerbsTheTaggerTookForNounsOrParticiples() {
        List<Quote> q = quotes("“Name one thing the council has built,” she asks. “The library,” Okafor answers.\n\n"
                + "“The bridge is late,” one resident posted. Another tweeted, “It was late before it started.”");
        assertThat(q).hasSize(4);
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("Okafor");
        assertThat(cue(q.get(1))).isEqualTo("answers");
        assertThat(speaker(q.get(3)).mention().text()).isEqualTo("Another");
        assertThat(cue(q.get(3))).isEqualTo("tweeted");
        List<Quote> statement = quotes("Hours after the flood, the premier issued a statement, “Our thoughts are with "
                + "the families.”");
        assertThat(cue(statement.get(0))).isEqualTo("issued a statement");
        assertThat(speaker(statement.get(0)).mention().text()).isEqualTo("the premier");
        // an interviewer who presses speaks
        List<Quote> pressed = quotes("Ortiz said the fee was negotiable.\n"
                + "“Would it be negotiable for renters?” Hannah Reyes pressed. “Maybe for those who register early?”");
        assertThat(pressed).filteredOn(x -> x.type() == dev.verbatim.QuoteType.DIRECT).singleElement().satisfies(x -> {
            assertThat(speaker(x).name()).isEqualTo("Hannah Reyes");
            assertThat(x.spans()).hasSize(2);
        });
        // "states" and "read" after a quotation and its subject, tagged as nouns
        List<Quote> media = quotes("The ad shifts to firmer ground.\n\n“They know Marta is the only one strong enough "
                + "to stop the banks,” a voice-over in the ad states.\n\n“If she wants to be the next mayor, Ada Brandt "
                + "should act like one, and come to Moore,” the editorial read.");
        assertThat(media).hasSize(2).allSatisfy(x -> assertThat(x.rule()).isEqualTo("cue-after-quote"));
        assertThat(speaker(media.get(0)).mention().text()).isEqualTo("a voice-over in the ad");
        assertThat(cue(media.get(1))).isEqualTo("read");
        assertThat(speaker(media.get(1)).mention().text()).isEqualTo("the editorial");
        // one who questions or remembers speaks too
        List<Quote> questioned = quotes("Ortiz said the fee was negotiable.\n\n"
                + "“What changed since the spring?” Hannah Reyes questioned.\n\n"
                + "“The board said no, and she fought it for a year,” remembered Tomas Berg, a former clerk.");
        assertThat(questioned).filteredOn(x -> x.type() == dev.verbatim.QuoteType.DIRECT).hasSize(2)
                .extracting(x -> speaker(x).name()).containsExactly("Hannah Reyes", "Tomas Berg");
    }

    @Test
    void aSignatureLineWithWhatTheSpeakerWasDoing() {
        List<Quote> q = quotes("“The budget is fair,” Ortiz said.\n\n“Proud of this council. Proud of this town.”\n\n"
                + "-Mayor Lena Ortiz, posting after the vote.\n\nThe council meets again in May.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).rule()).isEqualTo("dash-signature");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("Lena Ortiz");
    }

    @Test
    void aReadersSignatureLineWithAPlace() {
        List<Quote> q = quotes("Letters.\n\n“Fix the ferry before the bridge.”\n\n-Marta Okafor, Halden.\n\n"
                + "“The bridge first, then the ferry.”\n\n-Tom Reyes, 61, a retired pilot\n\nEditor's note: none.");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marta Okafor");
        assertThat(q.get(0).rule()).isEqualTo("dash-signature");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tom Reyes");
        // a finite verb after the comma: a sentence, not a signature
        List<Quote> sentence = quotes("“Fix the ferry.”\n\n-Marta Okafor, the columnist, wrote this in May.");
        assertThat(sentence).allSatisfy(x -> assertThat(x.rule()).isNotEqualTo("dash-signature"));
    }

    @Test
    void aParticipleAfterWithTakesTheSubjectBeforeIt() {
        List<Quote> q = quotes("Both candidates toughened their tone, with Alvarado recently promising to "
                + "“shut the border to every smuggler.”");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Alvarado");
        assertThat(cue(q.get(0))).isEqualTo("promising");
        // a part of a group: "with one of her ads asking"
        List<Quote> part = quotes("Ortiz and her backers tried to tie Brandt to the mayor, with one of her ads asking, "
                + "“Is Brandt independent enough?”");
        assertThat(part).singleElement().satisfies(x ->
                assertThat(speaker(x).mention().text()).isEqualTo("one of her ads"));
    }

    @Test
    void aCueAfterACommaWithNothingBeforeItTakesTheSpeakerAfterIt() {
        List<Quote> q = quotes("The questions turned to money.\n"
                + "In other words, asked panel moderator Irene Castell: “Who pays for the new wing?”\n"
                + "But, said Okonkwo, “the wing is paid for twice over.”");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Irene Castell");
        assertThat(cue(q.get(0))).isEqualTo("asked");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("Okonkwo");
    }

    @Test
    void aNameAfterACueThatClosesTheSentenceSpeaksNotTheClauseBeforeIt() {
        List<Quote> q = quotes("Tariffs have hurt farmers across the region, and they have left “deep scars” in rural "
                + "towns, said Marta Ilves, an economist at the state university.\n"
                + "The cuts have left the ministry with “no friends” in the capital, said another economist, Paul Dobre.\n"
                + "Norway's growing role has stirred mixed feelings in many Baltic ports, and it has used “soft hands” "
                + "in its dealings with Estonia, said Kaja Tamm, a historian.\n"
                + "The minister, in a radio interview, said Tuesday that “nothing is settled.”");
        assertThat(q).hasSize(4);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marta Ilves");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Paul Dobre");
        // not the phrase before the comma read as an apposition's head
        assertThat(speaker(q.get(2)).name()).isEqualTo("Kaja Tamm");
        assertThat(speaker(q.get(3)).mention().text()).isEqualTo("The minister");
    }

    @Test
    void aTrailingCueAfterAQuotationInsideAReportOwnsIt() {
        List<Quote> q = quotes("The auditor cannot claim that “by her own reading,” Brandt added, saying the board should decide.\n"
                + "Although he says he “loves the harbour,” he also accuses it of costing jobs.\n"
                + "Ms. Lind, citing “the unique charm of the place,” said the town could win the award.");
        Quote trailing = q.stream().filter(x -> x.text().contains("own reading")).findFirst().orElseThrow();
        assertThat(speaker(trailing).mention().text()).isEqualTo("Brandt");
        assertThat(cue(trailing)).isEqualTo("added");
        // not a main clause's verb with an object, nor a cue right after a parenthetical participle
        Quote loves = q.stream().filter(x -> x.text().contains("loves the harbour")).findFirst().orElseThrow();
        assertThat(cue(loves)).isEqualTo("says");
        Quote citing = q.stream().filter(x -> x.text().contains("unique charm")).findFirst().orElseThrow();
        assertThat(cue(citing)).isEqualTo("citing");
    }

    @Test
    void aParticipleAfterAVerbAndByTakesThatVerbsSubject() {
        String text = "The court took a short recess. When she came back she began by saying, “Nobody here goes to jail.”";
        Quote q = quotes(text).get(0);
        // the "she" of "began", not the "she" of the clause that "When" opens
        assertThat(speaker(q).mention().span().begin()).isEqualTo(text.indexOf("she began"));
    }

    @Test
    void aVerbNoListHoldsRightAfterAQuotationWithItsSubjectIsItsCue() {
        List<Quote> q = quotes("Earlier, the mayor spoke about the value of the harbour.\n\n"
                + "“Brandt said in his speech that the harbour is our pride. Whose pride? Is Brandt dreaming?” reacted Lindqvist.\n\n"
                + "“The harbour will always be the harbour,” an angry Councillor Okafor retaliated.\n\n"
                + "“This is a big win for me,” I confessed to my editor.");
        List<Quote> direct = q.stream().filter(x -> x.type() == dev.verbatim.QuoteType.DIRECT).toList();
        assertThat(direct).hasSize(3).allSatisfy(x -> assertThat(x.rule()).isEqualTo("verb-after-quote"));
        assertThat(speaker(direct.get(0)).name()).isEqualTo("Lindqvist");
        assertThat(cue(direct.get(0))).isEqualTo("reacted");
        assertThat(speaker(direct.get(1)).mention().text()).isEqualTo("Okafor");
        assertThat(cue(direct.get(1))).isEqualTo("retaliated");
        assertThat(speaker(direct.get(2)).mention().text()).isEqualTo("I");
        // not a verb that says nothing, nor a thing as its subject
        assertThat(quotes("Was it “a bargain,” as the seller claims? “A bargain,” it was not.\n\n"
                + "“Unsafe,” the bridge remains.")).noneMatch(x -> "verb-after-quote".equals(x.rule()));
    }

    @Test
    void aQuotationInAClauseAfterAfterIsThatClausesCues() {
        List<Quote> q = quotes("Senator Ruth Alvarez issued a statement after the contender Tom Berg told a town hall on "
                + "Monday that the penalty is “peanuts,” compared to what the smugglers are doing.");
        assertThat(q).hasSize(1);
        // "compared to" is a preposition here, and the quotation is Berg's, not the statement's
        assertThat(cue(q.get(0))).isEqualTo("told");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Berg");
        // nor is a quotation after such a clause, with a cue and subject of its own, that clause's cue's
        List<Quote> yelled = quotes("Some in the crowd booed, and when Mayor Ines Reyes thanked the port and said it was "
                + "great to be home, a man yelled “Stay there!”");
        assertThat(yelled).hasSize(1);
        assertThat(speaker(yelled.get(0)).mention().text()).isEqualTo("a man");
    }

    @Test
    void aCapitalisedWordAfterACommaThatTheTaggerReadAsAnAdjectiveIsAName() {
        List<Quote> q = quotes("Informed of the district’s lean, Early described it as “news to me.”");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Early");
    }

    @Test
    void aCueInTheSentenceAfterAStraightQuoteEndingInAFullStopIsNotItsOwn() {
        String text = "On Tuesday, both rivals criticized his handling of the incident.\n\n"
                + "\"It is a very sad day,\" Ortiz told reporters outside a cafe in Malmo. \"This is what the campaign has "
                + "become. It has no place in politics.\" Sen. Jan Berg said he would have fired the manager.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ortiz");
    }

    @Test
    void aNameAfterADashLabelsTheQuotationItsColonIntroduces() {
        List<Quote> q = quotes("Pollsters agree - Lena Ortiz: “One of the biggest lessons was a simple one: keep calling voters late.”");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).rule()).isEqualTo("colon-intro");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lena Ortiz");
    }

    @Test
    void theAgentOfAPassiveCueSpeaks() {
        List<Quote> q = quotes("This habit of the network has been called “planned vagueness” by Ines Vogt, a sociologist in Graz.\n"
                + "The deal, “a gift to the banks” as described by Senator Ruth Alvarez, passed on Friday.\n"
                + "The law was called “a disgrace” by the storm.");
        assertThat(q).hasSize(3);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ines Vogt");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ruth Alvarez");
        // a thing that cannot speak is no agent
        assertThat(q.get(2).speakerName()).isNotEqualTo(java.util.Optional.of("the storm"));
    }

    @Test
    void aVerbCoordinatedWithTheVerbOfASubordinateClauseTakesItsSubject() {
        List<Quote> q = quotes("Retired colonel Lena Marsh joined the panel on Friday.\n"
                + "The host, Paul Grant, lost his temper when Marsh brought up the budget and later said, "
                + "“It is not just the council that failed.”\n"
                + "Grant spoke at length and then said, “We are out of time.”");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lena Marsh");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Paul Grant");
    }

    @Test
    void aQuotedQuestionInsideASentenceTakesTheCueRightAfterIt() {
        List<Quote> q = quotes("The mayor strongly denies any plan to close the depot — “why would we close it?” asked "
                + "Jan Dunn, her deputy. “We have only just opened it.”\n"
                + "“Not again!” groaned one commuter, who asked not to be named.");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jan Dunn");
        assertThat(cue(q.get(0))).isEqualTo("asked");
        assertThat(q.get(0).spans()).hasSize(2); // the quote after goes on with her
        assertThat(q.get(1).text()).isEqualTo("Not again!");
    }

    @Test
    void aNameTheTaggerReadAsAnAdjectiveOpeningItsSentenceAndSinceBeforeTheCue() {
        List<Quote> q = quotes("Small, who attended the rally on Wednesday, said: “The plant closed and nobody came back.”\n"
                + "Mayor Lena Ortiz has since apologized for what happened: “I should have called the families first.”\n"
                + "Husted continued by saying, “We will appeal this decision.”");
        assertThat(q).hasSize(3);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Small");
        assertThat(speaker(q.get(0)).kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Lena Ortiz");
        assertThat(speaker(q.get(2)).mention().text()).isEqualTo("Husted");
    }

    @Test
    void aThingAfterAVerbThatFollowsAQuotationMidSentenceIsItsObject() {
        List<Quote> q = quotes("Councillor Ana Ortega spoke for an hour on Tuesday.\n"
                + "Ortega further described the plan as “reckless,” denounced its cost and demanded a second vote.\n"
                + "The mayor has called the project “overdue,” said a source close to the council.\n"
                + "Ortega then branded the budget “a fraud,” denounced his record on housing and left.\n"
                + "The mayor has called the vote “a farce,” said his aide.");
        assertThat(q).hasSize(4);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ana Ortega");
        assertThat(cue(q.get(0))).isEqualTo("denounced");
        assertThat(speaker(q.get(1)).mention().text()).startsWith("a source");
        // someone's thing (a record, a statement) is no source either, someone's aide is
        assertThat(speaker(q.get(2)).name()).isEqualTo("Ana Ortega");
        assertThat(speaker(q.get(3)).mention().text()).isEqualTo("his aide");
    }

    @Test
    void aSentenceEndingInAColonIntroducesTheNextQuoteNotThePreviousOne() {
        String text = "“We expected a quiet week,” Harriet Vance said after the vote. “It was anything but.” "
                + "She went on to say:\n“We will appeal.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).spans()).extracting(s -> s.textOf(text))
                .containsExactly("We expected a quiet week,", "It was anything but.");
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Harriet Vance");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("She");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Harriet Vance");
    }

    @Test
    void aLongSentenceAfterAQuoteClosedByAFullStopIsNoAttributionOfIt() {
        String text = "“We were ready for the storm,” Mira Castellanos said. “Every pump was tested.” "
                + "Her deputy Paul Reinholt noted a second inspection planned for Friday at the eastern harbour gates.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mira Castellanos");
        String tail = "“Every pump was tested.” Reinholt said in a statement.";
        assertThat(speaker(quotes(tail).get(0)).name()).isEqualTo("Reinholt");
    }

    @Test
    void whatFollowsAParticipleAfterTheQuoteDoesNotSpeak() {
        List<Quote> q = quotes("Asked about the appeal, Councillor Ines Barrow answered: “If they take us to court, they "
                + "will lose,” pointing to the two rulings the city had already won.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ines Barrow");
        List<Quote> alone = quotes("“We will not back down,” adding the council had voted twice.");
        assertThat(alone).hasSize(1);
        assertThat(alone.get(0).speaker()).isEqualTo(Speaker.unknown());
    }

    @Test
    void aParticipleAfterAFiniteCueTakesThatCuesSubject() {
        List<Quote> q = quotes("Varga never joined the club but trained alone for years, Ostrowski said, adding, "
                + "“He was not a team man.”");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("Ostrowski");
        assertThat(cue(q.get(0))).isEqualTo("adding");
    }

    @Test
    void titleOrRoleIsKeptApartFromTheName() {
        Quote q = quotes("Kremlin spokesman Dmitry Peskov remarked, “Nothing has changed.”").get(0);
        assertThat(speaker(q).name()).isEqualTo("Dmitry Peskov");
        assertThat(speaker(q).role()).contains("Kremlin spokesman");
        assertThat(cue(q)).isEqualTo("remarked");
    }

    @Test
    void appositionGivesTheRole() {
        Quote q = quotes("“We will appeal,” said Maria Lopes, the union’s lawyer.").get(0);
        assertThat(speaker(q).name()).isEqualTo("Maria Lopes");
        assertThat(speaker(q).role()).hasValueSatisfying(r -> assertThat(r).contains("lawyer"));
    }

    @Test
    void pronounResolvesToTheNamedPerson() {
        List<Quote> q = quotes("Vladimir Putin spoke late on Saturday.\n"
                + "“We are set on serious negotiations,” he affirmed.");
        Speaker.Known s = speaker(q.get(0));
        assertThat(s.mention().text()).isEqualTo("he");
        assertThat(s.name()).isEqualTo("Vladimir Putin");
        assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void pronounsFollowGenderWhenAWomanAndAManSpeakInTurn() {
        List<Quote> q = quotes("Councillor Sarah Mensah and developer Tom Reilly met the residents.\n"
                + "“The homes are needed,” she said.\n"
                + "“We will build them by June,” he said.");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sarah Mensah");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tom Reilly");
    }

    @Test
    void accordingToNamesTheSource() {
        Quote q = quotes("The talks will resume “as soon as next week,” according to the Kremlin.").get(0);
        assertThat(speaker(q).mention().text()).contains("Kremlin");
        assertThat(speaker(q).kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(cue(q)).isEqualTo("according to");
    }

    @Test
    void organisationSpeaker() {
        Quote q = quotes("“The claims are false,” the ministry said in a statement.").get(0);
        assertThat(speaker(q).mention().text()).isEqualTo("the ministry");
        assertThat(speaker(q).kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void unnamedSourceStaysADescription() {
        List<Quote> q = quotes("Prime Minister Ellen Hart left early.\n“The deal is dead,” a senior official said.");
        assertThat(speaker(q.get(0)).kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        assertThat(speaker(q.get(0)).name()).isEqualTo("a senior official");
    }

    @Test
    void quoteWithoutCueContinuesTheAttributionBeforeIt() {
        String text = "“We start on Monday,” coach Imre Nagy said. “Nobody is injured.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).extracting(s -> s.textOf(text)).containsExactly("We start on Monday,", "Nobody is injured.");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Imre Nagy");
        assertThat(cue(q.get(0))).isEqualTo("said");
    }

    @Test
    void quoteWithoutCueInANewParagraphContinuesTheSpeakerBefore() {
        String text = "“We start on Monday,” coach Imre Nagy said.\n“Nobody is injured.”\n“The season is long,” said the captain, Eva Kiss.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).spans()).extracting(s -> s.textOf(text)).containsExactly("We start on Monday,", "Nobody is injured.");
        assertThat(q.get(0).paragraph()).isZero();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Eva Kiss");
    }

    @Test
    void quoteWithNoSpeakerInReachIsUnattributedAtHalfConfidence() {
        List<Quote> q = quotes("The ballot paper carried a message.\n“None of the above, thanks.”");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo(Speaker.unknown());
        assertThat(q.get(0).rule()).isEqualTo("no-attribution");
        assertThat(q.get(0).confidence()).isEqualTo(0.5);
    }

    @Test
    void quoteOpeningAParagraphAfterAnIntroductionTakesItsSpeaker() {
        List<Quote> q = quotes("Judge Amir Haddad told the court:\n“The evidence is not enough.”");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amir Haddad");
    }

    @Test
    void aShortSentenceAboutAPersonLeadsInToTheirQuote() {
        // an interview write-up: no cue, only the person the lead-in is about
        List<Quote> q = quotes("Noor Halvorsen has written four novels.\n\n"
                + "Asked about the ferry at the heart of the novel, she laughs. “My grandfather ran one, badly.”\n\n"
                + "On why the book took so long, she is blunt. “I wrote it three times.”\n\n"
                + "She pauses. “Only the bad ones.”\n\n"
                + "The 52-year-old novelist does not hesitate. “The ferry, always the ferry.”\n\n"
                + "The ballot paper carried a message. “None of the above, thanks.”\n\n"
                + "The crowd fell silent. “Is that it?”");
        assertThat(q).hasSize(6);
        assertThat(q.subList(0, 4)).allSatisfy(x -> assertThat(speaker(x).name()).isEqualTo("Noor Halvorsen"));
        assertThat(speaker(q.get(3)).mention().text()).isEqualTo("The 52-year-old novelist");
        assertThat(q.get(4).speaker()).isEqualTo(Speaker.unknown());
        assertThat(q.get(5).speaker()).isEqualTo(Speaker.unknown()); // a description of no one the article named
    }

    @Test
    void aSentenceBetweenTwoQuotesOfOneSpeakerDoesNotSplitThem() {
        List<Quote> q = quotes("“It was like the end of the world,” said Angus Tulloch. He shrugged. “The ewes didn't mind.”");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
    }

    @Test
    void fullNameSurnameAndPronounAreOneCanonicalSpeaker() {
        List<Quote> q = quotes("Vladimir Putin gave a speech.\n"
                + "“We are ready,” Putin said.\n"
                + "“Talks can start Thursday,” he added.");
        assertThat(q).extracting(x -> speaker(x).name()).containsExactly("Vladimir Putin", "Vladimir Putin");
    }

    @Test
    void twoPeopleWithTheSameSurnameStayApart() {
        List<Quote> q = quotes("Joe Biden and Hunter Biden arrived together.\n"
                + "“I am proud of him,” said Joe Biden.\n"
                + "“It was a long road,” said Hunter Biden.");
        assertThat(q).extracting(x -> speaker(x).name()).containsExactly("Joe Biden", "Hunter Biden");
    }

    @Test
    void splitQuoteIsOneQuoteWithTwoSpans() {
        String text = "“We are set,” he said, “on talks.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).extracting(s -> s.textOf(text)).containsExactly("We are set,", "on talks.");
        assertThat(q.get(0).text()).isEqualTo("We are set, on talks.");
        assertThat(cue(q.get(0))).isEqualTo("said");
    }

    @Test
    void quoteContinuedOverParagraphsIsOneQuote() {
        String text = "Mayor Lena Ortiz said: “The bridge is done.\n“Now we fix the roads.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lena Ortiz");
    }

    @Test
    void scareQuotesTitlesAndNicknamesAreNotSpeech() {
        List<Quote> q = quotes("The so-called “special military operation” entered its third year.\n"
                + "Critics praised the film “Oppenheimer” at the festival.\n"
                + "Joe “the Plumber” Wurzelbacher was there too.\n"
                + "She appeared on CNN’s “State of the Union” on Sunday.\n"
                + "“It was a fine evening,” said organiser Paul Meyer.");
        assertThat(q).extracting(Quote::text).containsExactly("It was a fine evening,");
    }

    @Test
    void aProgrammesTitleWithASmallWordInLowerCaseIsNoPieceOfTheQuote() {
        String text = "“The levy is fair,” Lyall said on RBC’s “Sunday Morning with Dana Hart.” “And it stays.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).extracting(s -> s.textOf(text)).containsExactly("The levy is fair,", "And it stays.");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lyall");
    }

    @Test
    void aTitleBeforeItsStarOrHostIsNotSpeech() {
        List<Quote> q = quotes("“Harbor Lights” star Dana Whitfield opened up about her years in regional theatre.\n"
                + "“Morning Desk” host Omar Reyes pointed out the error on air.\n"
                + "“We start again tomorrow,” Whitfield said.");
        assertThat(q).extracting(Quote::text).containsExactly("We start again tomorrow,");
    }

    @Test
    void aQuotationInASentenceAboutSomeoneWithoutACueIsTheSubjects() {
        List<Quote> q = quotes("Halvorsen also embraced the levy — “I think the town will thank us in ten years.”\n"
                + "On Monday, Mayor Lindqvist shared her frustration with a crowd in Tromso, “The ministry does not "
                + "listen to the north.”\n"
                + "Halvorsen crisscrossed the county last week on a three-day “Fix It Now” bus tour.\n"
                + "Ortiz's slogan against Varga was that Varga “would say anything to win a vote.”");
        assertThat(q).extracting(Quote::rule).containsExactly("sentence-subject", "sentence-subject", "no-attribution");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Halvorsen");
        assertThat(speaker(q.get(1)).mention().text()).isEqualTo("Lindqvist");
        assertThat(q.get(1).confidence()).isEqualTo(0.5);
        assertThat(q.get(2).knownSpeaker()).isEmpty(); // not Varga, the object of "against"
    }

    @Test
    void singleQuotesAreQuotesInBritishStyle() {
        List<Quote> q = quotes("‘We will not give up,’ said Councillor Anne Price. ‘The library stays open.’\n"
                + "‘It’s the Joneses’ farm all over again,’ one resident said.");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Anne Price");
        assertThat(q.get(0).text()).isEqualTo("We will not give up, The library stays open.");
        assertThat(q.get(1).text()).isEqualTo("It’s the Joneses’ farm all over again,");
    }
    @Test
    void putsItWithAMannerBeforeAQuoteIsACue() {
        String text = "Bassist Kit Marlowe-Sato, who co-produced the album, puts it more bluntly. “Odalys wanted to whisper.”";
        List<Quote> q = extractor.extract(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).knownSpeaker().orElseThrow().name()).isEqualTo("Kit Marlowe-Sato");
        assertThat(q.get(0).cue().present().orElseThrow().text()).isEqualTo("puts it");
        String table = "The mayor put it on the table last week. “We will see,” a councillor said.";
        assertThat(extractor.extract(table).get(0).knownSpeaker().orElseThrow().mention().text())
                .isEqualTo("a councillor");
    }

    @Test
    void theSubjectOfARelativeClauseOnAnObjectSpeaks() {
        List<Quote> q = quotes("The board voted to dredge the channel, a decision that members who backed it called "
                + "“overdue by a decade.”");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("members");
        assertThat(cue(q.get(0))).isEqualTo("called");
    }

    @Test
    void someoneAVideoShowsSpeakingSaysTheWords() {
        List<Quote> q = quotes("Video of the incident shows a flight attendant telling the father, “You need to get off "
                + "this plane now.”");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).mention().text()).isEqualTo("a flight attendant");
        assertThat(cue(q.get(0))).isEqualTo("telling");
        // a thing shown does not speak: the video does
        List<Quote> photos = quotes("The ad features five old photos telling “the story of how they met.”");
        assertThat(photos).noneMatch(x -> x.knownSpeaker().map(k -> k.mention().text().contains("photos")).orElse(false));
    }

    @Test
    void anAttributionWithAnAppositionAfterAQuoteThatEndsItsSentenceOwnsIt() {
        List<Quote> q = quotes("The banner went up overnight.\n\n“Not our doing, but we like the look of it!” Pruitt, the director "
                + "of the Lakeshore Fund, tweeted on Friday.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Pruitt");
        assertThat(cue(q.get(0))).isEqualTo("tweeted");
        // the same after a full stop, and with the verb written with a capital
        List<Quote> capital = quotes("“We like the look of it.” Pruitt, the fund's director, Tweeted on Friday.");
        assertThat(capital).hasSize(1);
        assertThat(speaker(capital.get(0)).name()).isEqualTo("Pruitt");
        assertThat(cue(capital.get(0))).isEqualTo("Tweeted");
    }

    @Test
    void theOneAskedAnswersAfterALeadInEvenWhenTheParagraphHasAReport() {
        List<Quote> q = quotes("Carlisle captain Ryan Tully, who scored twice, echoed his coach. Asked what went wrong in the third "
                + "period, he shrugged. “We stopped skating. Simple as that.”");
        Quote answer = q.stream().filter(x -> x.type() == dev.verbatim.QuoteType.DIRECT).findFirst().orElseThrow();
        assertThat(speaker(answer).name()).isEqualTo("Ryan Tully");
        assertThat(speaker(answer).mention().text()).isEqualTo("he");
    }

    @Test
    void anAnswerAfterAnInterviewersQuestionIsTheIntervieweesAndAQuestionAloneIsNot() {
        List<Quote> q = quotes("Flour, long nights and a fourth shop: a conversation with Amara Osei\n"
                + "Amara Osei opened her bakery in a former shoe shop in 2019. We spoke to the 38-year-old about "
                + "flour prices.\n"
                + "How did you start?\n"
                + "“I was an accountant. I baked bread on weekends to stay sane.”\n"
                + "What has been the hardest part?\n"
                + "“Staffing, without question.”\n"
                + "Customers kept coming.\n"
                + "“Nobody will ever know,” a sign in the window reads.");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amara Osei");
        assertThat(q.get(0).cue().present()).isEmpty();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amara Osei");
        // after a line that asks nothing, the rule says nothing
        assertThat(q.get(2).rule()).isNotEqualTo("question-answer");
    }
}
