package dev.mcplet.examples.calculator;

import dev.mcplet.server.local.LocalServer;

/**
 * Runs the calculator on the local development server, by default at
 * {@code http://127.0.0.1:8080/mcp} ({@code HOST} and {@code PORT} from the environment change
 * it). It is the {@code Main-Class} of the packaged jar:
 *
 * <pre>{@code
 * java -jar examples/calculator/target/mcplet-example-calculator.jar
 * }</pre>
 *
 * <p>Ctrl-C stops it.
 */
public final class CalculatorLocal {

    private CalculatorLocal() {
    }

    public static void main(String[] args) {
        LocalServer.start(CalculatorServer.create());
    }
}
