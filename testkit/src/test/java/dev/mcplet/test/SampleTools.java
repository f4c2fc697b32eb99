package dev.mcplet.test;

import dev.mcplet.McpTool;
import dev.mcplet.ToolException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Tools for the test kit's own tests, compiled by the real processor. */
public final class SampleTools {

    /** A line of an order. @param sku the article @param quantity how many */
    public record Line(String sku, int quantity) {
    }

    /** The price of an order. @param total in cents @param lines how many lines */
    public record Quote(long total, int lines) {
    }

    /** The colours {@link #describe} knows. */
    public enum Colour { RED, GREEN }

    /**
     * Add two integers.
     *
     * @param a the first addend
     * @param b the second addend
     */
    @McpTool
    public int add(int a, int b) {
        return Math.addExact(a, b);
    }

    /**
     * Price an order at 250 cents per item.
     *
     * @param lines the order's lines
     */
    @McpTool
    public Quote quote(List<Line> lines) {
        long items = 0;
        for (Line line : lines) {
            items += line.quantity();
        }
        return new Quote(items * 250, lines.size());
    }

    /**
     * Describe a day.
     *
     * @param day the day
     * @param colour an optional colour
     */
    @McpTool
    public String describe(LocalDate day, Optional<Colour> colour) {
        return day.getDayOfWeek() + colour.map(c -> " in " + c).orElse("");
    }

    /** Does nothing and says nothing. */
    @McpTool
    public void touch() {
    }

    /** Always refuses. */
    @McpTool
    public String refuse() {
        throw new ToolException("not today");
    }
}
