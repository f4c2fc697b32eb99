package dev.mcplet.examples.calculator.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.deploychecks.Command;
import dev.mcplet.deploychecks.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Does what {@code sam build} does with {@code Metadata: BuildMethod: makefile} (see
 * aws-lambda-builders' CustomMakeWorkflow): copies CodeUri (the repository root, without
 * {@code .git} and {@code .aws-sam}) to a scratch directory and runs
 * {@code make build-CalculatorFunction} there with {@code ARTIFACTS_DIR} set. The deployment
 * package must then hold the handler's jar in {@code lib/}, and, the build being reproducible,
 * that jar must be byte for byte the one this build packaged.
 */
class SamBuildIT {

    /** Not copied: what sam skips, plus build outputs and dependencies that the build recreates. */
    private static final Set<String> SKIPPED = Set.of(".git", ".aws-sam", "target", "node_modules", ".idea");

    @Test
    void makeBuildsTheDeploymentPackageInAScratchCopy() throws Exception {
        Path make = Command.onPath("make");
        Assumptions.assumeTrue(make != null, "SKIPPED: `make` is not installed, so the Makefile that sam build runs"
                + " was not exercised (TemplateTest still checked what it names)");

        Path root = Path.of(System.getProperty("mcplet.root.dir"));
        Path jar = Path.of(System.getProperty("mcplet.calculator.jar"));
        Path work = jar.getParent().resolve("sam-build-it");
        Trees.delete(work);
        Path scratch = work.resolve("scratch");
        Path artifacts = work.resolve("artifacts");
        Trees.copy(root, scratch, SKIPPED);

        Path mvn = Path.of(System.getProperty("mcplet.maven.home"), "bin", "mvn");
        Command.Result build = Command.run(
                List.of(make.toString(), "build-" + TemplateTest.LOGICAL_ID),
                scratch,
                Map.of("ARTIFACTS_DIR", artifacts.toString(),
                        "MVN", mvn.toString(),
                        "JAVA_HOME", System.getProperty("java.home")),
                Duration.ofMinutes(6));
        assertEquals(0, build.exitCode(), "make build-" + TemplateTest.LOGICAL_ID + ":\n" + build.output());

        Path packaged = artifacts.resolve("lib").resolve(jar.getFileName());
        assertTrue(Files.isRegularFile(packaged), "no " + packaged + "; the package holds: " + list(artifacts));
        assertEquals(entries(jar), entries(packaged), "the package's jar holds other files than this build's");
        String builtBy = buildJdk(jar);
        if (builtBy.equals(buildJdk(packaged))) {
            assertEquals(sha256(jar), sha256(packaged), "the jar built from a clean copy differs from this build's:"
                    + " the build is not reproducible");
            System.out.println("[sam build] lib/" + jar.getFileName() + " is byte for byte this build's jar");
        } else {
            // This build's classes came from an earlier build on another JDK (no `clean`): javac
            // versions differ in bytecode details, so only the file lists can match.
            System.out.println("[sam build] this build's jar was compiled by JDK " + builtBy + " (stale classes?),"
                    + " the Makefile's by JDK " + buildJdk(packaged) + ": compared file lists only");
        }
        Trees.delete(work);
    }

    private static String list(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return "(nothing)";
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.map(p -> dir.relativize(p).toString()).sorted().toList().toString();
        }
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).sorted().toList();
        }
    }

    private static String buildJdk(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return String.valueOf(file.getManifest().getMainAttributes().getValue("Build-Jdk-Spec"));
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
