package dev.mcplet.deploychecks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds cfn-lint: on PATH, as the {@code cfnlint} module of {@code python3}, or installed with pip
 * into a virtual environment under {@code target/} (never into the user's Python). When none of
 * these works (no Python, or no access to PyPI) the check is skipped with a message saying so,
 * since the SAM schema check still covers the template's structure.
 */
public final class CfnLint {

    private static final Duration LINT_LIMIT = Duration.ofMinutes(2);
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(3);

    private final List<String> command;

    private CfnLint(List<String> command) {
        this.command = command;
    }

    /** cfn-lint as found or installed; aborts the calling test (skipped, with the reason) otherwise. */
    public static CfnLint find(Path workDirectory) throws IOException, InterruptedException {
        Path onPath = Command.onPath("cfn-lint");
        if (onPath != null) {
            return new CfnLint(List.of(onPath.toString()));
        }
        Path python = Command.onPath("python3");
        if (python != null && works(List.of(python.toString(), "-m", "cfnlint", "--version"), workDirectory)) {
            return new CfnLint(List.of(python.toString(), "-m", "cfnlint"));
        }
        Path venv = workDirectory.resolve("cfn-lint-venv");
        Path installed = venv.resolve("bin").resolve("cfn-lint");
        if (Files.isExecutable(installed)) {
            return new CfnLint(List.of(installed.toString()));
        }
        String why;
        if (python == null) {
            why = "cfn-lint is not on PATH and there is no python3 to install it with";
        } else {
            Files.createDirectories(workDirectory);
            Command.Result created = Command.run(List.of(python.toString(), "-m", "venv", venv.toString()),
                    workDirectory, Map.of(), INSTALL_LIMIT);
            Command.Result pip = created.exitCode() != 0 ? created
                    : Command.run(List.of(venv.resolve("bin").resolve("pip").toString(), "install",
                            "--disable-pip-version-check", "--quiet", "--timeout", "15", "--retries", "1", "cfn-lint"),
                            workDirectory, Map.of(), INSTALL_LIMIT);
            if (pip.exitCode() == 0 && Files.isExecutable(installed)) {
                System.out.println("[cfn-lint] installed with pip into " + venv);
                return new CfnLint(List.of(installed.toString()));
            }
            why = "cfn-lint is not on PATH and `pip install cfn-lint` failed (" + lastLine(pip.output()) + ")";
        }
        String message = "SKIPPED cfn-lint: " + why + ". the template was checked against the SAM schema only;"
                + " install cfn-lint (pip install cfn-lint) to lint it.";
        System.out.println("[cfn-lint] " + message);
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    public Command.Result lint(Path directory, Path template) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(command);
        line.add(template.toString());
        return Command.run(line, directory, Map.of(), LINT_LIMIT);
    }

    private static boolean works(List<String> command, Path directory) throws IOException, InterruptedException {
        return Command.run(command, directory, Map.of(), Duration.ofSeconds(60)).exitCode() == 0;
    }

    private static String lastLine(String output) {
        String trimmed = output.strip();
        int newline = trimmed.lastIndexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(newline + 1);
    }
}
