package dev.mcplet.server.lambda;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A function running as AWS Lambda runs Java: a child JVM whose main class is the real runtime
 * interface client ({@code com.amazonaws.services.lambda.runtime.api.client.AWSLambda}, from the
 * test class path) with the handler string as its argument, in the task root (the unpacked
 * deployment package: its classes, and the jars in {@code lib/}), talking to a
 * {@link RuntimeApiDouble} through {@code AWS_LAMBDA_RUNTIME_API}. The JVM flags are the Java
 * managed runtime's ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, and
 * {@code -Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac} so that {@code org.crac}
 * hooks reach the runtime client's CRaC context).
 *
 * <p>Standard output and error go to files under the log folder. {@link #close()} ends the
 * process this object started (by its handle) and waits for it.
 */
public final class LambdaRuntimeProcess implements AutoCloseable {

    /** The runtime client's main class. */
    public static final String MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private LambdaRuntimeProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts the runtime.
     *
     * @param taskRoot the unpacked deployment package (becomes the working directory, as /var/task)
     * @param handler the handler string, e.g. {@code com.example.Handler::handleRequest}
     * @param snapStart whether to initialize as for a SnapStart snapshot
     *     ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, else {@code on-demand})
     * @param logs a folder for the process's output files and the native library
     */
    public static LambdaRuntimeProcess start(RuntimeApiDouble api, Path taskRoot, String handler, boolean snapStart,
            Path logs) throws IOException {
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+TieredCompilation");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xmx256m");
        command.add("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");
        // The client copies its native library to one fixed file in /tmp unless told where one is:
        // a private copy keeps parallel builds on one machine from overwriting each other's.
        command.add("-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI="
                + nativeLibrary(logs));
        command.add("-cp");
        command.add(runtimeClassPath());
        command.add(MAIN);
        command.add(handler);

        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        env.put("_HANDLER", handler);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "mcplet-test");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", snapStart ? "1" : "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/mcplet-test");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[1]0123456789abcdef");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", snapStart ? SnapStartPriming.SNAP_START : "on-demand");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("TZ", ":UTC");
        env.put("LANG", "en_US.UTF-8");
        Path out = logs.resolve("stdout.txt");
        Path err = logs.resolve("stderr.txt");
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        Process process = builder.start();
        process.onExit().thenRun(() -> api.gone("the runtime process exited with " + process.exitValue()));
        return new LambdaRuntimeProcess(process, out, err);
    }

    /** What the function wrote to standard error so far. */
    public String stderr() {
        return read(stderr);
    }

    /** What the runtime and function wrote to standard output so far. */
    public String stdout() {
        return read(stdout);
    }

    /**
     * Invokes the function with one event through the runtime API and returns its answer, failing
     * with the function's output when the invocation ended in an error or never came back.
     */
    public byte[] answer(RuntimeApiDouble api, byte[] event, Duration timeout) throws InterruptedException {
        RuntimeApiDouble.Outcome outcome;
        try {
            outcome = api.invoke(event, timeout);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nstdout: " + stdout() + "\nstderr: " + stderr(), e);
        }
        if (outcome.error()) {
            throw new AssertionError(outcome.errorType() + " " + outcome.text() + "\nstdout: " + stdout());
        }
        return outcome.body();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process (by its handle) and waits for it, at most 20 seconds in all. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runtime client and its dependencies, from this JVM's class path. */
    static String runtimeClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            if (path.contains("/com/amazonaws/aws-lambda-java-runtime-interface-client/")
                    || path.contains("/com/amazonaws/aws-lambda-java-core/")
                    || path.contains("/com/amazonaws/aws-lambda-java-serialization/")
                    || path.contains("/software/amazon/awssdk/")) {
                entries.add(entry);
            }
        }
        if (entries.size() < 4) {
            throw new IllegalStateException("the runtime interface client is not on the test class path: " + entries);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Extracts the runtime client's native library for this machine into the folder. */
    private static Path nativeLibrary(Path folder) throws IOException {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        boolean musl = Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")) || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
        String name = "jni/libaws-lambda-jni." + (musl ? "linux_musl-" : "linux-") + (arm ? "aarch_64" : "x86_64") + ".so";
        Path target = folder.resolve("libaws-lambda-jni.so");
        for (String entry : runtimeClassPath().split(File.pathSeparator)) {
            if (!entry.contains("runtime-interface-client")) {
                continue;
            }
            try (ZipFile jar = new ZipFile(entry)) {
                ZipEntry library = jar.getEntry(name);
                if (library == null) {
                    throw new IllegalStateException(name + " is not in " + entry);
                }
                try (InputStream in = jar.getInputStream(library)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return target;
            }
        }
        throw new IllegalStateException("no runtime interface client jar");
    }
}
