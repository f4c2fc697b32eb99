package dev.mcplet.examples.calculator;

import dev.mcplet.McpTool;
import dev.mcplet.ToolException;

/**
 * The seed's two tools. At compile time the mcplet processor turns this class into
 * {@code Calculator_McpTools}: the tools' descriptions and JSON Schemas as constants (taken from
 * the Javadoc below) and a dispatcher that decodes {@code a} and {@code b} and calls the methods
 * directly.
 *
 * <p>Integer overflow is an error, not a wrapped result: {@link Math#addExact} throws, and the
 * tool reports it as a {@link ToolException}, whose message reaches the client as a tool error
 * ({@code isError: true}). (Other exceptions' messages stay in the server log.)
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
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow(a + " + " + b);
        }
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
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow(a + " * " + b);
        }
    }

    private static ToolException overflow(String expression) {
        return new ToolException("integer overflow: " + expression + " does not fit in 32 bits");
    }
}
