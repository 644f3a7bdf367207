package dev.verbatim;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed article and the library's general contract. */
class QuoteExtractorTest {

    private final QuoteExtractor extractor = SharedExtractor.get();

    private static String seed() throws IOException {
        Path p = Path.of("test-corpus/seed-article.txt");
        Assumptions.assumeTrue(Files.exists(p), "seed article present");
        return Files.readString(p);
    }

    /** The span of {@code words}, found in {@code text} right after an opening mark. */
    private static Span spanAfterMark(String text, String words) {
        int at = text.indexOf(words);
        assertThat(at).as("fixture contains %s", words).isPositive();
        assertThat(text.charAt(at - 1)).isEqualTo('“');
        return new Span(at, at + words.length());
    }

    @Test
    void seedArticleGivesExactlyTheFourDirectQuotes() throws IOException {
        String text = seed();
        List<Quote> quotes = extractor.extract(text).stream().filter(q -> q.type() == QuoteType.DIRECT).toList();
        assertThat(quotes).hasSize(4);
        // the same as a DIRECT-only extractor gives (entity ids aside: they number every speaker of the document)
        assertThat(SharedExtractor.direct().extract(text)).extracting(QuoteExtractorTest::withoutEntity)
                .isEqualTo(quotes.stream().map(QuoteExtractorTest::withoutEntity).toList());

        String istanbul = "We would like to start immediately, already next Thursday, May 15, in Istanbul, where they "
                + "were held before and where they were interrupted,";
        Quote q0 = quotes.get(0);
        assertThat(q0.spans()).containsExactly(spanAfterMark(text, istanbul));
        assertThat(q0.text()).isEqualTo(istanbul);
        assertThat(q0.speakerName()).contains("Vladimir Putin");
        assertThat(q0.knownSpeaker().orElseThrow().mention().text()).isEqualTo("Putin");
        assertThat(q0.cue().present().orElseThrow().text()).isEqualTo("said");
        assertThat(q0.paragraph()).isEqualTo(2);

        Quote q1 = quotes.get(1);
        assertThat(q1.spans()).containsExactly(spanAfterMark(text, "We are set on serious negotiations with Ukraine,"));
        assertThat(q1.knownSpeaker().orElseThrow().mention().text()).isEqualTo("he");
        assertThat(q1.speakerName()).contains("Vladimir Putin");
        assertThat(q1.cue().present().orElseThrow().text()).isEqualTo("affirmed");

        Quote q2 = quotes.get(2);
        assertThat(q2.text()).startsWith("We do not exclude");
        assertThat(q2.spans()).containsExactly(spanAfterMark(text, q2.text()));
        assertThat(q2.speakerName()).contains("Vladimir Putin");
        assertThat(q2.cue().present().orElseThrow().text()).isEqualTo("stating");

        Quote q3 = quotes.get(3);
        assertThat(q3.spans()).containsExactly(spanAfterMark(text, "Europe is actually confronting us very openly,"));
        Speaker.Known peskov = q3.knownSpeaker().orElseThrow();
        assertThat(peskov.name()).isEqualTo("Dmitry Peskov");
        assertThat(peskov.mention().text()).isEqualTo("Dmitry Peskov");
        assertThat(peskov.role()).contains("Kremlin spokesman");
        assertThat(peskov.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(q3.cue().present().orElseThrow().text()).isEqualTo("remarked");

        for (Quote q : quotes) {
            for (Span s : q.spans()) {
                assertThat(text.substring(s.begin(), s.end())).doesNotContain("Putin’s").doesNotContain("Russia’s");
            }
        }
    }

    @Test
    void seedArticleReportsPutinsIndirectStatements() throws IOException {
        String text = seed();
        List<Quote> indirect = extractor.extract(text).stream().filter(q -> q.type() == QuoteType.INDIRECT).toList();
        assertReported(text, indirect, List.of("that there are many questions about the new proposed rule that remain to be "
                + "sorted out"), "He", "admitted");
        assertReported(text, indirect, List.of("that negotiations with the public are key to solving these worries"), "he",
                "reiterated");
        // split by its cue: "Now, he said, the choice … has shifted to Ukraine."
        assertReported(text, indirect, List.of("Now", "the choice to continue that discussion has shifted to Ukraine"), "he",
                "said");
    }

    private static List<Object> withoutEntity(Quote q) {
        return List.of(q.type(), q.spans(), q.speakerName(), q.knownSpeaker().map(k -> k.mention()), q.cue(),
                q.confidence(), q.rule());
    }

    @Test
    void seedArticleSpeakersAreTwoEntities() throws IOException {
        ExtractedDocument doc = extractor.extractDocument(seed());
        SpeakerEntity putin = doc.speakers().stream().filter(s -> s.name().equals("Vladimir Putin")).findFirst().orElseThrow();
        SpeakerEntity peskov = doc.speakers().stream().filter(s -> s.name().equals("Dmitry Peskov")).findFirst().orElseThrow();
        assertThat(putin.entity()).isNotEqualTo(peskov.entity());
        assertThat(putin.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(putin.gender()).isEqualTo(Gender.MALE); // from "he"
        assertThat(putin.mentions()).extracting(Mention::text).contains("Putin", "he", "He");
        assertThat(putin.quoteCount(QuoteType.DIRECT)).isEqualTo(3);
        assertThat(peskov.roles()).containsExactly("Kremlin spokesman");
        assertThat(peskov.gender()).isEqualTo(Gender.UNKNOWN); // "spokesman" says nothing of it
        for (Quote q : doc.quotes()) {
            if (q.speakerName().filter(n -> n.equals("Vladimir Putin")).isPresent()) {
                assertThat(q.knownSpeaker().orElseThrow().entity()).isEqualTo(putin.entity());
                assertThat(q.knownSpeaker().orElseThrow().gender()).isEqualTo(Gender.MALE);
            }
        }
    }

    /** The INDIRECT quote with exactly these spans is Vladimir Putin's, with this mention and cue. */
    private static void assertReported(String text, List<Quote> quotes, List<String> spans, String mention, String cue) {
        Quote q = quotes.stream().filter(x -> x.spans().stream().map(s -> s.textOf(text)).toList().equals(spans))
                .findFirst().orElseThrow(() -> new AssertionError("no INDIRECT quote with spans " + spans + " in " + quotes));
        Speaker.Known speaker = q.knownSpeaker().orElseThrow();
        assertThat(speaker.name()).isEqualTo("Vladimir Putin");
        assertThat(speaker.mention().text()).isEqualTo(mention);
        assertThat(q.cue().present().orElseThrow().text()).isEqualTo(cue);
        assertThat(q.text()).isEqualTo(String.join(" ", spans));
    }

    @Test
    void spansAlwaysPointAtTheQuotedText() throws IOException {
        String text = seed();
        for (Quote q : extractor.extract(text)) {
            StringBuilder joined = new StringBuilder();
            for (Span s : q.spans()) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(text, s.begin(), s.end());
            }
            assertThat(q.text()).isEqualTo(joined.toString());
            assertThat(q.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void nullIsRejectedWithTheArgumentName() {
        assertThatThrownBy(() -> extractor.extract(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }

    @Test
    void textWithoutQuotesGivesAnEmptyList() {
        assertThat(extractor.extract("")).isEmpty();
        assertThat(extractor.extract("   \n\t ")).isEmpty();
        assertThat(extractor.extract("Markets rose on Tuesday. Putin’s aides won’t comment.")).isEmpty();
        assertThat(SharedExtractor.direct().extract("Markets rose on Tuesday. Analysts said prices would fall.")).isEmpty();
    }

    @Test
    void offsetsSurviveCharactersOutsideTheBasicPlane() {
        String text = "🎉🎉 Fans cheered. “We did it 🏆,” said coach Ana Ruiz.";
        Quote q = extractor.extract(text).get(0);
        assertThat(q.spans().get(0).textOf(text)).isEqualTo("We did it 🏆,");
        assertThat(q.knownSpeaker().orElseThrow().mention().span().textOf(text)).isEqualTo("Ana Ruiz");
    }
}
