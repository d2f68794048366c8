package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.parley.ingest.ArticleReader;
import org.parley.pipeline.IngestJob;
import org.parley.pipeline.IngestOptions;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.ProgressListener;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;
import org.parley.store.TextSearch;

/**
 * The explorer in a real browser: headless Chromium (the Debian packages {@code chromium} and
 * {@code chromium-driver}, driven by Selenium through {@code /usr/bin/chromedriver}) against embedded servers on
 * loopback ports. One server holds the graph the pipeline builds from {@code data/articles} (with the full-text
 * index, as {@code ./parley run} serves it); a second one holds only the hand-written example graph
 * {@code ontology/examples/istanbul-talks.ttl} (events, a delegation, a post) and no text index, and is reached
 * cross-origin with {@code ?endpoint=}. Each test fails if the page logged a script error, and leaves a
 * screenshot in {@code target/explorer/}.
 */
class ExplorerIT {
    static {
        JenaSystem.init();
    }

    /** Selenium logs through java.util.logging; its notes on DevTools versions (not used here) are noise. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "explorer");
    static final Duration WAIT = Duration.ofSeconds(30);

    static KnowledgeStore seeds;
    static KnowledgeStore example;
    static ParleyServer seedServer;
    static ParleyServer exampleServer;
    static String root;
    static Path profile;
    static ChromeDriverService service;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        // CI installs the browser (.ci/run); without it this test must fail, not skip
        for (String exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(exe))) {
                fail(exe + " is missing: install the Debian packages chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver; .ci/run does it)");
            }
        }
        seeds = KnowledgeStore.inMemory();
        TextSearch.attachInMemory(seeds.dataset());
        new IngestJob(PipelineResources.load(ParleyNamespaces.defaults()), seeds,
                new IngestOptions(2, Set.of("eng"), false, false), new ArticleReader())
                .run(List.of(Path.of("data/articles")), ProgressListener.NONE);
        seedServer = server(seeds);
        root = "http://127.0.0.1:" + seedServer.port();

        example = KnowledgeStore.inMemory();
        example.replace(new ArticleGraph("example", NodeFactory.createURI("https://w3id.org/parley/id/graph/example"), "d1",
                RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl")));
        exampleServer = server(example);

        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("parley-chromium-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--window-size=1400,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    private static ParleyServer server(KnowledgeStore store) {
        ParleyServer.Builder b = ParleyServer.builder().dataset(store.dataset()).port(0);
        LinkedDataServlet.install(b, store.dataset(), ParleyNamespaces.defaults());
        ExploreServlet.install(b);
        return b.build().start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (service != null) service.stop();
        if (seedServer != null) seedServer.stop();
        if (exampleServer != null) exampleServer.stop();
        if (seeds != null) seeds.close();
        if (example != null) example.close();
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** A URL whose failed loads a test expects in the browser's log. */
    private static String failingUrl;

    @BeforeEach
    void fresh() {
        driver.manage().logs().get(LogType.BROWSER);   // drop what earlier tests left in the log
        failingUrl = null;
    }

