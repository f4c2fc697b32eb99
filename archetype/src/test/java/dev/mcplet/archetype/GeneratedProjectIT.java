package dev.mcplet.archetype;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.deploychecks.CfnLint;
import dev.mcplet.deploychecks.Command;
import dev.mcplet.deploychecks.FreePort;
import dev.mcplet.deploychecks.JarServer;
import dev.mcplet.deploychecks.SamTemplate;
import dev.mcplet.deploychecks.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a new user does, with the archetype this build just packaged: {@code mvn archetype:generate}
 * (the README's command), then {@code mvn verify} in the generated project, {@code java -jar} on
 * its jar, the checks of its {@code template.yaml}, the build step {@code sam build} runs, and a
 * newcomer's own tool classes dropped into it without touching its pom.
 *
 * <p>The child Maven runs with a local repository of its own ({@code target/it-repo}, where
 * {@code invoker:install} put this build's artifacts), so nothing from {@code ~/.m2}'s mcplet
 * snapshots can stand in for them; plugins and third-party artifacts come from this build's
 * local repository (releases only) and then Maven Central.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedProjectIT {

    private static final String GROUP = "com.example";
    private static final String ARTIFACT = "hello-mcp";
    private static final String PACKAGE = "com.example.hello";
    private static final String HANDLER = PACKAGE + ".LambdaHandler";
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(10);
    private static final Pattern TESTS_RUN = Pattern.compile(
            "Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)\\s*$", Pattern.MULTILINE);

    private final Path work = Path.of(System.getProperty("mcplet.it.work"));
    private final Path project = work.resolve(ARTIFACT);
    private final Path newcomer = work.resolve("newcomer").resolve(ARTIFACT);
    private final Path jar = project.resolve("target").resolve(ARTIFACT + ".jar");
    private final Path root = Path.of(System.getProperty("mcplet.root.dir"));
    private Path settings;
    private Command.Result verify;

    @BeforeAll
    void generateAndBuild() throws Exception {
        Trees.delete(work);
        // An (empty) .mvn of its own: Maven would otherwise take this repository's .mvn as the
        // generated project's root configuration.
        Files.createDirectories(work.resolve(".mvn"));
        settings = writeSettings();

        Command.Result generate = maven(work, false, "org.apache.maven.plugins:maven-archetype-plugin:"
                        + System.getProperty("mcplet.archetype.plugin.version") + ":generate",
                "-DarchetypeGroupId=dev.mcplet", "-DarchetypeArtifactId=mcplet-archetype",
                "-DarchetypeVersion=" + System.getProperty("mcplet.archetype.version"),
                "-DgroupId=" + GROUP, "-DartifactId=" + ARTIFACT, "-Dpackage=" + PACKAGE, "-DinteractiveMode=false");
        assertEquals(0, generate.exitCode(), "archetype:generate:\n" + generate.output());
        // The pristine project, for the newcomer test, before anything is built in it.
        Trees.copy(project, newcomer, Set.of("target"));

        verify = maven(project, false, "verify");
    }

    @Test
    @Order(1)
    void generatesAStandAloneProject() throws IOException {
        String pom = Files.readString(project.resolve("pom.xml"));
        assertFalse(pom.contains("<parent>"), "the generated pom must not inherit mcplet's parent:\n" + pom);
        assertTrue(pom.contains("<artifactId>mcplet-bom</artifactId>") && pom.contains("<scope>import</scope>"), pom);
        assertTrue(pom.contains("<mcplet.version>" + System.getProperty("mcplet.archetype.version") + "</mcplet.version>"), pom);
        assertTrue(pom.contains("<groupId>" + GROUP + "</groupId>") && pom.contains("<artifactId>" + ARTIFACT + "</artifactId>"), pom);
        Path sources = project.resolve("src/main/java").resolve(PACKAGE.replace('.', '/'));
        for (String file : List.of("GreetingTools.java", "ServerFactory.java", "LambdaHandler.java", "LocalMain.java")) {
            assertTrue(Files.readString(sources.resolve(file)).startsWith("package " + PACKAGE + ";"), file);
        }
        for (String file : List.of("template.yaml", "Makefile", "README.md", ".gitignore")) {
            assertTrue(Files.isRegularFile(project.resolve(file)), file);
        }
        assertTrue(Files.readAllLines(project.resolve("Makefile")).stream().anyMatch(line -> line.startsWith("\t$(MVN)")),
                "the Makefile's recipe lines keep their tabs");
        List<String> unfilled = new ArrayList<>();
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(file -> !project.relativize(file).startsWith("target"))::iterator) {
                String text = Files.readString(file);
                if (text.contains("${package}") || text.contains("${artifactId}") || text.contains("${mcpletVersion}")
                        || text.contains("@project.version@")) {
                    unfilled.add(project.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), unfilled, "files with archetype placeholders left");
    }

    @Test
    @Order(2)
    void mvnVerifyPassesWithItsOwnTests() {
        assertEquals(0, verify.exitCode(), "mvn verify in the generated project:\n" + verify.output());
        int[] totals = testTotals(verify.output());
        assertTrue(totals[0] >= 5, "the generated tests ran: " + totals[0]);
        assertEquals(0, totals[1] + totals[2] + totals[3], "failures, errors, skipped:\n" + verify.output());
    }

    @Test
    @Order(3)
    void buildsOneShadedJarWithTheHandlerAndAMainClass() throws IOException {
        long size = Files.size(jar);
        System.out.println("[archetype] " + jar.getFileName() + ": " + size + " bytes");
        // 3.5 MB: the project reads MCPLET_AUTH_* (Authorization.fromEnvironment), so Nimbus
        // JOSE+JWT (about 0.7 MB) stays in the minimised jar; it is not loaded without authorization.
        assertTrue(size < 3_500_000, "the minimised jar is " + size + " bytes");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals(PACKAGE + ".LocalMain", file.getManifest().getMainAttributes().getValue("Main-Class"));
            for (String entry : List.of(HANDLER.replace('.', '/') + ".class",
                    PACKAGE.replace('.', '/') + "/GreetingTools_McpTools.class",
                    "dev/mcplet/server/lambda/McpLambdaHandler.class",
                    "com/amazonaws/services/lambda/runtime/RequestStreamHandler.class",
                    "org/crac/Core.class")) {
                assertNotNull(file.getEntry(entry), entry + " is not in " + jar);
            }
            assertTrue(file.stream().map(JarEntry::getName).noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")),
                    "no signature files");
            assertTrue(file.stream().map(JarEntry::getName).noneMatch(name -> name.startsWith("dev/mcplet/test/")),
                    "the test kit stays out of the deployable jar");
        }
    }

    @Test
    @Order(4)
    void javaDashJarServesOnTheHostAndPortGiven() throws Exception {
        int port = FreePort.outsideTheEphemeralRange();
        try (JarServer server = JarServer.start(jar, Map.of("HOST", "127.0.0.1", "PORT", String.valueOf(port)))) {
            System.out.println("[archetype] " + server.firstLine());
            assertEquals("http://127.0.0.1:" + port + "/mcp", server.endpoint().toString(), server.firstLine());
            HttpResponse<String> list = server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
            assertEquals(200, list.statusCode(), list.body());
            assertTrue(list.body().contains("\"name\":\"greet\""), list.body());
            HttpResponse<String> greet = server.post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"greet\",\"arguments\":{\"name\":\"Ada\",\"language\":\"FRENCH\"}}}");
            assertTrue(greet.body().contains("\"text\":\"Bonjour, Ada !\""), greet.body());
            String last = server.terminate();
            assertTrue(last != null && last.contains("stopped"), "shutdown line: " + last);
        }
    }

    @Test
    @Order(5)
    void theTemplateIsAValidSamTemplateForThisJar() throws IOException {
        JsonNode template = SamTemplate.read(project.resolve("template.yaml"));
        List<String> errors = SamTemplate.schemaErrors(template);
        assertTrue(errors.isEmpty(), "template.yaml does not match the SAM schema:\n" + String.join("\n", errors));
        JsonNode function = template.path("Resources").path("McpFunction");
        JsonNode properties = function.path("Properties");
        assertEquals("AWS::Serverless::Function", function.path("Type").asText());
        assertEquals(HANDLER + "::handleRequest", properties.path("Handler").asText());
        assertEquals("PublishedVersions", properties.path("SnapStart").path("ApplyOn").asText());
        assertEquals("live", properties.path("AutoPublishAlias").asText());
        assertTrue(properties.path("Runtime").asText().matches("java(17|21|25)"), properties.toString());
        assertEquals("makefile", function.path("Metadata").path("BuildMethod").asText());
        assertEquals(".", properties.path("CodeUri").asText());
        assertEquals("Active", properties.path("Tracing").asText());
        assertEquals("emf", properties.path("Environment").path("Variables").path("MCPLET_METRICS").asText());
        List<String> stateKeys = SamTemplate.stateKeysProblems(template, "McpFunction");
        assertTrue(stateKeys.isEmpty(), String.join("\n", stateKeys));
        // !Sub is a YAML tag; the YAML reader keeps its scalar.
        assertEquals("https://${ServerlessRestApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/Prod/mcp",
                template.path("Outputs").path("McpEndpoint").path("Value").asText());
        assertTrue(Files.readString(project.resolve("template.yaml")).startsWith("AWSTemplateFormatVersion:"),
                "the template starts with its format version");
        String makefile = Files.readString(project.resolve("Makefile"));
        assertTrue(makefile.contains("\nbuild-McpFunction:\n"), makefile);
        assertTrue(makefile.contains("JAR := target/" + ARTIFACT + ".jar"), makefile);
    }

    @Test
    @Order(6)
    void theTemplatePassesCfnLint() throws Exception {
        Command.Result lint = CfnLint.find(root.resolve("target")).lint(project, project.resolve("template.yaml"));
        System.out.println("[cfn-lint] " + lint.command() + " -> exit " + lint.exitCode());
        assertEquals(0, lint.exitCode(), "cfn-lint template.yaml:\n" + lint.output());
    }

    /** What {@code sam build} does: the project copied to a scratch directory, {@code make build-McpFunction} there. */
    @Test
    @Order(7)
    void samBuildsMakefileStepPackagesTheSameJar() throws Exception {
        Path make = Command.onPath("make");
        Assumptions.assumeTrue(make != null, "SKIPPED: `make` is not installed, so the step sam build runs was not run");
        Path scratch = work.resolve("sam-scratch");
        Path artifacts = work.resolve("sam-artifacts");
        Trees.copy(project, scratch, Set.of("target", ".aws-sam"));
        Command.Result build = Command.run(List.of(make.toString(), "build-McpFunction"), scratch,
                Map.of("ARTIFACTS_DIR", artifacts.toString(), "MVN", String.join(" ", mavenCommand(true)),
                        "JAVA_HOME", System.getProperty("java.home")), BUILD_LIMIT);
        assertEquals(0, build.exitCode(), "make build-McpFunction:\n" + build.output());
        Path packaged = artifacts.resolve("lib").resolve(ARTIFACT + ".jar");
        assertTrue(Files.isRegularFile(packaged), "no " + packaged);
        assertEquals(entries(jar), entries(packaged), "the package's jar holds other files than mvn verify's");
    }

    /**
     * A newcomer's own classes (records, an enum, collections, Optional, java.time, and a test
     * with the kit), dropped into a fresh generated project and registered in ServerFactory: the
     * project builds and serves them without a change to its pom.
     */
    @Test
    @Order(8)
    void aNewcomersOwnToolsBuildAndServeWithoutTouchingThePom() throws Exception {
        byte[] pom = Files.readAllBytes(newcomer.resolve("pom.xml"));
        Path main = Files.createDirectories(newcomer.resolve("src/main/java/com/example/hello/orders"));
        Path test = Files.createDirectories(newcomer.resolve("src/test/java/com/example/hello/orders"));
        copyResource("newcomer/OrderTools.java", main.resolve("OrderTools.java"));
        copyResource("newcomer/OrderToolsTest.java", test.resolve("OrderToolsTest.java"));
        Path factory = newcomer.resolve("src/main/java/com/example/hello/ServerFactory.java");
        String source = Files.readString(factory);
        String registered = source.replace(".tools(new GreetingTools_McpTools(new GreetingTools()))",
                ".tools(new GreetingTools_McpTools(new GreetingTools()))\n"
                        + "                .tools(new com.example.hello.orders.OrderTools_McpTools(new com.example.hello.orders.OrderTools()))");
        assertFalse(registered.equals(source), "ServerFactory has no tools(...) line to add to:\n" + source);
        Files.writeString(factory, registered);

        Command.Result build = maven(newcomer, true, "verify");
        assertEquals(0, build.exitCode(), "mvn verify with the newcomer's tools:\n" + build.output());
        assertTrue(build.output().contains("in com.example.hello.orders.OrderToolsTest"), build.output());
        assertEquals(0, testTotals(build.output())[1] + testTotals(build.output())[2], build.output());
        assertArrayEquals(pom, Files.readAllBytes(newcomer.resolve("pom.xml")), "the pom was not touched");

        try (JarServer server = JarServer.start(newcomer.resolve("target").resolve(ARTIFACT + ".jar"), Map.of("PORT", "0"))) {
            HttpResponse<String> summary = server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"summarise\",\"arguments\":{\"order\":{\"customer\":\"Ada\","
                    + "\"lines\":[{\"sku\":\"A-1\",\"quantity\":2}],\"deliverBy\":\"2026-01-03\",\"tags\":[]},"
                    + "\"receivedAt\":\"2026-01-01T00:00:00Z\"}}}");
            assertEquals(200, summary.statusCode(), summary.body());
            assertTrue(summary.body().contains("\"structuredContent\":{\"customer\":\"Ada\",\"items\":2,\"priority\":\"NORMAL\","
                    + "\"quantities\":{\"A-1\":2},\"receivedAt\":\"2026-01-01T00:00:00Z\",\"daysLeft\":2}"), summary.body());
            HttpResponse<String> greet = server.post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"greet\",\"arguments\":{\"name\":\"Ada\"}}}");
            assertTrue(greet.body().contains("Hello, Ada!"), greet.body());
            server.terminate();
        }
    }

    /** mvn with this IT's settings and local repository; {@code offline} once everything is resolved. */
    private Command.Result maven(Path directory, boolean offline, String... arguments) throws Exception {
        List<String> command = mavenCommand(offline);
        command.addAll(List.of(arguments));
        long start = System.nanoTime();
        Command.Result result = Command.run(command, directory, Map.of("JAVA_HOME", System.getProperty("java.home")),
                BUILD_LIMIT);
        System.out.println("[archetype] " + String.join(" ", arguments) + " in " + work.relativize(directory)
                + ": exit " + result.exitCode() + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return result;
    }

    private List<String> mavenCommand(boolean offline) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("mcplet.maven.home"), "bin", "mvn").toString(), "-B", "-ntp",
                "-s", settings.toString(), "-Dmaven.repo.local=" + System.getProperty("mcplet.it.repository")));
        if (offline) {
            command.add("-o");
        }
        return command;
    }

    private Path writeSettings() throws IOException {
        String mirror = Path.of(System.getProperty("mcplet.it.mirror")).toUri().toString();
        String repository = "<id>%s</id><url>" + mirror + "</url>"
                + "<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>";
        String xml = "<settings><profiles><profile><id>mcplet-it</id>"
                + "<repositories><repository>" + String.format(repository, "build-local") + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + String.format(repository, "build-local-plugins")
                + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>mcplet-it</activeProfile></activeProfiles></settings>\n";
        return Files.writeString(work.resolve("settings.xml"), xml);
    }

    private static int[] testTotals(String output) {
        Matcher matcher = TESTS_RUN.matcher(output);
        int[] totals = null;
        while (matcher.find()) {
            totals = new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4))};
        }
        assertNotNull(totals, "no surefire summary in:\n" + output);
        return totals;
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = GeneratedProjectIT.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            Files.write(to, in.readAllBytes());
        }
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).sorted().toList();
        }
    }
}
