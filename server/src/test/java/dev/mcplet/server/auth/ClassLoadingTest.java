package dev.mcplet.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Cold start: a server without authorization never loads Nimbus nor any class of the auth
 * package but {@link Authorization} and {@link TokenVerifier} (the example calls
 * {@code Authorization.fromEnvironment()}),
 * neither at start-up nor on its request path; with authorization, Nimbus does load. Seen with
 * {@code -Xlog:class+load} in a fresh JVM.
 */
class ClassLoadingTest {

    private static List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-Xshare:off", "-cp", System.getProperty("java.class.path"),
                ClassLoadingMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertEquals(6, lines.stream().filter(line -> line.equals("status 200") || line.equals("lambda {\"statusCode\":200"))
                .count(), output.lines().filter(line -> !line.startsWith("[")).toList().toString());
        return lines.stream().filter(line -> line.contains("[class,load]")).map(line -> line.split(" ")[1]).toList();
    }

    @Test
    void aServerWithoutAuthorizationLoadsNoNimbusClass() throws Exception {
        List<String> loaded = loadedClasses();
        assertEquals(List.of(), loaded.stream().filter(name -> name.startsWith("com.nimbusds.")).toList());
        // Authorization (fromEnvironment) and the one-method interface its bytecode names; nothing else.
        assertEquals(List.of("dev.mcplet.server.auth.Authorization", "dev.mcplet.server.auth.TokenVerifier"), loaded.stream()
                .filter(name -> name.startsWith("dev.mcplet.server.auth.") && !name.contains("ClassLoadingMain")).toList());
    }

    @Test
    void aServerWithAuthorizationLoadsNimbus() throws Exception {
        try (AuthorizationServerDouble as = new AuthorizationServerDouble()) {
            List<String> loaded = loadedClasses(as.issuer(), as.rs256(as.claims("http://127.0.0.1:8080/mcp").build()));
            assertTrue(loaded.contains("com.nimbusds.jwt.proc.DefaultJWTProcessor"), loaded.toString());
            assertTrue(loaded.contains("dev.mcplet.server.auth.AuthGate"));
        }
    }
}