    /** A screenshot of every test (kept as an artifact), and no script error, whatever the test checked. */
    @AfterEach
    void screenshotAndErrors(TestInfo info) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve("explorer-" + info.getTestMethod().orElseThrow().getName() + ".png"), png);
        assertNoScriptErrors();
    }

    private static void assertNoScriptErrors() {
        Object collected = js("return window.parleyErrors ? window.parleyErrors.slice() : ['the error collector is missing'];");
        assertEquals(List.of(), collected, "script errors on the page");
        List<String> severe = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            boolean expected = failingUrl != null && e.getMessage().startsWith(failingUrl + " - Failed to load resource");
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !expected) severe.add(e.getMessage());
        }
        assertEquals(List.of(), severe, "errors in the browser console");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Waits for a graph node with this label; returns it. */
    private static WebElement node(String label) {
        return waiting().withMessage("a graph node labelled '" + label + "'")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph g.node[data-label=\"" + label + "\"]")));
    }

    private static List<String> nodeLabels() {
        return driver.findElements(By.cssSelector("#graph g.node")).stream().map(e -> e.getAttribute("data-label")).toList();
    }

    private static void search(String text) {
        WebElement box = waiting().until(ExpectedConditions.elementToBeClickable(By.id("search")));
        box.clear();
        box.sendKeys(text);
    }

    @Test
    void searchUmerovShowsHisNeighbourhoodAndTheSourceSentence() throws IOException {
        driver.get(root + "/explore");
        assertEquals("Parley explorer", driver.getTitle());
        // the search box has the focus when the page opens: type, pick the result with the keyboard
        assertEquals("search", driver.switchTo().activeElement().getAttribute("id"));
        search("Umerov");
        WebElement result = waiting().withMessage("a search result 'Rustem Umerov'").until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[@id='results']/li[@role='option'][.//span[@class='result-label' and text()='Rustem Umerov']]")));
        assertEquals("true", driver.findElement(By.id("search")).getAttribute("aria-expanded"));
        assertTrue(result.getText().contains("Person"), result.getText());
        WebElement box = driver.findElement(By.id("search"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(result.getAttribute("id"), box.getAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ENTER);

        WebElement umerov = node("Rustem Umerov");
        assertEquals("person", umerov.getAttribute("data-kind"));
        // the seeds name him with Ukraine ("The Ukrainian team in Istanbul was led by Defence Minister Rustem Umerov.")
        WebElement ukraine = node("Ukraine");
        assertEquals("state", ukraine.getAttribute("data-kind"));
        assertTrue(nodeLabels().contains("Istanbul"), nodeLabels().toString());
        // the co-occurrence link (facts add others: his delegation of Ukraine, his post)
        WebElement edge = driver.findElements(By.cssSelector("#graph g.edge[aria-label*=\"Ukraine\"]")).stream()
                .filter(e -> e.getAttribute("aria-label").contains("same sentence")).findFirst()
                .orElseThrow(() -> new AssertionError("no same-sentence edge to Ukraine"));
        assertTrue(edge.getAttribute("aria-label").matches("Rustem Umerov and Ukraine are named in the same sentence (once|\\d+ times)"),
                edge.getAttribute("aria-label"));
        assertTrue(edge.getAttribute("data-label").matches("×\\d+"), edge.getAttribute("data-label"));

        // the details panel opened with the person's source sentences, his name marked at its offsets
        WebElement panel = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel")));
        assertEquals("Rustem Umerov", driver.findElement(By.id("panel-title")).getText());
        WebElement mark = waiting().withMessage("a source sentence with the mention marked").until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel .mentions ul.sentences li q.sentence mark")));
        assertEquals("Rustem Umerov", mark.getText());
        WebElement sentence = mark.findElement(By.xpath("./ancestor::q[1]"));
        assertEquals("The Ukrainian team in Istanbul was led by Defence Minister Rustem Umerov.", sentence.getText());
        WebElement articleLink = sentence.findElement(By.xpath("./ancestor::div[@class='article']/h4/a"));
        assertTrue(articleLink.getAttribute("href").startsWith(root + "/parley/id/article/"), articleLink.getAttribute("href"));
        assertTrue(articleLink.getAttribute("title").startsWith("https://w3id.org/parley/id/article/"));

        Files.write(SCREENSHOTS.resolve("explorer-umerov.png"), driver.getScreenshotAs(OutputType.BYTES));

        // the link to Ukraine: the sentences naming both, each name marked
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", edge);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-title"), "→"));
        WebElement both = waiting().withMessage("a sentence naming both").until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#panel .mentions q.sentence")));
        List<String> marks = both.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertEquals(2, marks.size(), marks.toString());
        assertTrue(marks.contains("Rustem Umerov"), marks.toString());
        assertTrue(marks.stream().anyMatch(m -> m.startsWith("Ukrain")), marks.toString());

        // Escape closes the panel
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(panel));

        // a node can be expanded from the keyboard: Tab to it, E shows its neighbours
        int before = driver.findElements(By.cssSelector("#graph g.node")).size();
        WebElement istanbul = node("Istanbul");
        js("arguments[0].focus();", istanbul);
        driver.switchTo().activeElement().sendKeys("e");
        waiting().withMessage("Istanbul's neighbours").until(d -> d.findElements(By.cssSelector("#graph g.node")).size() > before);
        assertTrue(istanbul.getAttribute("class").contains("expanded"));
    }

    /** The facts around Umerov: the delegation of Ukraine he led and the Istanbul talks it went to. */
    @Test
    void umerovsDelegationAndTheIstanbulTalks() {
        driver.get(root + "/explore");
        search("Umerov");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li.result"))).click();
        node("Rustem Umerov");
        WebElement delegation = waiting().withMessage("the Ukrainian delegation").until(d -> d.findElements(
                By.cssSelector("#graph g.node.kind-delegation")).stream().filter(e -> e.getAttribute("data-label").contains("Ukrain"))
                .findFirst().orElse(null));
        WebElement talks = waiting().withMessage("the Istanbul talks").until(d -> d.findElements(
                By.cssSelector("#graph g.node.kind-event")).stream().filter(e -> e.getAttribute("data-label").contains("Istanbul"))
                .findFirst().orElse(null));
        assertTrue(delegation.isDisplayed() && talks.isDisplayed());
        // the talks are on the timeline, with participants and their roles
        WebElement card = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#timeline li.event-card[data-iri=\"" + talks.getAttribute("data-iri") + "\"]")));
        assertTrue(card.getText().contains("Participants:"), card.getText());
    }

    @Test
    void eventsTimelineAndClaimsFromAnotherServer() throws IOException {
        // the page of one server, the data of another (cross-origin), which has no full-text index
        driver.get(root + "/explore/?endpoint=" + exampleServer.sparqlUrl());
        assertEquals(exampleServer.sparqlUrl(), waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("endpoint-link"))).getText());

        // the timeline: both events of 16 May 2025, with participants and roles, place and sources
        waiting().withMessage("two events on the timeline").until(d -> d.findElements(By.cssSelector("#timeline li.event-card")).size() == 2);
        WebElement talksCard = driver.findElement(By.cssSelector(
                "#timeline li.event-card[data-iri=\"https://w3id.org/parley/id/event/istanbul-talks-2025-05-16\"]"));
        String text = talksCard.getText();
        assertTrue(text.contains("16 May 2025"), text);
        assertTrue(text.contains("Russia–Ukraine talks in Istanbul, 16 May 2025"), text);
        assertTrue(text.contains("Turkey (host)"), text);
        assertTrue(text.contains("Russia (negotiating party)"), text);
        assertTrue(text.contains("Place: Istanbul"), text);
        assertTrue(text.contains("led by Rustem Umerov"), text);
        WebElement source = talksCard.findElement(By.cssSelector("a"));
        assertEquals("Russia and Ukraine meet in Istanbul", source.getText());
        assertEquals("2 of 2 events", driver.findElement(By.id("timeline-count")).getText());

        // picking an event on the timeline draws it with its neighbourhood
        talksCard.findElement(By.cssSelector("button.event-title")).click();
        WebElement talks = node("Russia–Ukraine talks in Istanbul, 16 May 2025");
        assertEquals("event", talks.getAttribute("data-kind"));
        node("Turkey");
        node("Istanbul");
        assertEquals("delegation", node("Ukraine's delegation to the Istanbul talks").getAttribute("data-kind"));
        WebElement host = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#graph g.edge[data-label=\"host\"]")));
        assertTrue(host.getAttribute("aria-label").contains("Turkey"), host.getAttribute("aria-label"));
        // the panel lists the event's participants with their roles
        WebElement event = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel .participants")));
        assertTrue(event.getText().contains("Turkey — host"), event.getText());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel .evidence q.sentence")));
        List<String> evidence = driver.findElements(By.cssSelector("#panel .evidence q.sentence")).stream().map(WebElement::getText).toList();
        assertTrue(evidence.contains("Russia and Ukraine held their first direct talks since 2022 in Istanbul on Friday."), evidence.toString());

        // a date range after the talks hides the events in the graph and on the timeline
        setDate("time-from", "2025-06-01");
        waiting().until(d -> "0 of 2 events".equals(d.findElement(By.id("timeline-count")).getText()));
        assertFalse(talks.isDisplayed(), "the talks are outside the range");
        // Turkey is no event: not filtered out (checked on the node's class, not by Selenium's isDisplayed, which
        // also says false for a node the layout has moved outside the drawing's clipped area)
        WebElement turkey = node("Turkey");
        waiting().withMessage("Turkey not filtered out").until(d -> !turkey.getAttribute("class").contains("filtered"));
        driver.findElement(By.id("time-reset")).click();
        waiting().until(ExpectedConditions.visibilityOf(talks));

        // a click on the link Turkey -- host --> talks: the relation and the sentences naming both
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", host);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-title"), "→"));
        assertTrue(driver.findElement(By.cssSelector("#panel .relations")).getText().contains("host"));

        // the search falls back to matching labels when the server has no text index
        search("umer");
        WebElement result = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li.result")));
        assertEquals("Rustem Umerov", result.findElement(By.className("result-label")).getText());
        assertTrue(driver.findElement(By.id("status")).getText().contains("label match"), driver.findElement(By.id("status")).getText());
        result.click();
        node("Defence Minister of Ukraine");
        node("Ukraine's delegation to the Istanbul talks");
        // the delegation is expanded on the way, so the talks are there too
        node("Russia–Ukraine talks in Istanbul, 16 May 2025");
    }

    @Test
    void anEndpointThatFailsIsReportedOnThePage() {
        failingUrl = root + "/no-such-dataset/sparql";
        driver.get(root + "/explore?endpoint=" + root + "/no-such-dataset/sparql");
        search("Umerov");
        WebElement error = waiting().withMessage("an error message").until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(error.getText().matches("The SPARQL endpoint answered 4\\d\\d: .+"), error.getText());
        assertEquals("alert", error.getAttribute("role"));

        // an endpoint that is not an http(s) URL is refused, and the page uses its own server's
        driver.get(root + "/explore?endpoint=javascript:alert(1)");
        WebElement refused = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(refused.getText().startsWith("Not an http(s) SPARQL endpoint: javascript:alert(1)"), refused.getText());
        assertEquals(seedServer.sparqlUrl(), driver.findElement(By.id("endpoint-link")).getAttribute("href"));
    }

    private static void setDate(String id, String iso) {
        js("const i = document.getElementById(arguments[0]); i.value = arguments[1]; i.dispatchEvent(new Event('change', {bubbles: true}));",
                id, iso);
    }
}
