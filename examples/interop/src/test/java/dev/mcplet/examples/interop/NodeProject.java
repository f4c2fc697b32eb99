package dev.mcplet.examples.interop;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A committed Node project (the TypeScript SDK client, the conformance suite): installs it with {@code npm ci}
 * (exact versions from package-lock.json) when {@code node_modules} is absent or older than the
 * lock file, and runs its scripts or other commands in it. Every command has a time limit and no stdin, as in CI.
 */
final class NodeProject {

    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(2);

    private final Path directory;

    NodeProject(Path directory) {
        this.directory = directory;
    }

    /** Runs {@code npm ci} unless node_modules matches the lock file already. */
    void installIfNeeded() throws IOException, InterruptedException {
        // npm writes node_modules/.package-lock.json at the end of every install.
        Path installed = directory.resolve("node_modules").resolve(".package-lock.json");
        Path lock = directory.resolve("package-lock.json");
        if (Files.exists(installed)
                && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0
                && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(directory.resolve("package.json"))) >= 0) {
            return;
        }
        String output = run(List.of(executable("npm"), "ci", "--no-audit", "--no-fund", "--loglevel=error"), INSTALL_LIMIT);
        System.out.println("[interop] npm ci in " + directory + (output.isBlank() ? "" : ":\n" + output.strip()));
    }

    /** Runs {@code node script args...} and returns the last line it printed on stdout. */
    String runScript(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable("node"), script));
        command.addAll(List.of(arguments));
        String output = run(command, RUN_LIMIT).strip();
        return output.substring(output.lastIndexOf('\n') + 1);
    }

    /** Runs a command in the project directory; fails with its output unless it exits with 0. */
    String run(List<String> command, Duration limit) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("CI", "true");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT); // diagnostics go to the build log
        Process process = builder.start();
        process.getOutputStream().close();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(process.getInputStream(), stdout), "stdout of " + command.get(0));
        reader.setDaemon(true);
        reader.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + limit.toSeconds()
                    + " s; output so far:\n" + stdout.toString(StandardCharsets.UTF_8));
        }
        reader.join(5000);
        String output = stdout.toString(StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue()
                    + " (its stderr is above in the build log); stdout:\n" + output);
        }
        return output;
    }

    /** The executable's path, so that a missing Node fails with a message saying what to install. */
    private static String executable(String name) {
        String path = System.getenv("PATH");
        for (String entry : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path candidate = Path.of(entry.isEmpty() ? "." : entry, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("`" + name + "` is not on PATH: the TypeScript SDK interop test needs Node.js 18"
                + " or later with npm (https://nodejs.org)");
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
