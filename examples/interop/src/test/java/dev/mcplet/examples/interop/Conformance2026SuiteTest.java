package dev.mcplet.examples.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The official MCP conformance suite at the 2026-07-28 revision
 * ({@code @modelcontextprotocol/conformance} 0.2.0-alpha.12, {@code --requirements 2026-07-28}:
 * exactly the 37 server scenarios the revision requires, on its stateless wire; pinned with
 * Node.js 22 in {@code src/test/conformance-2026/package-lock.json}) against the packaged
 * conformance fixture, the same jar and endpoint the 0.1.16 run tests under 2025-11-25. Every
 * scored scenario must pass with no expected failures and no check left at WARNING (three MRTR
 * scenarios have only SHOULD checks, which the suite reports as WARNING when unmet).
 */
class Conformance2026SuiteTest {

    private static final int REQUIRED = 37;

    @Test
    void everyScenarioTheRevisionRequiresPasses() throws Exception {
        Path project = Path.of(System.getProperty("mcplet.conformance2026.node.dir"));
        Path results = project.resolve("../../../target/conformance-2026-results").normalize();
        if (Files.isDirectory(results)) {
            // Only this run's checks are read below.
            try (Stream<Path> old = Files.walk(results)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        String output = new SuiteRun("mcplet.conformance2026.node.dir").server(
                List.of("--requirements", "2026-07-28", "-o", results.toString()));
        String summary = output.substring(Math.max(0, output.indexOf("=== SUMMARY ===")));
        System.out.println("[conformance 2026-07-28] " + summary.strip());
        // The scored scenarios are listed first; those the revision does not score follow
        // "Not scored for 2026-07-28" and are reported in the log only (tasks extension, pending).
        List<String> scored = List.of(summary.substring(0, summary.indexOf("\nTotal:")).split("\n"));
        List<String> notScored = notScored(summary);
        List<String> passed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String line : scored) {
            if (line.length() < 3 || line.indexOf(':') < 0) {
                continue;
            }
            String name = line.substring(2, line.indexOf(':'));
            if (notScored.contains(name)) {
                continue;
            }
            (line.startsWith("✓ ") ? passed : failed).add(name);
        }
        assertEquals(List.of(), failed, output);
        assertEquals(REQUIRED, passed.size(), () -> "scored scenarios: " + passed + "\n" + output);
        List<String> warnings = warnings(results, passed);
        assertEquals(List.of(), warnings, "scored scenarios must pass without a WARNING check");
        System.out.println("[conformance 2026-07-28] @modelcontextprotocol/conformance 0.2.0-alpha.12 --requirements"
                + " 2026-07-28: " + passed.size() + " of " + REQUIRED + " scored scenarios passed, no warnings");
    }

    private static List<String> notScored(String summary) {
        List<String> names = new ArrayList<>();
        int at = summary.indexOf("Not scored for");
        if (at < 0) {
            return names;
        }
        for (String line : summary.substring(at).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("✓ ") || trimmed.startsWith("✗ ")) {
                int end = trimmed.indexOf(' ', 2);
                names.add(trimmed.substring(2, end < 0 ? trimmed.length() : end));
            }
        }
        return names;
    }

    /** Every WARNING check of the passed scenarios, from the suite's results/&lt;scenario&gt;/checks.json. */
    private static List<String> warnings(Path results, List<String> scenarios) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> warnings = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(results)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                Path checks = dir.resolve("checks.json");
                String name = dir.getFileName().toString();
                boolean scored = scenarios.stream().anyMatch(s -> name.startsWith("server-" + s + "-2"));
                if (!scored || !Files.isRegularFile(checks)) {
                    continue;
                }
                for (JsonNode check : json.readTree(checks.toFile())) {
                    if ("WARNING".equals(check.path("status").asText())) {
                        warnings.add(name + ": " + check.path("id").asText() + " " + check.path("errorMessage").asText());
                    }
                }
            }
        }
        return warnings;
    }
}
