package com.example;

import dev.mcplet.McpTool;

/** The seed example: two tools on plain instance methods. */
public class Calculator {

    /**
     * Add two integers.
     *
     * @param a the first addend
     * @param b the second addend
     * @return the sum
     */
    @McpTool
    public int add(int a, int b) {
        return a + b;
    }

    /**
     * Multiply two integers.
     *
     * @param a the first factor
     * @param b the second factor
     * @return the product
     */
    @McpTool
    public int multiply(int a, int b) {
        return a * b;
    }
}
