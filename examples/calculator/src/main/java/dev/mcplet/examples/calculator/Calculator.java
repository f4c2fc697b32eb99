package dev.mcplet.examples.calculator;

import dev.mcplet.McpTool;

/**
 * The seed's two tools. At compile time the mcplet processor turns this class into
 * {@code Calculator_McpTools}: the tools' descriptions and JSON Schemas as constants (taken from
 * the Javadoc below) and a dispatcher that decodes {@code a} and {@code b} and calls the methods
 * directly.
 *
 * <p>Integer overflow is an error, not a wrapped result: {@link Math#addExact} throws, and the
 * server answers with a tool error ({@code isError: true}) that gives the client a reference to the
 * exception it logged.
 */
public final class Calculator {

    /**
     * Add two integers.
     *
     * @param a the first addend
     * @param b the second addend
     * @return {@code a + b}
     */
    @McpTool
    public int add(int a, int b) {
        return Math.addExact(a, b);
    }

    /**
     * Multiply two integers.
     *
     * @param a the first factor
     * @param b the second factor
     * @return {@code a * b}
     */
    @McpTool
    public int multiply(int a, int b) {
        return Math.multiplyExact(a, b);
    }
}
