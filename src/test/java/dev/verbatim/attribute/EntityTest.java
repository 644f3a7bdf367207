package dev.verbatim.attribute;

import dev.verbatim.ExtractedDocument;
import dev.verbatim.Gender;
import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.SharedExtractor;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerEntity;
import dev.verbatim.SpeakerKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers as entities: one entity per person or organisation whatever the mention, the right name
 * behind a description, no speaker that is not one, and gender only from the text. Each case is a
 * small text written for the test.
 */
class EntityTest {

    private final QuoteExtractor extractor = SharedExtractor.get();

    private ExtractedDocument document(String text) {
        return extractor.extractDocument(text);
    }

    private static Speaker.Known speaker(Quote q) {
        return q.knownSpeaker().orElseThrow(() -> new AssertionError("no speaker for " + q));
    }

    private static Quote quote(ExtractedDocument doc, String words) {
        return doc.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with " + words + " in " + doc.quotes()));
    }

    @Test
    void aDescriptionInAppositionNamesThePersonLater() {
        ExtractedDocument doc = document("Rowan Adebayo-Kerr, the founder of Paneltown Press, opened the shop in 2015.\n"
                + "“We print what nobody else will,” says the founder.");
        Speaker.Known s = speaker(quote(doc, "We print"));
        assertThat(s.name()).isEqualTo("Rowan Adebayo-Kerr");
        assertThat(s.mention().text()).isEqualTo("the founder");
        assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aDescriptionAfterTheNamedPersonIsThatPerson() {
        ExtractedDocument doc = document("Ted Varga has fixed bicycles on Ainslie Street for 30 years.\n"
                + "“People bring me things they have given up on,” says the affable proprietor.");
        assertThat(speaker(quote(doc, "People bring")).name()).isEqualTo("Ted Varga");
    }

    @Test
    void fullNameAndSurnameAreOneEntity() {
        ExtractedDocument doc = document("“We ran out of time,” said Andre Campbell. “Next year,” Campbell added.");
        List<Quote> quotes = doc.quotes();
        assertThat(quotes).hasSize(2);
        assertThat(speaker(quotes.get(0)).entity()).isEqualTo(speaker(quotes.get(1)).entity());
        assertThat(quotes).allSatisfy(q -> assertThat(speaker(q).name()).isEqualTo("Andre Campbell"));
        assertThat(doc.speakers()).hasSize(1);
        assertThat(doc.speakers().get(0).quoteCount()).isEqualTo(2);
    }

    @Test
    void anOrganisationIsItsAcronymAndItsDescription() {
        ExtractedDocument doc = document("Immigration, Refugees and Citizenship Canada (IRCC) said on Monday that "
                + "processing times would fall.\nIRCC said the backlog had halved.\n"
                + "The department said the new rules would take effect in May.");
        List<Quote> quotes = doc.quotes();
        assertThat(quotes).hasSize(3);
        assertThat(quotes).allSatisfy(q -> {
            assertThat(speaker(q).name()).isEqualTo("Immigration, Refugees and Citizenship Canada");
            assertThat(speaker(q).kind()).isEqualTo(SpeakerKind.ORGANIZATION);
            assertThat(speaker(q).gender()).isEqualTo(Gender.UNKNOWN);
        });
        assertThat(doc.speakers()).hasSize(1);
    }

    @Test
    void anAcronymTheRecogniserTakesForAPersonIsStillTheOrganisation() {
        ExtractedDocument doc = document("The Ministry of Emergency Preparedness (MEP) said Monday it had moved more "
                + "than 4,000 residents.\n\nMEP added that a second reception centre would open in Lakeview.");
        assertThat(doc.quotes()).hasSize(2).allSatisfy(q -> {
            assertThat(speaker(q).name()).isEqualTo("Ministry of Emergency Preparedness");
            assertThat(speaker(q).kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        });
        assertThat(doc.speakers()).hasSize(1);
    }

    @Test
    void aDescriptionWithAnOrganisationInAppositionIsThatOrganisation() {
        String text = "Tomasz Kowalczyk has run the bakery for 31 years.\n\n"
                + "The developer, Harbourline Properties, said in an email that its offer “remains on the table.”";
        Speaker.Known developer = speaker(quote(document(text), "remains on the table"));
        assertThat(developer.name()).isEqualTo("Harbourline Properties");
        assertThat(developer.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aSurnameThatIsAlsoANounIsThePerson() {
        String text = "Justice Helen Marchetti said Darnell Price, 34, had shown no remorse.\n\n"
                + "Price pleaded guilty in September. Price said he was sorry.";
        ExtractedDocument doc = document(text);
        assertThat(speaker(quote(doc, "he was sorry")).name()).isEqualTo("Darnell Price");
        assertThat(speaker(quote(doc, "he was sorry")).kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void whoRefersToThePersonNotToAnAgeOrAPlaceAfterIt() {
        String text = "“He taught me to use a chisel,” said Kevin Marsh, 48, who hopes to take over the workshop one day.\n"
                + "“It was a shift worker,” said a person familiar with the investigation, who declined to be named.\n"
                + "“I will not vote for him,” said Senator Jeff Flake, Republican of Arizona, who echoed the speaker's warning.";
        ExtractedDocument doc = document(text);
        assertThat(speaker(quote(doc, "take over the workshop")).name()).isEqualTo("Kevin Marsh");
        assertThat(speaker(quote(doc, "to be named")).name()).isEqualTo("a person familiar with the investigation");
        assertThat(speaker(quote(doc, "to be named")).entity()).isEqualTo(speaker(quote(doc, "shift worker")).entity());
        assertThat(speaker(quote(doc, "the speaker's warning")).name()).isEqualTo("Jeff Flake");
    }

    @Test
    void aPronounAfterAnUnnamedSubjectIsThatPerson() {
        String text = "“The work never stops,” said Tom Ridley, the practice's other vet.\n"
                + "One farmer, who asked not to be named, said his vet bills had nearly doubled since 2019.\n"
                + "“I don’t blame her. Drugs cost more, diesel costs more,” he said.";
        Speaker.Known farmer = speaker(quote(document(text), "Drugs cost more"));
        assertThat(farmer.name()).isEqualTo("One farmer");
        assertThat(farmer.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        assertThat(farmer.gender()).isEqualTo(Gender.MALE);
        // a description inside the pronoun's own sentence is what is said, not who says it
        String own = "“The embassy must speak up,” said Arturo Sarukhan, a former ambassador.\n"
                + "An ambassador's job, he said, should be to “counter lies.”";
        assertThat(speaker(quote(document(own), "counter lies")).name()).isEqualTo("Arturo Sarukhan");
    }

    @Test
    void heIsNeverASpeakerKnownOnlyAsI() {
        String text = "A: I understand the pressure they are under. But I would ask them to look at what one fire costs.\n\n"
                + "Osei's predecessor, Glen Marchetti, retired in October. Reached by phone, he said he was "
                + "“proud of the department.”";
        Speaker.Known he = speaker(quote(document(text), "proud of the department"));
        assertThat(he.mention().text()).isEqualTo("he");
        assertThat(he.name()).isEqualTo("Glen Marchetti");
    }

    @Test
    void anAgeIsNoRole() {
        String text = "Bell, 71, said his family had owned the club since 1962. Marcus Bell bought it from his uncle.";
        Speaker.Known bell = speaker(quote(document(text), "owned the club"));
        assertThat(bell.name()).isEqualTo("Marcus Bell");
        assertThat(bell.role()).isEmpty();
    }

    @Test
    void itIsTheOrganisation() {
        ExtractedDocument doc = document("BC Hydro said crews were working through the night. "
                + "“Most customers will have power by Friday,” it said.");
        assertThat(speaker(quote(doc, "Most customers")).name()).isEqualTo("BC Hydro");
    }

    @Test
    void familyMembersWithOneSurnameStayApart() {
        ExtractedDocument doc = document("Alexander Wise scored twice on Saturday.\n"
                + "“He has worked for this since he was six,” said Darrin, Wise's dad.\n"
                + "“It was a good day,” Alexander Wise said.");
        Speaker.Known dad = speaker(quote(doc, "worked for this"));
        Speaker.Known son = speaker(quote(doc, "good day"));
        assertThat(dad.entity()).isNotEqualTo(son.entity());
        assertThat(son.name()).isEqualTo("Alexander Wise");
    }

    @Test
    void aCoupleOrAFamilyIsAGroupNotThePersonNamedLast() {
        ExtractedDocument doc = document("Tomas Lindqvist and his wife, Maja Lindqvist, moved to Harrowgate in May.\n"
                + "The couple said they hoped to stay for years.\n"
                + "“We will not forget this,” the family said in a statement.");
        Speaker.Known couple = speaker(quote(doc, "hoped to stay"));
        assertThat(couple.name()).isEqualTo("The couple");
        assertThat(couple.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        assertThat(speaker(quote(doc, "not forget")).kind()).isEqualTo(SpeakerKind.DESCRIPTION);
    }

    @Test
    void aPronounAfterTheLatePersonIsTheLivingOneNamedBefore() {
        ExtractedDocument doc = document("The post came from Nell Fairweather, the daughter of the sculptor, the late "
                + "Ivor Fairweather. “My dad built her in our garage,” she wrote.");
        Speaker.Known s = speaker(quote(doc, "My dad"));
        assertThat(s.name()).isEqualTo("Nell Fairweather");
        // the late person alone is still whom a pronoun means: a speech of the past
        ExtractedDocument past = document("I once heard the late Fred Morrow speak at a graduation. In it, he said the "
                + "race is never only yours.");
        assertThat(speaker(quote(past, "race is never")).name()).isEqualTo("Fred Morrow");
    }

    @Test
    void aPollNamedByItsFirmIsTheFirms() {
        ExtractedDocument doc = document("The survey was carried out by Northcote Polling Group for the Ledger.\n"
                + "The Northcote survey found that housing costs had overtaken crime as the top concern.\n"
                + "A new Harlan Institute study found that rents rose 9 percent.");
        Speaker.Known northcote = speaker(quote(doc, "housing costs"));
        assertThat(northcote.name()).isEqualTo("Northcote Polling Group");
        assertThat(northcote.mention().text()).isEqualTo("The Northcote survey");
        assertThat(northcote.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(speaker(quote(doc, "rents rose")).name()).isEqualTo("Harlan Institute");
        // a possessor, not the medium, made "the school’s Facebook post"
        ExtractedDocument post = document("The school’s Facebook post said that classes would resume on Monday.");
        assertThat(speaker(quote(post, "classes would")).name()).isNotEqualTo("Facebook");
        // a source is a person, not a thing a party made
        ExtractedDocument source = document("The Harbour Party lost the seat. A senior Harbour Party source said the "
                + "party would not seek a recount.");
        assertThat(speaker(quote(source, "recount")).kind()).isEqualTo(SpeakerKind.DESCRIPTION);
    }

    @Test
    void aNameWithItsInitialsInParenthesesIsAnOrganisationWhateverTheRecogniserSays() {
        ExtractedDocument doc = document("RIVERTON — Meridale Freight Systems (MFS) said on Thursday it would cut 1,800 jobs.\n\n"
                + "MFS said the cuts would fall mostly on its sorting hubs. The company expects charges of $60 million.");
        Speaker.Known first = speaker(quote(doc, "1,800 jobs"));
        assertThat(first.name()).isEqualTo("Meridale Freight Systems");
        assertThat(speaker(quote(doc, "sorting hubs")).entity()).isEqualTo(first.entity());
        assertThat(speaker(quote(doc, "sorting hubs")).name()).isEqualTo("Meridale Freight Systems");
    }

    @Test
    void anOrganisationsNameDoesNotRunOnFromTheHeadline() {
        ExtractedDocument doc = document("Castlemere complete signing of Ridgeford midfielder Ferreira-Dunne\n\n"
                + "Castlemere United have completed the signing of Luca Ferreira-Dunne from Ridgeford Town.\n\n"
                + "‘We are delighted to welcome Luca,’ the club said in a statement on Thursday evening.");
        assertThat(speaker(quote(doc, "delighted")).name()).isEqualTo("Castlemere United");
    }

    @Test
    void timesAreNoSpeakers() {
        List<Quote> quotes = document("This week said more about the council than any vote.").quotes();
        assertThat(quotes).allSatisfy(q -> assertThat(q.speakerName()).isNotEqualTo(java.util.Optional.of("This week")));
    }

    @Test
    void genderComesFromTheTextOnly() {
        assertThat(gender("“The vote is close,” said Maria Lopez, a teacher.", "vote is close")).isEqualTo(Gender.UNKNOWN);
        assertThat(gender("“The vote is close,” said Ms. Lopez.", "vote is close")).isEqualTo(Gender.FEMALE);
        assertThat(gender("“The vote is close,” said Rowan Hale, the board's chairwoman.", "vote is close"))
                .isEqualTo(Gender.FEMALE);
        assertThat(gender("“The vote is close,” said board spokesman Rowan Hale.", "vote is close"))
                .isEqualTo(Gender.UNKNOWN);
        assertThat(gender("Rowan Hale spoke for an hour. “The vote is close,” he said.", "vote is close"))
                .isEqualTo(Gender.MALE);
    }

    @Test
    void aPronounPassesOverAPersonOfTheOtherGender() {
        assertThat(gender("Among the relatives was Margaret Doyle, whose husband Ken waited 31 hours. She described the "
                + "night as chaos.\n“Nobody came for hours,” Doyle said.", "Nobody came")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aNewSubjectBetweenNameAndPronounStatesNothing() {
        assertThat(gender("“I thought I knew how to work hard,” said Tom Ridley, 34.\nOne farmer, who asked not to be "
                + "named because he still relies on the practice, said his bills had doubled.", "work hard"))
                .isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aSubjectPronounOverrulesTheFirstNameGuessButAnObjectDoesNot() {
        assertThat(gender("Hollis Grant advises delivery firms. Grant said the business could still be attractive. "
                + "“There is a real company in there,” she noted.", "real company")).isEqualTo(Gender.FEMALE);
        assertThat(gender("Dr. Samuel Whitacre taught her in the 1980s. “She asked the best questions,” Whitacre said.",
                "best questions")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aPronounInAnOpeningPhraseIsTheSubjectAfterIt() {
        // "her" belongs to Deering, not to the spokesperson of the sentence before
        String text = "Clara Deering runs the café on the square.\n"
                + "A council spokesperson told the Gazette that the sculpture would be moved.\n"
                + "For her part, Deering laughed.";
        assertThat(gender(text, "would be moved")).isEqualTo(Gender.UNKNOWN);
        assertThat(gender("Lyall visits Osaka this week.\nWhile preparing for his summit, Premier Lyall said the talks "
                + "would be hard.", "talks would be hard")).isEqualTo(Gender.MALE);
        // a possessive whose own phrase holds the name that follows is not that person's
        assertThat(gender("Dr Ines Coutts spoke at the hearing. Before his death, Ortega warned that the dam would fail.\n"
                + "Coutts said the council knew.", "council knew")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aPossessiveBeforeAnotherNameIsStillThePersonBefore() {
        assertThat(gender("“I will remember every one of those votes,” Hemi Tautahi said outside the courthouse.\n"
                + "His National Party opponent, Mark Ruhe, conceded on Saturday.", "every one")).isEqualTo(Gender.MALE);
    }

    @Test
    void firstNamesJoinedByAndShareTheSurname() {
        ExtractedDocument doc = document("Dairy farmers Dana and Ruben Whitcomb milk 300 cows south of town.\n"
                + "“The wells are lower every August,” Dana said.");
        assertThat(speaker(quote(doc, "wells are lower")).name()).isEqualTo("Dana Whitcomb");

        ExtractedDocument rivals = document("Hillary Clinton spoke first. Clinton and Bernie Sanders then clashed over "
                + "trade.\n“We simply disagree,” Clinton said.");
        assertThat(speaker(quote(rivals, "simply disagree")).name()).isEqualTo("Hillary Clinton");
    }

    @Test
    void aDatelineOrATitleOrAnAffiliationIsNoPartOfTheName() {
        assertThat(name("BRENNOCK — Tarrow Valley Health said on Monday that it would close the ward.", "close the ward"))
                .isEqualTo("Tarrow Valley Health");
        assertThat(name("Analyst Rohan Mistry of Castlegate Securities said the cuts were overdue.", "cuts were overdue"))
                .isEqualTo("Rohan Mistry");
        assertThat(name("Director of rugby Siân Howells said the side would rest its captain.", "rest its captain"))
                .isEqualTo("Siân Howells");
        assertThat(name("A spokeswoman for Alvorada, Inês Carvalho, said the club would invest in its academy.",
                "invest in its academy")).isEqualTo("Inês Carvalho");
        assertThat(name("Assemblyman Greg Tate, a Republican from Visalia, predicted that food prices would rise.",
                "food prices would rise")).isEqualTo("Greg Tate");
    }

    @Test
    void theFullNameIsFoundAroundANicknameAndAHyphen() {
        assertThat(name("Carreg won with a drop goal from fly-half Tommy 'The Boot' Rees-Bevan.\n"
                + "“I just closed my eyes and kicked it,” Rees-Bevan said.", "closed my eyes")).isEqualTo("Tommy Rees-Bevan");
    }

    @Test
    void anHonorificPicksThePersonOfThatSurname() {
        assertThat(name("Renata Oyelaran has chaired the water board since 2016. Her husband, Tom Oyelaran, is a retired "
                + "chemistry teacher.\n“The pipes will not wait for us,” Ms. Oyelaran said.", "pipes will not wait"))
                .isEqualTo("Renata Oyelaran");
    }

    @Test
    void anHonorificIsTheNamedPersonWhateverTheListOfFirstNamesSays() {
        // CoreNLP's list of first names calls Lindsey a woman's name, Priya and Chris men's; the article says otherwise
        String text = "Senator Lindsey Graham of South Carolina spent the morning with donors.\n"
                + "“The party will recover,” Mr. Graham said.\n"
                + "Priya Shah chairs the county's transport committee. Chris Obi runs the bus company.\n"
                + "“Nobody asked us,” Ms. Shah said. “We will look again,” Ms. Obi said.";
        ExtractedDocument doc = document(text);
        Speaker.Known graham = speaker(quote(doc, "party will recover"));
        assertThat(graham.name()).isEqualTo("Lindsey Graham");
        assertThat(graham.gender()).isEqualTo(Gender.MALE);
        Speaker.Known shah = speaker(quote(doc, "Nobody asked us"));
        assertThat(shah.name()).isEqualTo("Priya Shah");
        assertThat(shah.gender()).isEqualTo(Gender.FEMALE);
        assertThat(speaker(quote(doc, "look again")).name()).isEqualTo("Chris Obi");
        assertThat(doc.speakers()).hasSize(3);
    }

    @Test
    void anObjectPronounIsNotItsOwnClausesSubject() {
        // "him" after "Castillo hired" and "a developer told" is someone else: it states no gender for them
        String text = "Robin Castillo hired him in 2019 to run the kitchen.\n"
                + "“The best decision I ever made,” Castillo said.";
        Speaker.Known castillo = speaker(quote(document(text), "best decision"));
        assertThat(castillo.name()).isEqualTo("Robin Castillo");
        assertThat(castillo.gender()).isEqualTo(Gender.UNKNOWN);
        String offer = "Last month, a developer told him the building was worth $2.4 million.";
        Speaker.Known developer = speaker(quote(document(offer), "the building was worth"));
        assertThat(developer.name()).isEqualTo("a developer");
        assertThat(developer.gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aClubsPlaceNameIsNoPersonWhenTheTaggerMostlyReadsItAsAPlace() {
        // "Ridgeford" is tagged a place in the club's name and a person before "supporters"
        String text = "Castlemere United have completed the signing of Luca Ferreira-Dunne from Ridgeford Town for "
                + "a fee believed to be around £18m.\n\n"
                + "The departure is a blow for Ridgeford, who fought to keep the player.\n\n"
                + "Ridgeford manager Siobhan Keane admitted she was disappointed.\n\n"
                + "Ferreira-Dunne, meanwhile, addressed Ridgeford supporters directly. ‘Ridgeford gave me everything,’ "
                + "he wrote on Instagram.";
        assertThat(speaker(quote(document(text), "gave me everything")).name()).isEqualTo("Luca Ferreira-Dunne");
    }

    @Test
    void aPronounNoOneElseCanTakeIsTheOnlyPersonNamedWhateverTheFirstNameListGuesses() {
        // CoreNLP's first-name list takes "Noor" for a man's name; she is the only person in the article
        ExtractedDocument doc = document("Noor Halvorsen’s fourth novel follows a family running a ferry. The book has "
                + "already won a prize. We met at a café near her home.\n\n"
                + "“I wrote it three times,” she said.");
        Speaker.Known s = speaker(quote(doc, "three times"));
        assertThat(s.name()).isEqualTo("Noor Halvorsen");
        assertThat(s.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aPersonInAppositionToHerSomethingIsNotTheSheThatFollows() {
        // "her editor there, Ptolemy Grange": "her" is the novelist, and so is the next "she"
        ExtractedDocument doc = document("Noor Halvorsen wrote her fourth novel in a rented cottage.\n\n"
                + "She describes the editing as “a polite war.” In an email, her editor there, Ptolemy Grange, said the manuscript was worth the wait.\n\n"
                + "Does she read her reviews? She pauses. “Only the bad ones.”");
        assertThat(speaker(quote(doc, "bad ones")).name()).isEqualTo("Noor Halvorsen");
        assertThat(doc.speakers()).filteredOn(e -> e.name().equals("Ptolemy Grange"))
                .allSatisfy(e -> assertThat(e.gender()).isEqualTo(Gender.UNKNOWN));
    }

    @Test
    void anAbbreviatedTitleGivesTheRoleALaterDescriptionUses() {
        assertThat(name("“It was a chain of choices,” Justice Helena Marchetti said.\n\n"
                + "Defence lawyer Colette Amiri argued for less.\n\n"
                + "“Nothing this court can do will bring him home,” the judge said.", "bring him home"))
                .isEqualTo("Helena Marchetti");
        // among several governors, the one whose title names the description's state
        assertThat(name("Ohio Gov. Dale Renner and Idaho Gov. Marta Quist met in Boise.\n\n"
                + "“We disagree on water,” the Ohio governor said.", "disagree on water")).isEqualTo("Dale Renner");
    }

    @Test
    void bareWordPoliceIsThePoliceServiceTheArticleNamesBeforeOrAfter() {
        ExtractedDocument doc = document("MILLBROOK — A man faces an assault charge after a stabbing, police said.\n\n"
                + "Const. Farah Delacroix, a spokesperson for the Eastvale Regional Police Service, said the two men knew each other.\n\n"
                + "Police said investigators are still looking for a second man.");
        assertThat(speaker(quote(doc, "assault charge")).name()).isEqualTo("Eastvale Regional Police Service");
        assertThat(speaker(quote(doc, "second man")).name()).isEqualTo("Eastvale Regional Police Service");
        assertThat(speaker(quote(doc, "second man")).kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aNameInAppositionToHerSomethingThereSpeaksAndTakesNoGenderFromHer() {
        ExtractedDocument doc = document("In an email, her editor there, Ptolemy Grange, said the manuscript was worth it.\n\n"
                + "In a second email, her editor, Ptolemy Grange, said the deadline had moved.");
        Speaker.Known first = speaker(quote(doc, "worth it"));
        assertThat(first.name()).isEqualTo("Ptolemy Grange");
        assertThat(speaker(quote(doc, "deadline had moved")).gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aNameWithItsReflexiveIsANewSubjectThePronounGoesOnWith() {
        assertThat(name("Feng’s campaign spokeswoman, Delphine Arrowsmith, said the lead reflected months of meetings. "
                + "Rosalind Feng herself struck a cautious note. “I don’t take any poll for granted,” she told supporters.",
                "poll for granted")).isEqualTo("Rosalind Feng");
    }

    @Test
    void aSurnameTheRecogniserMissedWithItsReflexiveIsANewSubjectToo() {
        // the recogniser tags "Rosalind Feng" but not the later "Feng" alone
        assertThat(name("Councillor Rosalind Feng has opened a seven-point lead in the race to become mayor.\n\n"
                + "Feng’s campaign spokeswoman, Delphine Arrowsmith, said the lead reflected months of neighbourhood "
                + "meetings in the city’s east end. Feng herself struck a cautious note. “I don’t take any poll for granted, "
                + "least of all a good one,” she told supporters.", "poll for granted")).isEqualTo("Rosalind Feng");
    }

    @Test
    void theCarrierIsTheAirline() {
        assertThat(name("Corvina Air cancelled 140 flights on Tuesday.\n\n"
                + "The carrier said the strike amounted to “holding the travelling public hostage.”", "travelling public"))
                .isEqualTo("Corvina Air");
    }

    @Test
    void sourcesCloseToSomeoneAreThemselvesTheSpeaker() {
        ExtractedDocument doc = document("Sources close to the campaign said the ad would run in May.\n\n"
                + "People close to the mayor said she would run again.\n\n"
                + "A person familiar with the talks said they had stalled.");
        Speaker.Known campaign = speaker(quote(doc, "the ad would run"));
        assertThat(campaign.mention().text()).isEqualTo("Sources close to the campaign");
        assertThat(campaign.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        Speaker.Known mayor = speaker(quote(doc, "run again"));
        assertThat(mayor.name()).isEqualTo("People close to the mayor");
        assertThat(mayor.gender()).isEqualTo(Gender.UNKNOWN); // "she" is the mayor, not the group
        assertThat(speaker(quote(doc, "stalled")).name()).isEqualTo("A person familiar with the talks");
    }

    @Test
    void aNameAfterAPersonsTitleIsAPersonAndItsSurnameNoVerb() {
        // the recogniser tags "Morgan Tell" an organisation and the tagger reads "Tell" as a verb
        ExtractedDocument doc = document("A university spokesperson, Morgan Tell, said Northshore has committed $2.4 million.\n\n"
                + "“This is exactly the kind of research that matters,” Tell said in an email.");
        Speaker.Known report = speaker(quote(doc, "Northshore has committed"));
        Speaker.Known direct = speaker(quote(doc, "kind of research"));
        assertThat(report.name()).isEqualTo("Morgan Tell");
        assertThat(report.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(direct.name()).isEqualTo("Morgan Tell");
        assertThat(direct.mention().text()).isEqualTo("Tell");
        assertThat(direct.entity()).isEqualTo(report.entity());
        assertThat(doc.quotes()).hasSize(2);
    }

    @Test
    void anObjectPronounInARelativeClauseOnTheNameIsSomeoneElse() {
        // "who has worked alongside her": the relative pronoun is the subject, "her" (tagged a possessive) the object
        String text = "Marisa Lindqvist studies the estuary's mud.\n\n"
                + "Her work drew attention last year, when her team published a study in a geology journal linking "
                + "one of the sand layers to a tsunami described in the oral histories of the coast's fishing "
                + "villages, which had long told of a night when the sea came up the valley and took the houses.\n\n"
                + "Her longtime collaborator, geochemist Tomas Reyes, said the dating took a year.\n\n"
                + "“We ran the samples three times,” said Reyes, who has worked alongside her since 2009.";
        Speaker.Known reyes = speaker(quote(document(text), "ran the samples"));
        assertThat(reyes.name()).isEqualTo("Tomas Reyes");
        assertThat(reyes.gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void theSubjectNamedJustBeforeAPronounSpeaksRatherThanTheLastSpeaker() {
        assertThat(name("Prosecutor Natalie Brandt questioned the bookkeeper, Dolores Kwan, for an hour.\n"
                + "Asked by Brandt why she had not gone to the board, Kwan paused for several seconds. “Because "
                + "everybody loved him,” she replied.", "everybody loved him")).isEqualTo("Dolores Kwan");
    }

    @Test
    void anAgeDescriptionIsThePersonNamedBefore() {
        assertThat(name("By 3.15 Fiona McAllister was kneeling in straw with her sleeves rolled past the elbow.\n"
                + "“You just stop expecting to sleep,” says the 52-year-old, who runs the only practice left.",
                "stop expecting")).isEqualTo("Fiona McAllister");
    }

    @Test
    void aNameAfterAKindOfOrganisationIsThatOrganisation() {
        ExtractedDocument doc = document("German carmaker Vossberg Automobilwerke is recalling 310,000 electric cars "
                + "because a faulty seal can let in water, the company said on Friday.\n"
                + "“We know of eleven fires that may be linked to this fault,” the company said in a statement.");
        Speaker.Known s = speaker(quote(doc, "eleven fires"));
        assertThat(s.name()).isEqualTo("Vossberg Automobilwerke");
        assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aWordTaggedAsAnOrganisationElsewhereIsNoPersonToRefer() {
        assertThat(gender("Erzland Lithium GmbH wants to build a processing plant in the valley. Erzland Lithium GmbH "
                + "says the plant would employ 450 people.\nChief Executive Matthias Voigt said Erzland had redesigned "
                + "the plant. Pressed on binding limits, he conceded: “If that is the price of trust, we will accept it.”",
                "price of trust")).isEqualTo(Gender.MALE);
    }

    @Test
    void theAgentOfAPassiveTakesNoGenderFromThePronounAfterIt() {
        String text = "Katharina Vogel, 41, has led the orchestra since 2019.\n"
                + "Asked by a public broadcaster whether she would stay in Berlin, Vogel said she had not decided.";
        assertThat(name(text, "whether she would stay")).isEqualTo("a public broadcaster");
        assertThat(gender(text, "whether she would stay")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void theReachOfAPronounCountsNarrationNotTheQuotesBetween() {
        assertThat(gender("Alpenstrom's security chief, Andreas Mayrhofer, spoke on Tuesday evening.\n"
                + "“In the first days you simply do not know what has been taken, and if you announce too early, you "
                + "announce the wrong thing, and then you have to announce again, and nobody believes the second "
                + "announcement, or the third, and the customers who read all three are angrier than the ones who "
                + "read none of them,” he argued.", "first days")).isEqualTo(Gender.MALE);
        assertThat(gender("Library Director Anita Ruiz-Cole said in an email: “We will protect story time, we will "
                + "protect the summer reading program, and we will protect every job.”\nNot everyone opposed the "
                + "budget. “I am a retiree on a fixed income,” said one resident, who did not give her name.",
                "protect story time")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void theElderAndTheYoungerOfAFamilyFollowTheAgesTheArticleGives() {
        String text = "Moira Penhallow, 71, still opens the ferry kiosk at six.\n"
                + "Her grandson, Callum Penhallow, 19, sells the tickets in summer.\n"
                + "“The tide sets the timetable, not me,” said the elder Penhallow.\n"
                + "“She says that to every tourist,” the younger Penhallow said.";
        assertThat(name(text, "tide sets")).isEqualTo("Moira Penhallow");
        assertThat(name(text, "every tourist")).isEqualTo("Callum Penhallow");
        String bare = "Moira Penhallow, 71, still opens the ferry kiosk at six. “The tide sets the timetable,” said Penhallow.\n"
                + "Her grandson, Callum Penhallow, 19, sells the tickets in summer.\n"
                + "“She says that to every tourist,” the younger Penhallow said.\n"
                + "The kiosk closes at dusk in winter. “Same again tomorrow,” said Penhallow.";
        assertThat(name(bare, "Same again")).isEqualTo("Moira Penhallow"); // "the younger Penhallow" is no surname alone
    }

    @Test
    void aSurnameAloneStaysWithThePersonTheArticleCallsByIt() {
        String text = "Odile Varenne restores church organs in a barn outside Rennes.\n"
                + "“Every pipe has its own temper,” said Varenne, tuning a reed.\n"
                + "Her brother, Luc Varenne, keeps the accounts. “I only count the pipes,” he said.\n"
                + "“The barn is too cold for anyone else,” Varenne said.";
        assertThat(name(text, "too cold")).isEqualTo("Odile Varenne");
    }

    @Test
    void aRelativeCalledByFirstNameIsNotTheOneTheSurnameAloneNames() {
        String text = "Aides see the gala as a second chance for Henrik Dahl to win back donors.\n"
                + "They plan to spotlight his daughter Sigrid at the dinner.\n"
                + "Dahl said on Monday that he would speak first.\n"
                + "Sigrid Dahl, 34, has run the family foundation since 2019. She said she would speak after him.";
        ExtractedDocument doc = document(text);
        Speaker.Known father = speaker(quote(doc, "he would speak first"));
        assertThat(father.name()).isEqualTo("Henrik Dahl");
        assertThat(father.gender()).isEqualTo(Gender.MALE);
        Speaker.Known daughter = speaker(quote(doc, "she would speak after him"));
        assertThat(daughter.name()).isEqualTo("Sigrid Dahl");
        assertThat(daughter.entity()).isNotEqualTo(father.entity());
    }

    @Test
    void aPluralDescriptionTakesNoGenderFromThePronounAfterIt() {
        String text = "The river rose four metres overnight.\n"
                + "Authorities said the water reached her porch before dawn. She was rescued by a neighbour.";
        Speaker.Known officials = speaker(quote(document(text), "reached her porch"));
        assertThat(officials.mention().text()).isEqualTo("Authorities");
        assertThat(officials.gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void anOfficeTheArticleGaveNoOneIsSomeoneNewButAnEpithetRefersBack() {
        String text = "Maya Oyelaran won the Riverton open on Sunday, half a point ahead of Viktor Halloran.\n"
                + "Halloran said he had underestimated her.\n"
                + "The tournament director said entries had doubled since 2020.\n"
                + "“I will be back next year,” said the 52-year-old veteran.";
        ExtractedDocument doc = document(text);
        Speaker.Known director = speaker(quote(doc, "entries had doubled"));
        assertThat(director.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        assertThat(director.name()).isEqualTo("The tournament director");
        assertThat(speaker(quote(doc, "back next year")).name()).isEqualTo("Viktor Halloran");
    }

    @Test
    void aRoyalTitleTheArticleGaveNoOneIsSomeoneNew() {
        String unnamed = "Halloran attacked the royal family on Twitter.\n"
                + "In December, the prince criticized Halloran, calling him “a disgrace.”";
        assertThat(name(unnamed, "a disgrace")).isEqualTo("the prince");
        String named = "Prince Faisal al-Rashid owns a stake in the hotel. Halloran attacked the royal family.\n"
                + "In December, the prince criticized Halloran, calling him “a disgrace.”";
        assertThat(name(named, "a disgrace")).isEqualTo("Faisal al-Rashid");
    }

    @Test
    void aRoleInAppositionAfterAnAgeIsTheRoleOfThePerson() {
        String text = "“Water comes from this,” said Ms. Oyelaran, 58, the chairwoman of the county water authority.\n"
                + "Her neighbour, Tom Reyes, has heard it all before.\n"
                + "“Nobody wants a higher bill,” the chairwoman said.";
        assertThat(name(text, "higher bill")).isEqualTo("Oyelaran");
    }

    @Test
    void aTeamNamedAfterAPersonIsNotThatPerson() {
        String text = "Team Okonkwo sees the debate as a second chance for Ada Okonkwo to reach young voters.\n"
                + "Okonkwo said on Friday that she had prepared for weeks.";
        ExtractedDocument doc = document(text);
        assertThat(speaker(quote(doc, "prepared for weeks")).name()).isEqualTo("Ada Okonkwo");
        assertThat(doc.speakers()).noneMatch(s -> s.kind() == SpeakerKind.PERSON && s.name().equals("Team Okonkwo"));
    }

    @Test
    void aPossessiveRelationIsARelativeOfThePersonItRefersTo() {
        String text = "Wilhelmina Struan and Gordon Struan have run the lighthouse café since 1990. Nearby, Lena Fisk "
                + "and her husband, Arno Fisk, sell crab from a van.\n"
                + "“The gulls get more scones than the customers,” said Mrs. Struan.\n"
                + "“That is simply not true,” her husband said.";
        assertThat(name(text, "simply not true")).isEqualTo("Gordon Struan");
        String family = "Ada Quiller, 90, opened the sweet shop in 1958. Her son, Ivo Quiller, 64, runs it now, and his "
                + "daughter, Bea Quiller, 31, does the orders.\n"
                + "“Nan still checks the till every night,” said Bea.\n"
                + "“Somebody has to,” said her grandmother.";
        assertThat(name(family, "Somebody has to")).isEqualTo("Ada Quiller");
    }

    @Test
    void aPossessiveDescriptionIsNeverThePersonItsPronounRefersTo() {
        String text = "Dr Priya Anand runs the clinic with her fellow surgeon, Dr Moira Kell.\n"
                + "“We argue about the coffee and nothing else,” said Dr Kell.\n"
                + "“That is mostly true,” her colleague said.";
        assertThat(name(text, "mostly true")).isEqualTo("Priya Anand");
    }

    @Test
    void aNameTheRecogniserMissedIsStillAPersonAPronounMayMean() {
        String text = "Wildcats hold on\nELMWOOD, Iowa — Marcus Hold had already made 12 tackles by halftime. He made the "
                + "13th with his shoulder.\n“I saw the gap and went,” he said.";
        assertThat(name(text, "saw the gap")).isEqualTo("Marcus Hold");
        assertThat(gender(text, "saw the gap")).isEqualTo(Gender.MALE);
    }

    @Test
    void thePlaceOfTheDatelineIsNoPersonWhateverItIsTagged() {
        assertThat(name("Diesel rationing\nPORT ARVEN, Kesmira (Reuters) - Energy Minister Dalia Moreno announced the plan "
                + "on Sunday.\nUnder the plan, Kesmira will divide the capital into four zones, each supplied on a fixed "
                + "schedule.\n“Nobody will go without,” she said.", "go without")).isEqualTo("Dalia Moreno");
    }

    @Test
    void aPossessiveRightAfterANameStatesItsGenderWhateverTheFirstNameSuggests() {
        assertThat(gender("Quarterback Luis Ortega threw for 300 yards. Coach Dana Pellegrino, in his ninth season at the "
                + "school, has won two titles.\n“We play hard and we play late,” Pellegrino said after the game.",
                "play hard")).isEqualTo(Gender.MALE);
    }

    @Test
    void aDescriptionResolvedToAPersonIsAMentionLaterPronounsReferTo() {
        assertThat(name("The minister responsible, Dalia Moreno, spoke after a long cabinet meeting. Under the plan, "
                + "Kesmira will divide the capital into four zones.\n“Nobody will go without,” the minister said.\n"
                + "“Every farm will receive its share,” she added.", "Every farm")).isEqualTo("Dalia Moreno");
    }

    @Test
    void theOlderOfTheTwoIsTheOneWithTheGreaterStatedAge() {
        assertThat(name("Dr Petra Lund, 58, and Dr Nadia Frost, 44, bought the old bank together in 2019.\n"
                + "“We argued about the vault for a month,” said the older of the two.", "argued about the vault"))
                .isEqualTo("Petra Lund");
    }

    @Test
    void aDescriptionWithAWordForPeopleIsThePersonNamedBeforeOfThePronounsGender() {
        String text = "Forward Lena Ivers scored 20 points for Kestrel on Saturday. Coach Tom Brandt praised the defence. "
                + "He called the win deserved.\n“I wanted the ball at the end,” said the freshman center, who was "
                + "playing her first final.";
        assertThat(name(text, "wanted the ball")).isEqualTo("Lena Ivers");
        assertThat(gender(text, "wanted the ball")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aFirstNameTheRecogniserTaggedAPlaceIsPartOfTheName() {
        assertThat(name("Northfield (26-6) got 18 points and 12 rebounds from Sofia Lindqvist but shot 3 of 19 from beyond "
                + "the arc.\n“We missed too many,” Lindqvist said.", "missed too many")).isEqualTo("Sofia Lindqvist");
    }

    @Test
    void aTitleThatIsAlsoAFirstNameStaysInATwoWordName() {
        assertThat(name("Rovers led through a Dean Farrow header after 17 minutes.\n“I should have scored two,” said Farrow.",
                "scored two")).isEqualTo("Dean Farrow");
    }

    @Test
    void anOrganisationsNameRunsOverAPossessiveAndOpensWithACapitalisedAdjective() {
        assertThat(name("The Blueberry Producers' Association of Nova Scotia warned of shortages on Monday.\nIn a statement, "
                + "the association said: “Our members will supply every buyer.”", "supply every buyer"))
                .isEqualTo("Blueberry Producers' Association of Nova Scotia");
        assertThat(name("The Canadian Orchard Workers Council (COWC) represents about 900 growers.\n“Every week of delay "
                + "costs us money,” COWC said in a submission to the committee.", "Every week of delay"))
                .isEqualTo("Canadian Orchard Workers Council");
    }

    @Test
    void aDistrictTheArticleNamedIsTheDistrictThatSpeaks() {
        assertThat(name("Farmers across the Corran Valley face deep cuts after the Upper Tessel Water District reduced "
                + "allocations to 40% of normal.\nThe district said in a statement: “Every user will share the shortfall.”",
                "share the shortfall")).isEqualTo("Upper Tessel Water District");
    }

    @Test
    void theMakerOfAStatementFromAnOrganisationSpeaks() {
        assertThat(name("According to the Federal Rail Safety Authority in Kassel, the defect was reported last autumn. "
                + "“The operator informed us promptly,” according to a statement from the authority.", "informed us"))
                .isEqualTo("Federal Rail Safety Authority");
    }

    @Test
    void theMakerOfADocumentFiledOrProvidedBySomeoneSpeaks() {
        assertThat(name("“There was probable cause, but the evidence is insufficient,” according to a court document filed "
                + "by state attorney Marta Ilves.", "probable cause")).isEqualTo("Marta Ilves");
        assertThat(name("Support for the levy was strongest among renters, according to calculations by Ruth Okafor of "
                + "the Harbour Institute.", "strongest among renters")).isEqualTo("Ruth Okafor");
        // a plural head names people without a maker after it
        assertThat(name("Even with fewer candidates, some council figures declared that Hollis was unstoppable.",
                "unstoppable")).isNotEqualTo("council");
    }

    @Test
    void aPossessiveWrittenWithAnApostropheAfterAnSNamesItsOwner() {
        assertThat(name("Former mayor Rita Hollis and Councillor Ben Ames both spoke on Tuesday.\nAmes’ campaign said it "
                + "had raised $2 million in January.", "raised $2 million")).isEqualTo("Ames’ campaign");
    }

    @Test
    void aSpeakingTheyIsTheGroupThatSpokeBefore() {
        String text = "Critics of the fund say it is a giveaway. Cost overruns on the last three projects were never "
                + "explained, they point out.";
        assertThat(name(text, "never explained")).isEqualTo("Critics of the fund");
        // not past someone named since
        assertThat(name("Critics of the fund say it is a giveaway. Mayor Ruth Ames and Councillor Ben Ortiz disagree. "
                + "The projects came in on budget, they point out.", "on budget")).isNotEqualTo("Critics of the fund");
    }

    @Test
    void aCapitalisedRoleAfterTheIsThePersonGivenThatTitle() {
        String text = "Sen. Maria Okafor spoke at the hall on Monday.\nThe Senator said the bridge would be rebuilt by spring.";
        Speaker.Known s = speaker(quote(document(text), "bridge"));
        assertThat(s.name()).isEqualTo("Maria Okafor");
        assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void theFirstWordOfAnOrganisationsNameIsThatOrganisation() {
        assertThat(name("Brightwater Outfitters, the Regina company that has made the jacket since 1988, said last week "
                + "that production would end.\nOn its website, Brightwater wrote: “We made a hard decision.”",
                "hard decision")).isEqualTo("Brightwater Outfitters");
    }

    @Test
    void anUnnamedSourceWithABareHeadKeepsTheWordsThatIdentifyIt() {
        assertThat(name("The talks have stalled, according to two officials.\n“Nobody wants to blink first,” said a person "
                + "familiar with the negotiations.", "blink first")).isEqualTo("a person familiar with the negotiations");
    }

    @Test
    void aCapitalisedWordForPeopleBeforeANameIsThatPersonsRole() {
        assertThat(name("The co-operative meets in an office above Hector Garrow's chandlery.\n“We knew something was coming,” "
                + "the warden said.\nWarden Alvin Tessier has asked the province for an emergency fund.", "something was coming"))
                .isEqualTo("Alvin Tessier");
    }

    @Test
    void aNameInAFrontedAskedClauseIsNotTheSubjectPronounAfterIt() {
        assertThat(name("Manager Ross Beck has coached the side since 2019. Beck watched training on Friday.\n"
                + "Asked when Joao Pires might start, he said: “When his legs are ready. Maybe Saturday.”", "legs are ready"))
                .isEqualTo("Ross Beck");
    }

    @Test
    void theLastWordOfAnAffiliationIsNotTheSourceButThePersonItBelongsTo() {
        Speaker.Known s = speaker(quote(document("Glaciologist Mara Keller of the Federal Institute for Snow and Ice, who "
                + "has measured the Rhone glacier since the 1990s, said the negotiators had less time than they thought."),
                "less time"));
        assertThat(s.name()).isEqualTo("Mara Keller");
        assertThat(s.mention().text()).isEqualTo("Mara Keller");
    }

    @Test
    void aWordForPeopleAfterTheAndAnAdjectiveIsADescriptionThoughTaggedAName() {
        Speaker.Known s = speaker(quote(document("The vet has worked in the Dales since 1998, and Fiona Baird still takes "
                + "the night calls. Baird grew up near Dumfries.\n“I arrived in the sleet,” recalls the unflappable Scot. "
                + "“I took that as a challenge.”"), "arrived in the sleet"));
        assertThat(s.name()).isEqualTo("Fiona Baird");
        assertThat(s.mention().text()).isEqualTo("the unflappable Scot");
    }

    @Test
    void whereAnOrganisationSitsIsNoPartOfItsName() {
        Speaker.Known s = speaker(quote(document("Opponents say the mine would drain the valley.\nThe state water ministry "
                + "in Dresden said: “No permit has been issued.”"), "No permit"));
        assertThat(s.name()).isEqualTo("state water ministry");
        assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(s.mention().text()).isEqualTo("The state water ministry");
    }

    @Test
    void aDescriptionInAppositionBeforeATitledNameIsThatPersonsRole() {
        assertThat(name("A student, Owen Pike, said the dean had ignored them for months.\n“I do not recognise that "
                + "account,” the dean said in an email.\nThe dean of science, Professor Ingrid Vasquez-Lowe, will meet "
                + "students on Friday.", "recognise that account")).isEqualTo("Ingrid Vasquez-Lowe");
    }

    @Test
    void aGestureAfterTheSourceIsNoPartOfIt() {
        Speaker.Known s = speaker(quote(document("Tamsin Okoye started the press in 2019 with a borrowed stapler.\n“I had a "
                + "drawer full of pages I had to sell,” says the Regina native with a shrug."), "drawer full"));
        assertThat(s.mention().text()).isEqualTo("the Regina native");
        assertThat(s.name()).isEqualTo("Tamsin Okoye");
    }

    @Test
    void aDescriptionWhoseAppositionNamesAThingIsNoPersonNamedBefore() {
        String text = "“She knows my order before I open my mouth,” said Darnell Hughes, a regular.\n\n"
                + "The building's new tenant, a coffee chain, has promised to keep the mural.";
        assertThat(name(text, "keep the mural")).isEqualTo("The building's new tenant");
    }

    @Test
    void aPronounInsideTheCommasAfterAnUnnamedSubjectIsThatPerson() {
        String text = "Senate Minority Leader Paul Grady accused Voss of playing politics.\n\n"
                + "A Voss aide, speaking on condition of anonymity because he was not authorized to discuss the senator's "
                + "plans, said she stood by every word.";
        assertThat(name(text, "senator's plans")).isEqualTo("A Voss aide");
        // a pronoun right after the comma reports what the description does
        String parenthetical = "Bill Millis left the campaign in March.\n\nA new campaign manager, he said, could set a new tone.";
        assertThat(name(parenthetical, "set a new tone")).isEqualTo("Bill Millis");
    }

    @Test
    void aBareKindNounIsTheOrganisationWhoseNameIsOfThatKind() {
        String text = "The Harbour Transit Authority said only 11 trips ran.\n\n"
                + "“We did not want this,” said Gloria Bell, president of Local 417 of the Amalgamated Transit Workers.\n\n"
                + "The Harbour Transit Authority said it would keep talking.\n\n"
                + "The union says the new rosters force drivers into split shifts.";
        assertThat(name(text, "split shifts")).contains("Transit Workers");
    }

    @Test
    void aBareKindNounIsNotAnOrganisationOfAnotherKind() {
        String text = "The Ministry of Environment and Climate (MEC) paused approvals for three wind farms, the ministry said. "
                + "MEC said the pause would last 90 days.\n\n"
                + "Windward Renewables, which operates Kestrel Point, disputed the figures. The company said its own "
                + "monitoring had recorded fewer than 300 deaths.";
        assertThat(name(text, "fewer than 300")).isEqualTo("Windward Renewables");
        // a union whose name is an association is still the union
        String union = "The Association of Flight Attendants endorsed Clinton on Friday. The union said its members "
                + "wanted paid leave.";
        assertThat(name(union, "wanted paid leave")).isEqualTo("Association of Flight Attendants");
    }

    @Test
    void aQuantifiedOrganisationNounIsNoOneOrganisation() {
        String text = "A Buckeye State University poll released last week found Alvarez ahead. The university's pollsters "
                + "said turnout would decide it.\n\nNeither campaign would say whether the candidates would meet again.";
        assertThat(name(text, "meet again")).isEqualTo("Neither campaign");
        assertThat(speaker(quote(document(text), "meet again")).kind()).isEqualTo(SpeakerKind.DESCRIPTION);
    }

    @Test
    void aPronounAfterAnUnnamedSubjectIsNotTheGenderOfTheNameInItsPhrase() {
        String text = "SPRINGFIELD — A senior aide to Gov. Nathan Pryce resigned Friday, a day after emails showed she had "
                + "pressed regulators to approve a permit.\n\nPryce told reporters that he had accepted the resignation. "
                + "He called the aide “a dedicated public servant.”";
        assertThat(gender(text, "dedicated public servant")).isEqualTo(Gender.MALE);
        assertThat(name(text, "dedicated public servant")).isEqualTo("Nathan Pryce");
    }

    @Test
    void aCoachTheArticleNamedNoOneIsSomeoneNew() {
        String text = "Mayor Dana Whitfield cut the ribbon on the new rink on Friday.\n\n"
                + "The coach was quoted as saying the team needed “a fresh start.”";
        assertThat(name(text, "a fresh start")).isEqualTo("The coach");
        // one the article did call coach is that person
        String named = "Rivermen coach Patrick Dunleavy watched from the bench.\n\n"
                + "The coach was quoted as saying the team needed “a fresh start.”";
        assertThat(name(named, "a fresh start")).isEqualTo("Patrick Dunleavy");
    }

    private String name(String text, String words) {
        return speaker(quote(document(text), words)).name();
    }

    @Test
    void anUnnamedSourceTakesTheGenderOfThePronounAfterIt() {
        assertThat(gender("“I voted yes with my head and no with my heart,” said one voter leaving the polling station, "
                + "who declined to give her name.", "voted yes")).isEqualTo(Gender.FEMALE);
        assertThat(gender("“You clear one tree and there is another,” said one line worker from Kamloops, who said he "
                + "had slept four hours a night.", "clear one tree")).isEqualTo(Gender.MALE);
    }

    @Test
    void aGenderedNounOnlyStatesTheGenderOfTheNounItHeads() {
        assertThat(gender("Council President Gloria Petrakis cast the deciding vote.\nAsked later about her nephew's "
                + "remarks, Gloria Petrakis smiled. “He has disagreed with me since he was four,” she said.",
                "disagreed with me")).isEqualTo(Gender.FEMALE);
    }

    private Gender gender(String text, String words) {
        return gender(document(text), words);
    }

    private Gender gender(ExtractedDocument doc, String words) {
        Speaker.Known s = speaker(quote(doc, words));
        SpeakerEntity entity = doc.speakerOf(quote(doc, words)).orElseThrow();
        assertThat(entity.gender()).isEqualTo(s.gender());
        return s.gender();
    }

    @Test
    void aNameIsNeverAWordTwice() {
        ExtractedDocument doc = document("Coach Dana McNeely McNeely watched from the bench.\n“We were flat,” McNeely said.");
        assertThat(speaker(quote(doc, "We were flat")).name()).doesNotContain("McNeely McNeely");
    }
    @Test
    void aPronounAfterAReportMeansItsSourceNotThePeopleTheReportNames() {
        ExtractedDocument doc = document("Later, Senator Dale Rusk claimed that Mayor Owen Pratt is to blame for the closures.\n\n"
                + "“He keeps telling this story about the budget,” he said.\n\n"
                + "The Ohio treasurer said the state needs a new formula.\n\n"
                + "“I couldn't imagine cutting another school,” he said.");
        assertThat(speaker(quote(doc, "He keeps telling")).name()).isEqualTo("Dale Rusk");
        assertThat(speaker(quote(doc, "I couldn't imagine")).name()).isEqualTo("The Ohio treasurer");
    }

    @Test
    void theAnswerToAQuestionIsTheOneAsked() {
        ExtractedDocument doc = document("Host Dana Whitcombe then asked Senator Dale Rusk which counties he could win.\n\n"
                + "“We feel great about every one of them,” he said.");
        assertThat(speaker(quote(doc, "We feel great")).name()).isEqualTo("Dale Rusk");
    }

    @Test
    void aGroupNamedByAPluralProperNounIsNoPerson() {
        ExtractedDocument doc = document("Later, Senator Dale Rusk claimed that Muslim Americans do not face discrimination.\n\n"
                + "“This is a fiction,” he said.\n\n"
                + "Many Democrats believe the senator is wrong.");
        assertThat(speaker(quote(doc, "This is a fiction")).name()).isEqualTo("Dale Rusk");
        Speaker.Known democrats = speaker(quote(doc, "the senator is wrong"));
        assertThat(democrats.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
    }

    @Test
    void aPronounThatGoesOnWithTheSpeakerStatesTheGenderThoughTheSpeechNamedSomeoneElse() {
        ExtractedDocument doc = document("Judge Anthony Crewe said the sentence reflected the disregard that Dorian Pellow "
                + "had shown that night. He added that the early guilty plea had reduced the term by a third.");
        Speaker.Known judge = speaker(quote(doc, "early guilty plea"));
        assertThat(judge.name()).isEqualTo("Anthony Crewe");
        assertThat(judge.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void aSheNoOneIsFoundForIsAWomanAndNoHeJoinsHer() {
        ExtractedDocument doc = document("Senator Dale Rusk spoke at a forum in Palo Alto. But that changed when one voter "
                + "brought up immigration. She asked Rusk about the people deported last year. Then he described his "
                + "visit to the border, saying the fence should come down.");
        Speaker.Known she = speaker(quote(doc, "the people deported"));
        Speaker.Known he = speaker(quote(doc, "the fence should come down"));
        assertThat(he.entity()).isNotEqualTo(she.entity());
        assertThat(he.name()).isEqualTo("Dale Rusk");
    }
    @Test
    void aReportThatOpensAParagraphDoesNotTakeTheSpeakerOfTheParagraphBefore() {
        ExtractedDocument doc = document("“Two points is two points,” the veteran goalkeeper Pieter van Aswegen said.\n\n"
                + "Coach Bernard Kealy was less cheerful. He said his side had “handed the game away” with penalties.");
        assertThat(speaker(quote(doc, "handed the game away")).name()).isEqualTo("Bernard Kealy");
    }

    @Test
    void aPronounGoesOnWithTheSubjectWhenThePersonNamedLastIsAnObject() {
        ExtractedDocument doc = document("At a rally in Toledo last week, Senator Dale Rusk rejected attacks from Owen Pratt. "
                + "He dismissed the labels altogether, saying they “mean nothing.”\n\n"
                + "When Rusk did take Pratt on in the debate, he said the plan would bankrupt the county.");
        assertThat(speaker(quote(doc, "mean nothing")).name()).isEqualTo("Dale Rusk");
        assertThat(speaker(quote(doc, "bankrupt the county")).name()).isEqualTo("Dale Rusk");
    }

    @Test
    void thePersonAskedIsNoObjectToPassOver() {
        ExtractedDocument doc = document("Last month, reporter Scott Connors asked Senator Dale Rusk whether his age was fair game.\n\n"
                + "“Sure it is. I have not missed a day of work in years,” he said.");
        assertThat(speaker(quote(doc, "Sure it is")).name()).isEqualTo("Dale Rusk");
    }
    @Test
    void theStatementIsWhoeverPutItOut() {
        ExtractedDocument doc = document("The Linden Hill Education Association (LHEA), which represents the district's "
                + "teachers, said in a statement that it opposed the cuts.\n\n"
                + "“Our members see the consequences every single day,” the statement said.");
        Speaker.Known s = speaker(quote(doc, "Our members see"));
        assertThat(s.mention().text()).isEqualTo("the statement");
        assertThat(s.name()).isEqualTo("Linden Hill Education Association");
        assertThat(s.entity()).isEqualTo(speaker(quote(doc, "opposed the cuts")).entity());
        ExtractedDocument two = document("Mayor Ruth Okafor and Senator Dale Rusk issued a statement on Friday.\n\n"
                + "“We are united,” the statement said.");
        assertThat(speaker(quote(two, "We are united")).name()).doesNotContain("Rusk").doesNotContain("Okafor");
    }
    @Test
    void theDescriptionAgainIsThePersonItIntroducedNotTheOneNamedLast() {
        ExtractedDocument doc = document("A neighbour, who asked not to be named, said she had been woken by shouting.\n\n"
                + "Chief Fire Officer Gavin Prestwick said a smoke alarm had saved the family.\n\n"
                + "\"The dad was standing on the pavement in his socks,\" the neighbour said.");
        Speaker.Known neighbour = speaker(quote(doc, "The dad was standing"));
        assertThat(neighbour.name()).isNotEqualTo("Gavin Prestwick");
        assertThat(neighbour.entity()).isEqualTo(speaker(quote(doc, "woken by shouting")).entity());
    }
    @Test
    void aSheAfterAnUnnamedSourceWithItsOrganisationIsThatSource() {
        ExtractedDocument doc = document("Police closed the avenue for several hours. A spokeswoman for Tarnside Police said "
                + "officers had attended to support fire crews.\n\n"
                + "“We would like to thank residents for their patience,” she said.");
        Speaker.Known she = speaker(quote(doc, "thank residents"));
        assertThat(she.entity()).isEqualTo(speaker(quote(doc, "officers had attended")).entity());
        assertThat(she.name()).isEqualTo("A spokeswoman for Tarnside Police");
        assertThat(doc.speakers()).hasSize(1);
    }
    @Test
    void theAnswerAfterAQuestionInNarrationIsTheIntervieweesNotTheAskers() {
        ExtractedDocument doc = document("“I never stopped writing,” Marisol Quennell said.\n\n"
                + "A reporter then asked whether the bees had found their way into the book.\n\n"
                + "“Of course they did. You cannot watch a hive for years without thinking about it.”\n\n"
                + "Surely the title puzzles some readers?\n\n"
                + "“A winter cluster is what honeybees do when it gets cold.”");
        assertThat(speaker(quote(doc, "Of course they did")).name()).isEqualTo("Marisol Quennell");
        assertThat(speaker(quote(doc, "A winter cluster")).name()).isEqualTo("Marisol Quennell");
    }
    @Test
    void theFirstNameListDoesNotRuleOutTheSpeakerASheGoesOnWith() {
        // CoreNLP's list of first names takes "Priya" for a man's name; only the text may rule her out
        ExtractedDocument doc = document("Chief executive Nadia Lund said the device took three years.\n\n"
                + "Priya Samarasinghe, an analyst at Halberd & Oakes, said the price was sensible.\n\n"
                + "“This is fine,” Samarasinghe said. “If Lumora moves a few hundred thousand units, that is a win.”\n\n"
                + "She noted that two earlier readers had been recalled.\n\n"
                + "“The risk is the hinge,” Samarasinghe said. She added that the market was small.");
        assertThat(speaker(quote(doc, "two earlier readers")).name()).isEqualTo("Priya Samarasinghe");
        assertThat(speaker(quote(doc, "the market was small")).name()).isEqualTo("Priya Samarasinghe");
        assertThat(speaker(quote(doc, "This is fine")).gender()).isEqualTo(Gender.FEMALE);
    }
    @Test
    void aNounThatModifiesARoleIsNoRole() {
        ExtractedDocument doc = document("“Everybody wanted to hear a guitar again,” said festival director Naomi Achebe-Ross.\n\n"
                + "“Twelve people were treated for minor injuries,” the festival said in a statement.");
        assertThat(speaker(quote(doc, "Twelve people")).name()).isNotEqualTo("Naomi Achebe-Ross");
        ExtractedDocument director = document("“Everybody wanted to hear a guitar again,” said festival director Naomi "
                + "Achebe-Ross.\n\n“Honestly, so did I,” the director said.");
        assertThat(speaker(quote(director, "so did I")).name()).isEqualTo("Naomi Achebe-Ross");
    }
    @Test
    void theShortNameOfAnOrganisationIsThatOrganisationNotItsSpokesperson() {
        ExtractedDocument doc = document("An engine-room fire forced the evacuation of a ferry early Tuesday, the Aldmoor "
                + "Coast Guard said.\n\n"
                + "Coast guard spokesperson Lieutenant Commander Hakon Brevik-Solberg said the fire started in the port engine.\n\n"
                + "No injuries were reported, according to the coast guard.");
        Speaker.Known guard = speaker(quote(doc, "No injuries"));
        assertThat(guard.name()).isEqualTo("Aldmoor Coast Guard");
        assertThat(guard.entity()).isEqualTo(speaker(quote(doc, "An engine-room fire")).entity());
        assertThat(speaker(quote(doc, "the port engine")).name()).isEqualTo("Hakon Brevik-Solberg");
    }
    @Test
    void aSpeakingItIsTheThingThatSpokeBefore() {
        ExtractedDocument doc = document("Naomi Feldt-Ortega raised her concerns in at least four emails, the lawsuit alleges.\n\n"
                + "It also claims that Brightwater sold location records to three brokers.");
        Speaker.Known it = speaker(quote(doc, "sold location records"));
        assertThat(it.mention().text()).isEqualTo("It");
        assertThat(it.entity()).isEqualTo(speaker(quote(doc, "raised her concerns")).entity());
        assertThat(it.name()).isEqualToIgnoringCase("the lawsuit");
    }

    @Test
    void aDescriptionWithAnAgeIsThePersonGivenThatAge() {
        ExtractedDocument doc = document("The bakery on Quay Street belongs to Oskar Vanterpool, who welded ship hulls for 27 years.\n\n"
                + "“Dough is more stubborn than steel,” the 48-year-old said.\n\n"
                + "Ines Mbatha-Grove, who runs the shop next door, buys a loaf every morning. “He brings patience to it,” "
                + "Mbatha-Grove said.\n\n"
                + "The 48-year-old said flour prices had risen by a third since spring.");
        assertThat(speaker(quote(doc, "Dough is more stubborn")).name()).isEqualTo("Oskar Vanterpool");
        assertThat(speaker(quote(doc, "flour prices")).name()).isEqualTo("Oskar Vanterpool");
    }

    @Test
    void aPronounAfterADescribedSubjectIsThePersonItDescribes() {
        ExtractedDocument doc = document("Oskar Vanterpool opened the bakery last spring.\n\n"
                + "The former welder said that he had thought about moving inland.\n\n"
                + "Tomas Reyes-Quill worked beside him at the yard. “He never left a bad weld,” Reyes-Quill said.\n\n"
                + "The town expects two more shops to open on the street this year.\n\n"
                + "Asked whether he would open a second shop, the former welder laughed.\n\n"
                + "“One oven is plenty,” he said.");
        assertThat(speaker(quote(doc, "moving inland")).name()).isEqualTo("Oskar Vanterpool");
        assertThat(speaker(quote(doc, "One oven")).name()).isEqualTo("Oskar Vanterpool");
    }

    @Test
    void aDescribedSubjectRightAfterAnotherNamedPersonIsNotTheOneWithThatRoleLongBefore() {
        ExtractedDocument doc = document("Award-winning journalist Rosa Ellory-Banks spoke at the forum in May.\n\n"
                + "The panel also heard from Gustavo Prenn, a historian, and from two students.\n\n"
                + "After the forum, anchor Ilse Marrow-Teague sat down at her kitchen table. The veteran journalist "
                + "took an hour over the first line.\n\n"
                + "“I worry about what she will hear at school,” she wrote.");
        assertThat(speaker(quote(doc, "I worry")).name()).isEqualTo("Ilse Marrow-Teague");
    }

    @Test
    void aProfileCallsItsSubjectByEpithetsAndTheOthersByName() {
        ExtractedDocument doc = document("The bakery on Quay Street belongs to Oskar Vanterpool, who welded ship hulls for 27 years.\n\n"
                + "“Dough is more stubborn than steel,” the 48-year-old said.\n\n"
                + "The former welder said that he had burned a thousand loaves before selling one.\n\n"
                + "Among his customers is Ines Mbatha-Grove, a retired teacher. “The street smells better,” Mbatha-Grove said.\n\n"
                + "Regulars have started calling him the Dough Man.\n\n"
                + "“I would rather they called me Oskar,” the soft-spoken baker said.");
        assertThat(speaker(quote(doc, "rather they called")).name()).isEqualTo("Oskar Vanterpool");
    }

    @Test
    void aPersonsRoleIsSingular() {
        ExtractedDocument doc = document("Linden Mills took the lead through Danielle Oyelowo, the striker fans call the Rocket.\n\n"
                + "Harrowgate equalised late, and coach Tobias Wren praised his defence.\n\n"
                + "“We went flat in the last twenty minutes,” the striker said.");
        assertThat(speaker(quote(doc, "We went flat")).name()).isEqualTo("Danielle Oyelowo");
    }

    @Test
    void aHyphenatedSurnameTheTaggerSplitsIsStillThePerson() {
        ExtractedDocument doc = document("Chief executive Rosalind Achebe-Strand said the decision was painful.\n\n"
                + "“We have kept these routes alive with money we no longer have,” Achebe-Strand told reporters.");
        Speaker.Known later = speaker(quote(doc, "kept these routes"));
        assertThat(later.name()).isEqualTo("Rosalind Achebe-Strand");
        assertThat(later.entity()).isEqualTo(speaker(quote(doc, "the decision was painful")).entity());
    }

    @Test
    void aPluralPossessiveIsPartOfAnOrganisationsName() {
        ExtractedDocument doc = document("The Tanner Lane Tenants’ Association wrote on Facebook that its members would fill "
                + "the public gallery.");
        assertThat(speaker(quote(doc, "fill the public gallery")).name()).isEqualTo("Tanner Lane Tenants’ Association");
    }

    @Test
    void anIndefiniteDescriptionInTheLeadIsThePersonNamedNextWithThatRole() {
        ExtractedDocument doc = document("BRENNICK — A building inspector told a court on Wednesday that he had warned the "
                + "landlord about cracks in the balconies.\n\n"
                + "The inspector, Anselm Korhonen, said he had photographed rust stains in January.");
        assertThat(speaker(quote(doc, "warned the landlord")).name()).isEqualTo("Anselm Korhonen");
        assertThat(speaker(quote(doc, "warned the landlord")).mention().text()).isEqualTo("A building inspector");
        ExtractedDocument anonymous = document("A former employee, speaking on condition of anonymity, said the firm "
                + "ignored the warnings.\n\n"
                + "“I was never told,” said Jonah Ward-Keller, a current employee who attended the meeting.");
        assertThat(speaker(quote(anonymous, "ignored the warnings")).name()).isNotEqualTo("Jonah Ward-Keller");
    }

    @Test
    void aPronounAfterAPhraseNamingWhoAskedIsTheSpeakerBefore() {
        ExtractedDocument doc = document("Annika Lowell, a senior inspector with the city, told jurors that she visited the site twice.\n\n"
                + "“There was standing water behind that wall after every rain,” Lowell said.\n\n"
                + "Under cross-examination by the builder’s lawyer, Joanne Pryce-Whitley, she said that the final "
                + "inspection had been a visual check only.\n\n"
                + "As for Pryce-Whitley, she said the builder would appeal.");
        assertThat(speaker(quote(doc, "a visual check only")).name()).isEqualTo("Annika Lowell");
        assertThat(speaker(quote(doc, "would appeal")).name()).isEqualTo("Joanne Pryce-Whitley");
    }

    @Test
    void theDescriptionAgainIsTheUnnamedSourceWithItsQualifier() {
        ExtractedDocument doc = document("“The guidance is the real worry,” said Nikhil Soderberg, an analyst at Harwell Bank.\n\n"
                + "A person familiar with the matter said the board had discussed deeper cuts. The person, who asked not to "
                + "be named, said that several directors had argued for a sale.");
        Speaker.Known again = speaker(quote(doc, "argued for a sale"));
        assertThat(again.name()).isEqualTo("A person familiar with the matter");
        assertThat(again.entity()).isEqualTo(speaker(quote(doc, "deeper cuts")).entity());
    }

    @Test
    void aDescribedSubjectRightAfterTheNamedSubjectGivesThatPersonTheRole() {
        ExtractedDocument doc = document("HARROWGATE — Grace Okafor came on in the 82nd minute. The rookie did not hesitate.\n\n"
                + "Goalkeeper Petra Voss said she never saw the header.\n\n"
                + "“We will need more than a late header in the final,” said coach Tobias Wren.\n\n"
                + "Asked what she would remember, the rookie grinned.\n\n"
                + "“The bus ride home,” she said.");
        assertThat(speaker(quote(doc, "bus ride home")).name()).isEqualTo("Grace Okafor");
        ExtractedDocument minister = document("Infrastructure Minister Rhiannon Holbrook unveiled the fund last month.\n\n"
                + "Ilse Marrek, the opposition’s finance spokeswoman, called the proposal reckless. The minister has argued "
                + "that the current system adds fourteen months to every project.");
        assertThat(speaker(quote(minister, "fourteen months")).name()).isEqualTo("Rhiannon Holbrook");
    }

    @Test
    void aPronounGoesOnWithTheSubjectOfAnAppositionWhenThePersonNamedLastIsAnObject() {
        ExtractedDocument doc = document("Passenger Ilse Marrow-Quaid, 52, a teacher who was travelling with Greta Lund, "
                + "said the evacuation had been orderly.\n\n"
                + "“We smelled smoke first, and then the crew came,” she said.");
        Speaker.Known s = speaker(quote(doc, "smelled smoke"));
        assertThat(s.name()).isEqualTo("Ilse Marrow-Quaid");
        // an object with a relative clause of its own is what the pronoun after it goes on about
        ExtractedDocument relative = document("Councillor Dale Rusk, 61, spoke first. The vote has frustrated Mayor Owen Pratt, "
                + "who has spent two years on the plan. The only change he acknowledged was a later start date.");
        assertThat(speaker(quote(relative, "later start date")).name()).isEqualTo("Owen Pratt");
    }

    @Test
    void aPronounAfterASubjectAfterAFrontedPhraseStatesNoGenderForThePersonNamedBefore() {
        ExtractedDocument doc = document("At the Lantern bookshop, owner Marisol Tuttle says customers began asking about "
                + "the book in May.\n\n“People you would never expect are buying it,” Tuttle says.\n\n"
                + "Later that evening, a neighbour says she heard the shop alarm twice.");
        assertThat(gender(doc, "never expect")).isEqualTo(Gender.UNKNOWN);
        assertThat(gender(doc, "shop alarm")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aPossessiveBeforeAnAppositionThatIsNoPersonDoesNotHideTheGender() {
        assertThat(gender("Hal Brodeur said he had hauled his boats out of the water.\n\nAt the recreation centre, "
                + "a woman who gave only her first name, Bettina, said she had left with her two children.", "had left"))
                .isEqualTo(Gender.FEMALE);
    }

    @Test
    void aWordBeforeTheNameTheRecogniserFoundIsNoPartOfAnOrganisationsName() {
        ExtractedDocument doc = document("Thousands of fish died in the Marrow River last week. The state Department of "
                + "Primary Industries said it had closed the river to all fishing.");
        Speaker.Known s = speaker(quote(doc, "closed the river"));
        assertThat(s.name()).isEqualTo("Department of Primary Industries");
        assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        // a compound the recogniser tags in part keeps its first word
        assertThat(name("A super PAC supporting the governor said it would spend $2 million on ads.", "spend $2 million"))
                .contains("super PAC");
    }

    @Test
    void theSourceAgainIsTheUnnamedSourceTheArticleIntroduced() {
        ExtractedDocument doc = document("A source close to the couple told the Wexmoor Gazette that the pair had been "
                + "living apart since the spring. “It has been coming for a long time,” the source said.");
        assertThat(speaker(quote(doc, "coming for a long time")).entity())
                .isEqualTo(speaker(quote(doc, "living apart")).entity());
        // not past a poll the article names in between
        ExtractedDocument polls = document("A poll released Monday by the Harbour Institute found that Dale Rusk leads by "
                + "six points. The Northcote poll found that the race is tied. The poll also found that most voters "
                + "have not decided.");
        assertThat(speaker(quote(polls, "have not decided")).entity())
                .isNotEqualTo(speaker(quote(polls, "leads by")).entity());
    }

    @Test
    void aBareDescriptionOfAnOrganisationGoesOnWithTheOneThatOpenedTheSentenceBefore() {
        ExtractedDocument doc = document("The Westmarch Emergency Management Organization opened three shelters. "
                + "The Westmarch Emergency Management Organization said 400 people had registered.\n\n"
                + "The Northern Meteorological Service issued a new rainfall warning late Sunday. A second, weaker "
                + "system could bring another 30 millimetres on Tuesday, according to the agency.");
        assertThat(speaker(quote(doc, "A second, weaker")).name()).isEqualTo("Northern Meteorological Service");
    }

    @Test
    void onlyAfterAPossessiveIsPartOfTheDescription() {
        ExtractedDocument doc = document("Both islands depend on the ferry. The town's only grocer said on social media "
                + "that it had enough stock for about a week.");
        Speaker.Known s = speaker(quote(doc, "enough stock"));
        assertThat(s.mention().text()).isEqualTo("The town's only grocer");
        assertThat(s.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
    }

    @Test
    void aFirstNameJoinedToAFullNameSharesItsSurnameThoughNoListKnowsIt() {
        ExtractedDocument doc = document("Among the evacuees were Gord and Elaine Vasilakis, who have farmed on Birch Road "
                + "since 1990.\n\nMr. Vasilakis said they had 20 minutes to pack the car.\n\n"
                + "Mrs. Vasilakis said she kept looking back at the smoke.\n\n"
                + "Her husband added that they would stay with their daughter.");
        Speaker.Known him = speaker(quote(doc, "20 minutes"));
        Speaker.Known her = speaker(quote(doc, "looking back"));
        assertThat(him.name()).isEqualTo("Gord Vasilakis");
        assertThat(her.name()).isEqualTo("Elaine Vasilakis");
        assertThat(him.entity()).isNotEqualTo(her.entity());
        assertThat(speaker(quote(doc, "stay with their daughter")).entity()).isEqualTo(him.entity());
        // a word the article uses again on its own is someone's name already, not a first name to share
        ExtractedDocument two = document("Okwuosa met voters in Leeds on Monday.\n\n"
                + "Okwuosa and Ruth Kamau later said the plan had failed.\n\n“We will try again,” Okwuosa said.");
        assertThat(speaker(quote(two, "try again")).name()).isEqualTo("Okwuosa");
    }

    @Test
    void aPronounOfOnePersonIsNeverAGroupNorDoesItGiveTheGroupAGender() {
        ExtractedDocument doc = document("Premier Dan Whitfield flew to Seoul on Monday. In a nod to his old slogan, farmers "
                + "there carried signs, and they chanted: “Fair trade, fair pay!”\n\n"
                + "But he left behind an angry backlash, especially his warning that the province would fall to the "
                + "“back of the line” if it rejected the deal.");
        Speaker.Known warning = speaker(quote(doc, "back of the line"));
        assertThat(warning.mention().text()).isEqualTo("his");
        assertThat(warning.name()).isEqualTo("Dan Whitfield");
        Speaker.Known chant = speaker(quote(doc, "Fair trade"));
        assertThat(chant.mention().text()).isEqualTo("they");
        assertThat(chant.gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aSubjectPronounBeforeANameInItsClauseIsSomeoneElseAndGoesOn() {
        ExtractedDocument doc = document("Councillor Irene Mbeki has backed the transit levy. She stands fully behind "
                + "Mayor Hale's plan.\n\n"
                + "In a statement, her chief of staff, Tom Reyes, said: “The councillor believes in this.”\n\n"
                + "Hale said the vote would come in June.");
        assertThat(speaker(quote(doc, "The councillor believes")).name()).isEqualTo("Tom Reyes");
        // "her" is the councillor's, so nothing in the text makes the mayor a woman
        assertThat(speaker(quote(doc, "vote would come")).gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(doc.speakers()).filteredOn(e -> e.name().equals("Irene Mbeki"))
                .singleElement().extracting(SpeakerEntity::gender).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aRelativeTheArticleHasNotNamedIsNotTheLastWomanNamed() {
        ExtractedDocument doc = document("Trump spoke about the anchor Nell Carver, whom he had criticised for months.\n\n"
                + "Trump took the stage with a wave. His wife had warned him to act “presidential,” but he said he "
                + "would not change.");
        Speaker.Known s = speaker(quote(doc, "presidential"));
        assertThat(s.mention().text()).isEqualTo("His wife");
        assertThat(s.name()).isNotEqualTo("Nell Carver");
    }

    @Test
    void aPossessiveOpeningItsClauseIsNoOneNamedLaterInIt() {
        ExtractedDocument doc = document("Jonah Pike scored in overtime.\n\n"
                + "Storm coach Marisa Klein said the win was “ugly but necessary.” Her team blew a two-goal lead in the "
                + "third period before Eli Brandt and Pike connected.\n\n“We stopped skating,” Klein said.");
        assertThat(speaker(quote(doc, "We stopped skating")).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aFirstNameAndSurnameTaggedAnOrganisationAreAPersonWhenTheSurnameAloneIsOne() {
        ExtractedDocument doc = document("Pike, who had gone nine games without a goal, one-timed a pass from Eli Brandt "
                + "past Kings goalie Tomas Varga.\n\n"
                + "Brandt finished with three assists. “I just saw Jonah open,” Brandt said.");
        Speaker.Known s = speaker(quote(doc, "saw Jonah open"));
        assertThat(s.name()).isEqualTo("Eli Brandt");
        assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aTitleNamesEveryRoleALaterDescriptionMayUse() {
        ExtractedDocument doc = document("Mayor Olivia Grant said the town would lose a fifth of its tax base.\n\n"
                + "Rev. Samuel Adeyemi, whose church runs the food pantry, said residents had weathered worse. "
                + "“This town has been knocked down before,” the pastor said.");
        assertThat(speaker(quote(doc, "knocked down")).name()).isEqualTo("Samuel Adeyemi");
    }

    @Test
    void aNameEndingInAPluralOfCompanyNamesIsACompanyWhateverTheRecogniserSays() {
        ExtractedDocument doc = document("MILLBROOK — When Harlan Textiles announced in March that it would close its "
                + "Millbrook plant, the news travelled fast.\n\n"
                + "The company blamed rising energy costs and competition from overseas.");
        Speaker.Known first = speaker(quote(doc, "close its"));
        assertThat(first.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(speaker(quote(doc, "rising energy costs")).entity()).isEqualTo(first.entity());
    }

    @Test
    void anAcronymOfInitialsInParenthesesMakesANameAnOrganisationWhateverTheTaggerSays() {
        ExtractedDocument doc = document("Residents protested a plan by BC Coastal Ferries to cut winter sailings.\n\n"
                + "BC Coastal Ferries (BCCF) says the change is needed to address a shortage of crew. "
                + "“We simply cannot staff six sailings safely,” the company said in a statement. "
                + "BCCF added that it was recruiting.");
        Speaker.Known says = speaker(quote(doc, "shortage of crew"));
        assertThat(says.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(says.name()).isEqualTo("BC Coastal Ferries");
        assertThat(speaker(quote(doc, "cannot staff")).entity()).isEqualTo(says.entity());
        assertThat(speaker(quote(doc, "recruiting")).entity()).isEqualTo(says.entity());
    }

    @Test
    void aCaptainIsTheSkipperALaterDescriptionNames() {
        ExtractedDocument doc = document("Kingsgate had led through a penalty from captain Lee Barnes.\n\n"
                + "Athletic boss Martin Kerr said his team had been unlucky. “We had our chances,” Kerr said.\n\n"
                + "Barnes, 34, said afterwards that he would decide on his future in the summer. "
                + "“I'll sit down with my family,” the Kingsgate skipper said.");
        assertThat(speaker(quote(doc, "sit down")).name()).isEqualTo("Lee Barnes");
    }

    @Test
    void aMemberOfParliamentIsATitle() {
        ExtractedDocument doc = document("Local MP Graham Pike, who had urged the council to reject the scheme, said he was "
                + "“deeply disappointed”.");
        Speaker.Known s = speaker(quote(doc, "deeply disappointed"));
        assertThat(s.mention().text()).isEqualTo("Graham Pike");
        assertThat(s.role()).contains("Local MP");
    }

    @Test
    void aDescriptionIsNotSomeoneTheQuotationSpeaksOf() {
        ExtractedDocument doc = document("Vartan Melikian has fixed shoes on Queen Street since 1979.\n\n"
                + "Melikian came to Canada at 22. His first job was sweeping the floor for another cobbler, an Italian "
                + "named Sal, who taught him the trade.\n\n"
                + "“Sal was strict. If the stitching was crooked, he made me start again,” the 68-year-old recalls.");
        assertThat(speaker(quote(doc, "Sal was strict")).name()).isEqualTo("Vartan Melikian");
    }

    @Test
    void aModeratorOrANarratorTheArticleGaveNoOneIsSomeoneNew() {
        ExtractedDocument doc = document("Senator Ana Ruiz and Governor Tom Hale met in a debate on Tuesday.\n\n"
                + "When the moderator pointed out that Hale had not answered the question, he smiled.");
        Speaker.Known s = speaker(quote(doc, "had not answered"));
        assertThat(s.mention().text()).isEqualTo("the moderator");
        assertThat(s.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
    }

    @Test
    void anOfficeIntroducedWithoutANameIsTheOneItsDefiniteDescriptionMeans() {
        ExtractedDocument doc = document("Mayor Dana Cole spoke to reporters on Friday. A senior city official, who spoke "
                + "on condition of anonymity, said the audit would be released in May.\n\n"
                + "The official said the delay was the auditor's decision.");
        Speaker.Known first = speaker(quote(doc, "released in May"));
        Speaker.Known again = speaker(quote(doc, "auditor's decision"));
        assertThat(again.mention().text()).isEqualTo("The official");
        assertThat(again.entity()).isEqualTo(first.entity());
        assertThat(again.name()).isNotEqualTo("Dana Cole");
    }

    @Test
    void aTitleWithItsOfPhraseIsTheRoleOfTheNameAfterIt() {
        Speaker.Known before = speaker(quote(document("Minister of Finance Priya Nair said “we will balance the books.”"),
                "balance the books"));
        assertThat(before.name()).isEqualTo("Priya Nair");
        assertThat(before.mention().text()).isEqualTo("Priya Nair");
        assertThat(before.role()).contains("Minister of Finance");
        Speaker.Known board = speaker(quote(document("Chair of the Board Linda Park said “we have full confidence in the plan.”"),
                "full confidence"));
        assertThat(board.name()).isEqualTo("Linda Park");
        assertThat(board.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(board.role()).contains("Chair of the Board");
        Speaker.Known after = speaker(quote(document("The plan is dead, said Speaker of the Assembly Tom Hale on Monday."),
                "plan is dead"));
        assertThat(after.name()).isEqualTo("Tom Hale");
        assertThat(after.role()).contains("Speaker of the Assembly");
    }

    @Test
    void aNounForPeopleWithAPrepositionalPhraseIsNotThePersonItNames() {
        Speaker.Known witness = speaker(quote(document("The first witness in the fraud trial of former credit union manager "
                + "Glenn Roarke told the court that she had never seen him angry."), "never seen him angry"));
        assertThat(witness.name()).isNotEqualTo("Glenn Roarke");
        Speaker.Known supporters = speaker(quote(document("Supporters of Democrat Ana Ruiz say the plan is fair."), "plan is fair"));
        assertThat(supporters.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        assertThat(supporters.mention().text()).isEqualTo("Supporters of Democrat Ana Ruiz");
        ExtractedDocument official = document("Mayor Dan Ortiz won a second term on Sunday.\n\n"
                + "Turnout was low, said a campaign official for Ortiz, who asked not to be named.");
        assertThat(speaker(quote(official, "Turnout was low")).name()).isNotEqualTo("Dan Ortiz");
    }

    @Test
    void aRelativeClauseAfterAThingWithANameIsThatPersons() {
        ExtractedDocument doc = document("Mayor Dan Ortiz lost the vote on the harbour levy on Tuesday.\n\n"
                + "The ruling was a symbolic victory for Ortiz, who has long complained that the council ignores the port.");
        Speaker.Known s = speaker(quote(doc, "council ignores the port"));
        assertThat(s.name()).isEqualTo("Dan Ortiz");
        assertThat(s.mention().text()).isEqualTo("who");
        ExtractedDocument often = document("Mayor Dan Ortiz lost the vote on the harbour levy on Tuesday.\n\n"
                + "The ruling was a symbolic victory for Ortiz, who has often said that the council ignores the port.");
        assertThat(speaker(quote(often, "council ignores the port")).name()).isEqualTo("Dan Ortiz");
    }

    @Test
    void aPlaceTheArticleNamesBeforeAWordOfCompanyNamesIsAnOrganisation() {
        ExtractedDocument doc = document("HALIFAX — More than 120,000 homes and businesses in Nova Scotia were without power "
                + "on Sunday after a late-season storm brought winds of up to 140 kilometres an hour to the province's south shore.\n\n"
                + "Nova Scotia Power said crews from New Brunswick and Maine had been called in to help.");
        Speaker.Known s = speaker(quote(doc, "crews from New Brunswick"));
        assertThat(s.name()).isEqualTo("Nova Scotia Power");
        assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void someoneOfANamedPersonIsNeitherThatPersonNorTheLastOneNamed() {
        ExtractedDocument doc = document("Sen. Tom Hale and Gov. Ana Ruiz toured the flooded plant on Monday.\n\n"
                + "Ruiz's doctor said the governor was in excellent health.");
        Speaker.Known s = speaker(quote(doc, "excellent health"));
        assertThat(s.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        assertThat(s.name()).isNotIn("Ana Ruiz", "Tom Hale");
    }

    @Test
    void aSpokespersonForSomeoneIsThePersonNamedRightAfterWithThatRole() {
        ExtractedDocument doc = document("Sen. Rachel Dunmore posted a chart on Wednesday.\n\n"
                + "According to a spokesperson for Dunmore, the senator stands by every word. The spokesperson, Jill Ferris, "
                + "said in an email that the post was fair.");
        Speaker.Known first = speaker(quote(doc, "stands by every word"));
        Speaker.Known named = speaker(quote(doc, "the post was fair"));
        assertThat(first.mention().text()).isEqualTo("a spokesperson for Dunmore");
        assertThat(first.name()).isEqualTo("Jill Ferris");
        assertThat(first.entity()).isEqualTo(named.entity());
    }

    @Test
    void aQuantityWithThanIsPartOfItsDescription() {
        Speaker.Known s = speaker(quote(document("A study of more than 4,000 nurses in Ontario has found that night shifts "
                + "raise blood pressure."), "night shifts"));
        assertThat(s.mention().text()).isEqualTo("A study of more than 4,000 nurses in Ontario");
        assertThat(s.name()).isEqualTo("A study of more than 4,000 nurses");
        Speaker.Known share = speaker(quote(document("Fewer than 15 percent of Republicans said they would vote for the levy."),
                "vote for the levy"));
        assertThat(share.name()).isEqualTo("Fewer than 15 percent of Republicans");
    }

    @Test
    void aDescriptionWithAPlaceIsSomeoneTheArticleTiesToThatPlace() {
        ExtractedDocument doc = document("Florida Sen. Marco Ruiz met Sen. Joni Dahl, R-Iowa, in Des Moines on Monday.\n\n"
                + "The Florida senator told reporters he felt good about the caucuses.");
        assertThat(speaker(quote(doc, "felt good")).name()).isEqualTo("Marco Ruiz");
        ExtractedDocument tiedToNone = document("Kentucky Sen. Ralph Penn spoke in Concord on Monday. Bernard Sand held a rally "
                + "in Nashua.\n\nThe Vermont senator said he was confident.");
        Speaker.Known s = speaker(quote(tiedToNone, "he was confident"));
        assertThat(s.name()).isNotEqualTo("Ralph Penn");
        assertThat(s.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        ExtractedDocument apposition = document("The Ohio governor, Gov. John Kale, was in Iowa too. Gov. Chris Dent of "
                + "New Jersey skipped the event. The Ohio governor said he would return.");
        assertThat(speaker(quote(apposition, "would return")).name()).isEqualTo("John Kale");
    }

    @Test
    void aDescriptionWithAPlaceIsTheOneWithTheRoleEvenWhenSomeoneElseWasNamedSince() {
        ExtractedDocument doc = document("Attorney General Eric Schneider ordered the foundation to stop raising money. "
                + "Donald Trump called the order a political hit job.\n\n"
                + "The New York state attorney general is confirming that the foundation is not registered as a charity.");
        assertThat(speaker(quote(doc, "not registered")).name()).isEqualTo("Eric Schneider");
    }

    @Test
    void aDescriptionWithAPlaceIsNoOneWithTheRoleNamedInAnotherPartOfTheArticle() {
        String filler = "The campaign bus stopped at a diner, a fire hall and a school gym before noon. ".repeat(30);
        ExtractedDocument doc = document("Sen. Ralph Penn toured a mill on Monday.\n\n"
                + filler + "\n\nBernard Sand held a rally in Nashua. The Vermont senator said he was confident.");
        assertThat(speaker(quote(doc, "was confident")).name()).isNotEqualTo("Ralph Penn");
    }

    @Test
    void aDescriptionWithAPlaceIsTheOneWithTheRoleWhenTheArticleTiesThemToNoPlace() {
        ExtractedDocument doc = document("Sen. Luis Ortega is blaming the media for his poor showing.\n\n"
                + "In an interview with Fox News, the Florida senator said reporters had written him off.");
        Speaker.Known s = speaker(quote(doc, "written him off"));
        assertThat(s.name()).isEqualTo("Luis Ortega");
        assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aWordForSomeOfAGroupIsADescriptionNotAName() {
        ExtractedDocument doc = document("The council met on Monday.\n\nMost said they had made up their minds. "
                + "Many said they were worried. Half said the plan was too expensive. Nearly half said the levy was fair.");
        for (String words : List.of("made up their minds", "were worried", "too expensive", "levy was fair")) {
            assertThat(speaker(quote(doc, words)).kind()).as(words).isEqualTo(SpeakerKind.DESCRIPTION);
        }
    }

    @Test
    void theSubjectOfARelativeClauseOnANamedObjectIsSomeoneElse() {
        ExtractedDocument doc = document("Linda Marsh has not decided. Her husband, Gary, made up his mind months ago. "
                + "He is backing Harlan, whom he calls “the only grown-up in the room.”");
        assertThat(speaker(quote(doc, "grown-up")).name()).isNotEqualTo("Harlan").contains("Gary");
    }

    @Test
    void anAcronymOfTheWordsOfANameIsThatOrganisationInEitherOrder() {
        ExtractedDocument doc = document("NRA vows to fight Voss\n\nThe National Rifle Association says it will spend $30 million "
                + "against her.\n\nThe NRA said it would win.");
        Speaker.Known headline = speaker(quote(doc, "to fight Voss"));
        Speaker.Known full = speaker(quote(doc, "$30 million"));
        Speaker.Known later = speaker(quote(doc, "would win"));
        assertThat(full.name()).isEqualTo("National Rifle Association");
        assertThat(headline.entity()).isEqualTo(full.entity()).isEqualTo(later.entity());
        assertThat(doc.speakers()).hasSize(1);
    }

    @Test
    void aThingPublishedOnADayIsTheSpeakerNotTheDay() {
        ExtractedDocument doc = document("The Monmouth University poll released Wednesday found Voss with 46 percent support "
                + "among likely voters.");
        Speaker.Known s = speaker(quote(doc, "46 percent"));
        assertThat(s.mention().text()).isEqualTo("The Monmouth University poll");
    }

    @Test
    void aNameBeforeADescriptionAtAnOrganisationsCampusIsTheSpeaker() {
        ExtractedDocument doc = document("Rick Hale, an election law expert at the University of California, Irvine, wrote on "
                + "his blog that the judge had pulled no punches.");
        Speaker.Known s = speaker(quote(doc, "pulled no punches"));
        assertThat(s.mention().text()).isEqualTo("Rick Hale");
        assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void theOneOfThemANameIsGivenToIsTheSpeaker() {
        ExtractedDocument doc = document("Residents held up jugs of brown water. One of them, LaShonda Grimes, said she had "
                + "driven 10 hours to be there.");
        Speaker.Known s = speaker(quote(doc, "driven 10 hours"));
        assertThat(s.name()).isEqualTo("LaShonda Grimes");
    }

    @Test
    void aDayInAParticiplesPhraseIsNoOneInApposition() {
        ExtractedDocument doc = document("The report, released Thursday, found that at least 22 emails contained secrets.");
        Speaker.Known s = speaker(quote(doc, "22 emails"));
        assertThat(s.mention().text()).isEqualTo("The report");
        assertThat(s.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
    }

    @Test
    void aPronounInTheReportOfSomeoneOfANamedPersonDoesNotGiveThemAGender() {
        ExtractedDocument doc = document("Hillary Clinton's top spokesman insisted on Sunday that the former secretary of "
                + "state never sent classified material on her private email server.");
        Speaker.Known s = speaker(quote(doc, "classified material"));
        assertThat(s.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
        assertThat(s.gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void theStatementANameIssuedInAFrontedPhraseIsThatNamesSpeech() {
        ExtractedDocument doc = document("In a statement, Donald Trump said he was very appreciative of Paul Manafort's work. "
                + "“Paul is a true professional,” the statement said.");
        Speaker.Known s = speaker(quote(doc, "true professional"));
        assertThat(s.name()).isEqualTo("Donald Trump");
        assertThat(s.mention().text()).isEqualTo("the statement");
    }

    @Test
    void aGeneralTheArticleGaveNoOneWithinReachIsSomeoneNew() {
        ExtractedDocument doc = document("Bernie Sanders spoke in Iowa on Monday. The intelligence community's "
                + "inspector general had indicated that some of the emails contained top secret material.");
        Speaker.Known s = speaker(quote(doc, "top secret"));
        assertThat(s.name()).isNotEqualTo("Bernie Sanders");
        assertThat(s.kind()).isEqualTo(SpeakerKind.DESCRIPTION);
    }

    @Test
    void aDescriptionOpeningTheSentenceAfterATitledSubjectIsThatSubject() {
        ExtractedDocument doc = document("Councillor Martin Peel said the budget had been cut by a third.\n"
                + "Retired teacher Graham Fenwick, 78, said he used the library's computers every week. "
                + "The pensioner said he did not own a computer himself.\n"
                + "The first witness, the clinic's owner, Dr. Farid Haddad, testified that he trusted the bookkeeper. "
                + "The dentist said he first noticed a problem when a cheque bounced.");
        assertThat(speaker(quote(doc, "own a computer")).name()).isEqualTo("Graham Fenwick");
        assertThat(speaker(quote(doc, "first noticed")).name()).isEqualTo("Farid Haddad");
    }

    @Test
    void aNameEndingAHeadlineAndOpeningTheNextLineIsNotOneNameTwice() {
        ExtractedDocument doc = document("Flour, long nights and a fourth shop: a conversation with Amara Osei\n"
                + "Amara Osei opened her bakery in a former shoe shop in 2019.\n"
                + "“Customers have been kind about it,” Osei says.");
        assertThat(speaker(quote(doc, "Customers")).name()).isEqualTo("Amara Osei");
    }

    @Test
    void aNameInAppositionWithItsPrepositionalPhraseIsTheSpeaker() {
        ExtractedDocument doc = document("Another analyst, Marc Bisson of Laurentian Capital, said the bank's "
                + "capital position remained solid.");
        Speaker.Known s = speaker(quote(doc, "capital position"));
        assertThat(s.name()).isEqualTo("Marc Bisson");
        assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aTitleAfterAPossessiveIsARoleNotAName() {
        ExtractedDocument doc = document("Residents protested on Tuesday.\n"
                + "Millbrook's MP, Sarah Linton, has written to the council. In her letter, the MP said the closure "
                + "would hit the most isolated residents hardest.\n"
                + "Local MP Tom Harris said the plan was cruel.");
        Speaker.Known s = speaker(quote(doc, "isolated residents"));
        assertThat(s.name()).isEqualTo("Sarah Linton");
        assertThat(doc.speakers()).noneMatch(e -> e.name().equals("MP"));
    }

    @Test
    void anAcronymOfANameWithTheIsThatOrganisation() {
        ExtractedDocument doc = document("The Office of the Superintendent of Financial Institutions (OSFI) said it "
                + "would raise the buffer. In a statement, OSFI said the change would protect depositors.");
        assertThat(speaker(quote(doc, "raise the buffer")).entity()).isEqualTo(speaker(quote(doc, "protect depositors")).entity());
    }

    @Test
    void anOrganisationWithAndWithoutItsOfPhraseIsOne() {
        ExtractedDocument doc = document("Northgate Bank profit slips as loan losses climb\n"
                + "TORONTO — Northgate Bank of Canada reported a drop in quarterly profit on Thursday.\n"
                + "Northgate shares fell 3.4 per cent. The bank said it would keep its dividend.");
        Speaker.Known s = speaker(quote(doc, "keep its dividend"));
        assertThat(s.name()).isEqualTo("Northgate Bank of Canada");
        assertThat(doc.speakers()).filteredOn(e -> e.kind() == SpeakerKind.ORGANIZATION).hasSize(1);
    }

    @Test
    void aFirstNameTheListGivesBothGendersDoesNotOverruleThePronoun() {
        ExtractedDocument doc = document("Tom Arsenault spoke first.\n"
                + "“The provisions were higher than anyone modelled,” said Priya Dhillon, an analyst at Clearwater "
                + "Securities. She cut her price target on the stock.");
        assertThat(speaker(quote(doc, "provisions")).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void theyOpeningASentenceIsTheGroupThatOpenedTheOneBefore() {
        ExtractedDocument doc = document("The researchers, from the University of Kent, measured skulls collected over "
                + "four decades. They found that urban foxes had shorter snouts.\n"
                + "The results of the study were published on Wednesday. They showed that the foxes were smaller.");
        Speaker.Known s = speaker(quote(doc, "shorter snouts"));
        assertThat(s.name()).isEqualTo("The researchers");
        assertThat(s.mention().text()).isEqualTo("They");
        assertThat(speaker(quote(doc, "foxes were smaller")).name()).isNotEqualTo("The results");
    }

    @Test
    void aPronounAfterADescriptionInAppositionIsThePersonNotTheOneItsOfPhraseNames() {
        ExtractedDocument doc = document("Gun debate\nBernie Sanders said he opposed the lawsuits.\n"
                + "Erica Lind, the 30-year-old daughter of Principal Dawn Hale, complained during Friday's press "
                + "conference — excerpts of which the campaign emailed to reporters afterwards — that Sanders had "
                + "ignored her call to admit his stance was wrong.");
        Quote call = doc.quotes().stream().filter(q -> q.cue().present().map(c -> c.text().equals("call")).orElse(false))
                .findFirst().orElseThrow();
        assertThat(speaker(call).name()).isEqualTo("Erica Lind");
    }

    @Test
    void aDescriptionOpeningTheSentenceAfterTheLastSpeakersOwnIsThatSpeaker() {
        ExtractedDocument doc = document("Health Minister Sylvia Jones's office said the minister was monitoring the talks.\n"
                + "Emergency room nurse Kelly Tran, who has worked at the hospital for 12 years, said she voted yes. "
                + "The mother of three said she had never walked a picket line.");
        assertThat(speaker(quote(doc, "picket line")).name()).isEqualTo("Kelly Tran");
    }

    @Test
    void aDefiniteDescriptionOfACompanyWithModifiersIsTheCompanyNamed() {
        ExtractedDocument doc = document("Brightwave cuts jobs\n"
                + "SAN FRANCISCO — Brightwave Media will cut about 1,200 jobs, the streaming company said on Tuesday.\n"
                + "The state quality board said it would publish new figures in March.");
        Speaker.Known s = speaker(quote(doc, "1,200 jobs"));
        assertThat(s.name()).isEqualTo("Brightwave Media");
        assertThat(s.mention().text()).isEqualTo("the streaming company");
        // words of its own make a description another body than the one that spoke before
        assertThat(speaker(quote(doc, "new figures")).name()).isNotEqualTo("Brightwave Media");
    }

    @Test
    void anOrganisationsNameWithAndIsTheSpeakerNotItsLastWords() {
        ExtractedDocument doc = document("Rail strike\nThe Brotherhood of Locomotive Engineers and Trainmen (BLET) called "
                + "the post “a slap in the face” to its members.");
        Speaker.Known s = speaker(quote(doc, "slap in the face"));
        assertThat(s.name()).isEqualTo("Brotherhood of Locomotive Engineers and Trainmen");
        assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aListOfNamesIsNotAnOrganisation() {
        ExtractedDocument doc = document("In an interview with CNN, Trump said the debate was rigged.");
        assertThat(speaker(quote(doc, "debate was rigged")).mention().text()).isEqualTo("Trump");
    }

    @Test
    void anArtifactsPossessorIsItsMaker() {
        ExtractedDocument doc = document("Dr. Ingrid Solberg leads a team of six at the University of Bergen. Her latest "
                + "paper argues that meltwater can warn of collapses.\nSen. Tom Rourke spoke on Friday. Rourke's "
                + "statement said the strike must end.");
        Speaker.Known paper = speaker(quote(doc, "meltwater"));
        assertThat(paper.name()).isEqualTo("Ingrid Solberg");
        assertThat(paper.mention().text()).isEqualTo("Her latest paper");
        assertThat(speaker(quote(doc, "strike must end")).name()).isEqualTo("Tom Rourke");
    }

    @Test
    void theUnionIsNotAnOrganisationOfAnotherKind() {
        ExtractedDocument doc = document("Dr. Ingrid Solberg works at the University of Bergen.\n"
                + "The union said its members were angry.");
        assertThat(speaker(quote(doc, "members were angry")).name()).isNotEqualTo("University of Bergen");
    }

    @Test
    void aPossessorOpeningTheSentenceBeforeADescriptionIsNotItsSubject() {
        ExtractedDocument doc = document("A county judge has rejected a media request to unseal the file, saying the courts "
                + "have no business deciding what voters need.\nHowever, Dana Lorne's brief said the reports were "
                + "mistaken.\nThe judge agreed with Dana Lorne that there was no reason to intrude on her privacy.");
        assertThat(speaker(quote(doc, "no business")).name()).isNotEqualTo("Dana Lorne");
        assertThat(speaker(quote(doc, "no reason to intrude")).name()).isNotEqualTo("Dana Lorne");
    }

    @Test
    void aPersonsFamilyIsNotThatPerson() {
        ExtractedDocument doc = document("Keith Marlow, 43, was shot by an officer on Tuesday. Marlow's family has called "
                + "on police to release the videos.");
        Speaker.Known s = speaker(quote(doc, "release the videos"));
        assertThat(s.name()).isNotEqualTo("Keith Marlow");
        assertThat(s.mention().text()).isEqualTo("Marlow's family");
    }

    @Test
    void aDescriptionsOwnWordsRuleOutAnOrganisationWhoseNameLacksThem() {
        ExtractedDocument doc = document("The U.S. Supreme Court declined to hear a related case in May.\n"
                + "The appeals court ruled that the practice was unlawful.");
        assertThat(speaker(quote(doc, "practice was unlawful")).name()).isNotEqualTo("U.S. Supreme Court");
    }

    @Test
    void aDescriptionAfterAQuotationIsTheSubjectWhoSpokeInTheSentenceBefore() {
        ExtractedDocument doc = document("Coun. Priya Natarajan called the vote a turning point.\n"
                + "Frank Dziedzic, who has run a hardware store on Main Street for 31 years, said the loss of parking "
                + "would drive customers away. “People aren't going to carry a bag of cement on a bicycle,” the "
                + "shopkeeper said.");
        assertThat(speaker(quote(doc, "bag of cement")).name()).isEqualTo("Frank Dziedzic");
    }

    @Test
    void aMinistryNamedInEitherOrderIsOne() {
        ExtractedDocument doc = document("Justice Department weighs charges\n"
                + "The Department of Justice said on Monday it was reviewing the case.\n"
                + "The Justice Department later said charges were unlikely.");
        assertThat(speaker(quote(doc, "reviewing the case")).entity())
                .isEqualTo(speaker(quote(doc, "charges were unlikely")).entity());
    }
}
