package dev.mcplet.server.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Defaults, environment variables and their errors. */
class MonitoringTest {

    private static final Map<String, String> LAMBDA = Map.of("AWS_LAMBDA_FUNCTION_NAME", "calculator");

    private static Map<String, String> lambda(String... pairs) {
        java.util.HashMap<String, String> env = new java.util.HashMap<>(LAMBDA);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void onLambdaTheRequestLogIsOnAndMetricsOff() {
        Monitoring monitoring = Monitoring.defaults(LAMBDA);
        assertEquals(LogLevel.INFO, monitoring.requestLogLevel());
        assertNull(monitoring.metricsNamespace());
        assertEquals(LogLevel.WARN, Monitoring.defaults(lambda("AWS_LAMBDA_LOG_LEVEL", "WARN")).requestLogLevel());
    }

    @Test
    void elsewhereNothingUnlessAsked() {
        assertEquals(LogLevel.OFF, Monitoring.defaults(Map.of()).requestLogLevel());
        assertNull(Monitoring.defaults(Map.of()).monitor("s"));
        assertEquals(LogLevel.INFO, Monitoring.fromEnvironment(Map.of("MCPLET_LOG", "json")).requestLogLevel());
        assertEquals(LogLevel.ERROR, Monitoring.fromEnvironment(Map.of("MCPLET_LOG", "json", "MCPLET_LOG_LEVEL", "error"))
                .requestLogLevel());
    }

    @Test
    void metricsFromTheEnvironment() {
        assertEquals("mcplet", Monitoring.fromEnvironment(lambda("MCPLET_METRICS", "emf")).metricsNamespace());
        assertEquals("shop", Monitoring.fromEnvironment(lambda("MCPLET_METRICS", "EMF", "MCPLET_METRICS_NAMESPACE", "shop"))
                .metricsNamespace());
        assertNull(Monitoring.fromEnvironment(lambda("MCPLET_METRICS", "off")).metricsNamespace());
        assertEquals(LogLevel.OFF, Monitoring.fromEnvironment(lambda("MCPLET_LOG", "off")).requestLogLevel());
    }

    @Test
    void wrongValuesNameTheVariable() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Monitoring.fromEnvironment(lambda("MCPLET_METRICS", "prometheus"))).getMessage()
                .startsWith("MCPLET_METRICS must be emf or off"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Monitoring.fromEnvironment(lambda("MCPLET_LOG_LEVEL", "loud"))).getMessage()
                .startsWith("MCPLET_LOG_LEVEL: unknown log level 'loud'"));
        assertThrows(IllegalArgumentException.class, () -> Monitoring.fromEnvironment(Map.of("MCPLET_LOG", "text")));
        assertThrows(IllegalArgumentException.class, () -> Monitoring.off().emfMetrics(" "));
    }

    @Test
    void levels() {
        assertEquals(LogLevel.DEBUG, LogLevel.parse("trace"));
        assertEquals(LogLevel.WARN, LogLevel.parse(" Warning "));
        assertEquals(LogLevel.ERROR, LogLevel.parse("FATAL"));
        assertTrue(LogLevel.WARN.passes(LogLevel.INFO));
        assertTrue(!LogLevel.INFO.passes(LogLevel.WARN));
        assertTrue(!LogLevel.ERROR.passes(LogLevel.OFF));
    }
}
