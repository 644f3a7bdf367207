package dev.verbatim.cli;

import dev.verbatim.Cue;
import dev.verbatim.ExtractedDocument;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.Quote;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerEntity;
import dev.verbatim.SpeakerKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The HTML view in a real browser: Debian's {@code chromium}, headless, driven by Selenium through
 * Debian's {@code chromedriver} (both given by path, so Selenium Manager never looks for a driver).
 * {@code .ci/run} installs the two packages when they are missing; without them this test fails,
 * unless {@code -Dverbatim.browser.skip=true} is given (for local runs on a machine without them).
 *
 * <p>The checks of attributions use pages of direct quotes ({@code --types direct}), whose expected
 * speakers are the seed article's gold; the styles of the three quote types are checked on a page
 * made from constructed quotes. Saves a screenshot of the seed article's page with every quote type
 * (what {@code report} writes by default) to {@code target/html-view/seed-article.png}; with
 * {@code -Dverbatim.screenshot.update=true} also to {@code src/site/resources/images/html-view.png},
 * the picture in the README.
 */
class HtmlViewBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("verbatim.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("verbatim.chromedriver", "/usr/bin/chromedriver"));
    private static final Path OUT = Path.of("target/html-view");
    static final Path README_IMAGE = Path.of("src/site/resources/images/html-view.png");

    private static WebDriver driver;
    /** The seed article's direct quotes, its page with every type, two articles' direct quotes, the styles. */
    private static Path seedPage;
    private static Path seedAllTypesPage;
    private static Path corpusPage;
    private static Path stylesPage;

    private static void run(String... args) {
        Cli.Result r = Cli.run("", Cli.SHARED, false, args);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @BeforeAll
    static void pagesAndBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            assumeFalse(Boolean.getBoolean("verbatim.browser.skip"), "no browser; skipped by -Dverbatim.browser.skip=true");
            fail("The HTML view is tested in Chromium: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (Debian "
                    + "packages chromium and chromium-driver, which .ci/run installs). To skip this test on a machine "
                    + "without them, run with -Dverbatim.browser.skip=true.");
        }
        Files.createDirectories(OUT);
        seedPage = OUT.resolve("seed-article-direct.html").toAbsolutePath();
        run("report", "--types", "direct", "--output", seedPage.toString(), "test-corpus/seed-article.txt");
        seedAllTypesPage = OUT.resolve("seed-article.html").toAbsolutePath();
        run("report", "--output", seedAllTypesPage.toString(), "test-corpus/seed-article.txt");
        stylesPage = OUT.resolve("styles.html").toAbsolutePath();
        Files.writeString(stylesPage, stylesPage());

        Path corpus = Files.createDirectories(OUT.resolve("corpus"));
        Files.copy(Path.of("test-corpus/seed-article.txt"), corpus.resolve("a-seed-article.txt"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(corpus.resolve("b-hostile.txt"), "<script>alert(1)</script>\n"
                + "<img src=x onerror=\"document.body.dataset.pwned = 'img'\"><script>document.title = 'pwned'</script>\n"
                + "“Nothing <b>here</b> runs,” said Ann Lee, a security researcher.\n");
        corpusPage = OUT.resolve("corpus.html").toAbsolutePath();
        run("extract", "--format", "html", "--types", "direct", "--output", corpusPage.toString(), corpus.toString());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("verbatim-chromium"), "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The text of the element's tooltip as the browser renders it now: "none" when hidden. */
    private static String tooltip(WebElement e) {
        String content = (String) js("return getComputedStyle(arguments[0], '::after').content", e);
        return content.length() > 1 && content.startsWith("\"") && content.endsWith("\"")
                ? content.substring(1, content.length() - 1) : content;
    }

    /** The computed value as the page's script would read it (colours as rgb(...), not WebDriver's rgba). */
    private static String computed(WebElement e, String property) {
        return (String) js("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", e, property);
    }

    private static String css(WebElement e, String property) {
        return e.getCssValue(property);
    }

    @Test
    void theSeedArticleShowsItsFourDirectQuotesInTheirSpeakersColours() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(seedPage.toUri().toString());
        List<WebElement> pieces = driver.findElements(By.cssSelector(".doc .q.direct"));
        Map<String, String> speakerOfQuote = new LinkedHashMap<>();
        Map<String, String> textOfQuote = new LinkedHashMap<>();
        for (WebElement piece : pieces) {
            speakerOfQuote.put(piece.getAttribute("data-quote"), piece.getAttribute("data-speaker"));
            textOfQuote.merge(piece.getAttribute("data-quote"), piece.getText(), String::concat);
        }
        assertThat(speakerOfQuote.values()).containsExactly("Vladimir Putin", "Vladimir Putin", "Vladimir Putin", "Dmitry Peskov");
        assertThat(textOfQuote.values()).contains("We are set on serious negotiations with Ukraine,",
                "Europe is actually confronting us very openly,");

        // highlighted: each quote filled with the colour of its speaker's swatch in the legend
        String putin = css(driver.findElement(By.cssSelector(".legend li[data-speaker='Vladimir Putin'] .swatch")), "background-color");
        String peskov = css(driver.findElement(By.cssSelector(".legend li[data-speaker='Dmitry Peskov'] .swatch")), "background-color");
        assertThat(putin).isNotEqualTo(peskov).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        for (WebElement piece : pieces) {
            assertThat(css(piece, "background-color")).as(piece.getText())
                    .isEqualTo(piece.getAttribute("data-speaker").equals("Dmitry Peskov") ? peskov : putin);
            assertThat(piece.isDisplayed()).isTrue();
        }
        // the legend counts the quotes
        assertThat(driver.findElement(By.cssSelector(".legend li[data-speaker='Vladimir Putin'] .total")).getText()).isEqualTo("3");
        assertThat(driver.findElement(By.cssSelector(".legend li[data-speaker='Dmitry Peskov'] .total")).getText()).isEqualTo("1");
        // the direct quotes' cues underlined, their speaker mentions marked
        List<String> direct = List.copyOf(speakerOfQuote.keySet());
        List<WebElement> cues = driver.findElements(By.cssSelector(".doc .cue")).stream()
                .filter(c -> direct.stream().anyMatch(n -> List.of(c.getAttribute("data-quotes").split(" ")).contains(n))).toList();
        assertThat(cues).extracting(WebElement::getText).containsExactly("said", "affirmed", "stating", "remarked");
        assertThat(cues).allSatisfy(c -> assertThat(css(c, "text-decoration-line")).isEqualTo("underline"));
        List<WebElement> mentions = driver.findElements(By.cssSelector(".doc .mention")).stream()
                .filter(m -> direct.stream().anyMatch(n -> List.of(m.getAttribute("data-quotes").split(" ")).contains(n))).toList();
        assertThat(mentions).extracting(WebElement::getText).containsExactly("Putin", "he", "He", "Dmitry Peskov");
        assertThat(mentions).allSatisfy(m -> assertThat(css(m, "outline-style")).isEqualTo("solid"));

        // hovering over a quote shows its speaker, type, rule and confidence; nothing shows before
        WebElement peskovQuote = driver.findElement(By.cssSelector(".q.direct[data-speaker='Dmitry Peskov']"));
        assertThat(tooltip(peskovQuote)).isEqualTo("none");
        new Actions(driver).moveToElement(peskovQuote).perform();
        assertThat(tooltip(peskovQuote)).contains("Dmitry Peskov", "Kremlin spokesman", "DIRECT", "rule ", "confidence 0.");
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
        assertThat(tooltip(peskovQuote)).isEqualTo("none");
    }

    @Test
    void theDefaultPageOfTheSeedArticleIsThePicture() throws IOException {
        // the picture: the page report writes (every quote type), the pointer on Putin's second direct quote
        driver.manage().window().setSize(new Dimension(1280, 1250));
        driver.get(seedAllTypesPage.toUri().toString());
        js("window.scrollTo(0, 0)");
        WebElement second = driver.findElements(By.cssSelector(".doc .q.direct")).get(1);
        new Actions(driver).moveToElement(second).perform();
        assertThat(tooltip(second)).startsWith("Vladimir Putin · DIRECT");
        saveScreenshot(OUT.resolve("seed-article.png"));
        if (Boolean.getBoolean("verbatim.screenshot.update")) {
            Files.createDirectories(README_IMAGE.getParent());
            Files.copy(OUT.resolve("seed-article.png"), README_IMAGE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void directMixedAndReportedQuotesLookDifferent() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(stylesPage.toUri().toString());
        WebElement direct = driver.findElement(By.cssSelector(".doc .q.direct"));
        WebElement mixed = driver.findElement(By.cssSelector(".doc .q.mixed"));
        WebElement indirect = driver.findElement(By.cssSelector(".doc .q.indirect"));
        // direct: filled with the speaker's light colour; mixed: striped; reported: no fill, dotted line
        assertThat(css(direct, "background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(css(direct, "background-image")).isEqualTo("none");
        assertThat(css(mixed, "background-image")).startsWith("repeating-linear-gradient(");
        assertThat(css(indirect, "background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(css(indirect, "background-image")).isEqualTo("none");
        assertThat(css(indirect, "border-bottom-style")).isEqualTo("dotted");
        assertThat(css(direct, "border-bottom-style")).isEqualTo("none");
        // the speaker's colour marks each: Ann's quotes share it, Bob's differs
        String annLine = computed(direct, "box-shadow");
        assertThat(annLine).isEqualTo(computed(mixed, "box-shadow")).contains(computed(indirect, "border-bottom-color"))
                .doesNotContain(computed(driver.findElement(By.cssSelector(".doc .mention[data-speaker='Bob']")), "color"));
        new Actions(driver).moveToElement(indirect).perform();
        assertThat(tooltip(indirect)).isEqualTo("Ann · INDIRECT · rule reported-clause · confidence 0.75");
        saveScreenshot(OUT.resolve("styles.png"));
    }

    /** A page of constructed quotes of the three types: Ann's direct, mixed and indirect, and Bob's. */
    private static String stylesPage() {
        String text = "“We will open on Monday,” said Ann. Ann said the ferry would “run as before” and that fares "
                + "would stay. Bob said nothing changes.";
        Speaker.Known ann = new Speaker.Known(new Mention(new Span(31, 34), "Ann"), "Ann", SpeakerKind.PERSON, Optional.empty(),
                0, Gender.FEMALE);
        int bobAt = text.indexOf("Bob");
        Speaker.Known bob = new Speaker.Known(new Mention(new Span(bobAt, bobAt + 3), "Bob"), "Bob", SpeakerKind.PERSON,
                Optional.empty(), 1, Gender.MALE);
        int mixedAt = text.indexOf("the ferry");
        int mixedEnd = text.indexOf(" and that");
        int indirectAt = text.indexOf("that fares");
        int indirectEnd = text.indexOf(". Bob");
        int bobSaid = text.indexOf("said nothing");
        List<Quote> quotes = List.of(
                new Quote(QuoteType.DIRECT, "We will open on Monday,", List.of(new Span(1, 24)), ann,
                        new Cue.Present(new Span(26, 30), "said", "say"), 0.95, 0, "cue-after-quote"),
                new Quote(QuoteType.MIXED, text.substring(mixedAt, mixedEnd), List.of(new Span(mixedAt, mixedEnd)),
                        ann.withEntity(0, Gender.FEMALE), Cue.absent(), 0.8, 0, "reported-clause"),
                new Quote(QuoteType.INDIRECT, text.substring(indirectAt, indirectEnd), List.of(new Span(indirectAt, indirectEnd)),
                        ann, Cue.absent(), 0.75, 0, "reported-clause"),
                new Quote(QuoteType.INDIRECT, "nothing changes", List.of(new Span(bobSaid + 5, bobSaid + 20)), bob,
                        new Cue.Present(new Span(bobSaid, bobSaid + 4), "said", "say"), 0.75, 0, "reported-clause"));
        List<SpeakerEntity> speakers = List.of(
                new SpeakerEntity(0, "Ann", SpeakerKind.PERSON, List.of(), Gender.FEMALE, List.of(ann.mention()),
                        Map.of(QuoteType.DIRECT, 1, QuoteType.MIXED, 1, QuoteType.INDIRECT, 1)),
                new SpeakerEntity(1, "Bob", SpeakerKind.PERSON, List.of(), Gender.MALE, List.of(bob.mention()),
                        Map.of(QuoteType.INDIRECT, 1)));
        return HtmlView.page("styles", List.of(new Batch.Result(Document.of("styles.txt", text),
                new ExtractedDocument(quotes, speakers), null)));
    }

    @Test
    void keyboardFocusShowsTheDetailsToo() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(seedPage.toUri().toString());
        WebElement focused = null;
        for (int i = 0; i < 10; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if (focused.getAttribute("data-quote") != null) {
                break;
            }
        }
        assertThat(focused.getAttribute("data-quote")).as("a quote is reached with the Tab key").isEqualTo("1");
        assertThat(tooltip(focused)).startsWith(focused.getAttribute("data-speaker") + " · " + focused.getAttribute("data-type")
                + " · rule ").contains("Vladimir Putin");
    }

    @Test
    void aHostileArticleRunsNoScriptAndStaysText() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(corpusPage.toUri().toString());
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.getTitle()).isEqualTo("Verbatim: corpus");
        assertThat(js("return document.scripts.length + document.images.length")).isEqualTo(0L);
        assertThat(js("return document.body.dataset.pwned === undefined")).isEqualTo(true);
        WebElement hostile = driver.findElement(By.id("doc-2"));
        assertThat(hostile.findElement(By.cssSelector(".text")).getText())
                .startsWith("<script>alert(1)</script>\n<img src=x onerror=")
                .contains("<script>document.title = 'pwned'</script>");
        assertThat(hostile.findElements(By.cssSelector(".q.direct"))).extracting(WebElement::getText)
                .containsExactly("Nothing <b>here</b> runs,");
    }

    @Test
    void severalArticlesHaveAnIndexRankingTheirSpeakers() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(corpusPage.toUri().toString());
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : driver.findElements(By.cssSelector(".index tbody tr"))) {
            rows.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).limit(4).toList());
        }
        assertThat(rows).containsExactly(List.of("1", "Vladimir Putin", "person", "3"), List.of("2", "Ann Lee", "person", "1"),
                List.of("3", "Dmitry Peskov", "person", "1"));
        driver.findElement(By.linkText("b-hostile.txt")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#doc-2");
    }

    @Test
    void onAPhoneTheLegendComesFirstAndNothingOverflows() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(seedPage.toUri().toString());
        long viewport = (Long) js("return document.documentElement.clientWidth");
        assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(viewport);
        WebElement legend = driver.findElement(By.cssSelector(".legend"));
        WebElement text = driver.findElement(By.cssSelector(".doc .text"));
        assertThat(legend.getRect().getY()).isLessThan(text.getRect().getY());
        assertThat(text.getRect().getWidth()).isGreaterThan((int) (viewport * 0.8));
        saveScreenshot(OUT.resolve("seed-article-phone.png"));
    }

    private static void saveScreenshot(Path to) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, to, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(to)).isGreaterThan(10_000);
    }
}
