package dev.mcplet.examples.calculator.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar is what {@code template.yaml} deploys and what {@code java -jar} runs: its
 * handler class is there and is a Lambda {@code RequestStreamHandler}, it answers a real API
 * Gateway event from the jar alone (so minimizing the jar left everything it needs), and it has
 * a Main-Class, no signature files and a small size.
 */
class PackageIT {

    /**
     * The size this example aims at (a fraction of a typical Spring-based Lambda jar): 2.5 MB,
     * plus the 0.7 MB of Nimbus JOSE+JWT that the MCPLET_AUTH_* configuration needs (its classes
     * are never opened on a server without authorization; auth/ClassLoadingTest).
     */
    private static final long MAX_BYTES = 3_300_000;

    private static final String STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";
    private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

    private final Path jar = Path.of(System.getProperty("mcplet.calculator.jar"));
    private final String handler = System.getProperty("mcplet.calculator.handler");

    @Test
    void isSmallWithAMainClassAndNoSignatures() throws IOException {
        long size = Files.size(jar);
        System.out.println("[package] " + jar.getFileName() + ": " + size + " bytes");
        assertTrue(size <= MAX_BYTES, jar + " is " + size + " bytes, more than " + MAX_BYTES);
        try (JarFile file = new JarFile(jar.toFile())) {
            assertNotNull(file.getManifest(), "no manifest");
            assertEquals(System.getProperty("mcplet.calculator.main"),
                    file.getManifest().getMainAttributes().getValue("Main-Class"));
            List<String> signatures = new ArrayList<>();
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (name.startsWith("META-INF/") && name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")) {
                    signatures.add(name);
                }
            }
            assertEquals(List.of(), signatures, "signature files of the original jars would not match");
        }
    }

    /**
     * Loads the handler the way the Lambda runtime does, by name, from the jar alone (the
     * platform class loader as parent: nothing from this build's class path), and gives it the
     * API Gateway REST event of an MCP initialize.
     */
    @Test
    void theTemplatesHandlerAnswersAnApiGatewayEventFromTheJarAlone() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> handlerClass = Class.forName(handler, false, loader);
            Class<?> streamHandler = Class.forName(STREAM_HANDLER, false, loader);
            assertTrue(streamHandler.isAssignableFrom(handlerClass), handler + " is not a " + STREAM_HANDLER);

            Object instance = handlerClass.getConstructor().newInstance();
            Class<?> contextType = Class.forName(CONTEXT, false, loader);
            Method handleRequest = handlerClass.getMethod("handleRequest", InputStream.class, OutputStream.class,
                    contextType);

            byte[] event = Files.readAllBytes(Path.of(System.getProperty("mcplet.shared.dir"),
                    "fixtures", "lambda-events", "mcp", "rest-v1-mcp-initialize.json"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handleRequest.invoke(instance, new ByteArrayInputStream(event), out, context(loader, contextType));

            ObjectMapper mapper = new ObjectMapper();
            JsonNode response = mapper.readTree(out.toByteArray());
            assertEquals(200, response.path("statusCode").asInt(), response.toString());
            JsonNode body = mapper.readTree(response.path("body").asText());
            assertEquals("calculator", body.path("result").path("serverInfo").path("name").asText(), body.toString());
        }
    }

    /** A Lambda context with plausible values; its logger prints to stdout. */
    private static Object context(ClassLoader loader, Class<?> contextType) throws ClassNotFoundException {
        Class<?> loggerType = Class.forName("com.amazonaws.services.lambda.runtime.LambdaLogger", false, loader);
        Object logger = Proxy.newProxyInstance(loader, new Class<?>[] {loggerType}, (proxy, method, args) -> {
            if (method.getName().equals("log") && args != null && args.length > 0) {
                Object message = args[0];
                System.out.println("[lambda log] " + (message instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.UTF_8) : message));
            }
            return null;
        });
        return Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "getAwsRequestId":
                    return "8f0c6a1e-0000-4000-8000-000000000001";
                case "getFunctionName":
                    return "CalculatorFunction";
                case "getFunctionVersion":
                    return "1";
                case "getRemainingTimeInMillis":
                    return 29_000;
                case "getMemoryLimitInMB":
                    return 1024;
                case "getLogger":
                    return logger;
                case "toString":
                    return "test Lambda context";
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    return method.getReturnType() == int.class ? (Object) 0 : null;
            }
        });
    }
}
