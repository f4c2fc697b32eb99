package com.example.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.McpParam;
import dev.mcplet.McpTool;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A representative tool class: records, enums, collections, maps, optionals, nullables and defaults. */
public class Shop {

    /** How urgent an order is. */
    public enum Priority { LOW, NORMAL, HIGH }

    /**
     * An order to place.
     *
     * @param id the order's id, chosen by the client
     * @param lines what is ordered, at least one line
     * @param note a note for the packer
     * @param priority how urgent the order is
     * @param deliverBy the latest delivery date
     */
    public record Order(String id, List<Line> lines, @Nullable String note, Optional<Priority> priority,
            @McpParam(name = "deliver_by") LocalDate deliverBy) {
    }

    /**
     * One line of an order.
     *
     * @param sku the stock keeping unit
     * @param quantity how many
     * @param unitPrice the price of one, in {@code currency}
     * @param currency an ISO 4217 code
     */
    public record Line(String sku, int quantity, @McpParam(name = "unit_price") BigDecimal unitPrice,
            @McpParam(defaultValue = "\"EUR\"") String currency) {
    }

    /**
     * What placing an order returns.
     *
     * @param id the receipt number
     * @param total the sum of all lines
     * @param placedAt when the order was placed
     * @param skus the ordered stock keeping units
     */
    public record Receipt(UUID id, BigDecimal total, OffsetDateTime placedAt, List<String> skus) {
    }

    /** Calls of {@link #place}, to check that rejected calls never reach the method. */
    public int placed;

    /**
     * Place an order and get a receipt.
     *
     * @param order the order to place
     */
    @McpTool(title = "Place order", destructiveHint = false, idempotentHint = true)
    public Receipt place(Order order) {
        placed++;
        BigDecimal total = BigDecimal.ZERO;
        List<String> skus = new ArrayList<>();
        for (Line line : order.lines()) {
            total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
            skus.add(line.sku());
        }
        return new Receipt(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), total,
                OffsetDateTime.of(2025, 1, 31, 14, 30, 0, 0, ZoneOffset.UTC), skus);
    }

    /**
     * The lines of an order, sorted as given.
     *
     * @param order the order
     */
    @McpTool(readOnlyHint = true)
    public List<Line> lines(Order order) {
        return order.lines();
    }

    /**
     * Quantities by SKU.
     *
     * @param lines the lines to count
     */
    @McpTool(name = "count-by-sku")
    public Map<String, Integer> countBySku(Collection<Line> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Line line : lines) {
            counts.merge(line.sku(), line.quantity(), Integer::sum);
        }
        return counts;
    }

    /**
     * Search the catalogue.
     *
     * @param query what to look for
     * @param limit how many hits at most
     * @param sort the field to sort by
     * @param page the page to show, from 1
     * @param offset hits to skip
     * @param tags only items with all these tags
     */
    @McpTool(description = "Search the catalogue by text (description from the annotation).")
    public String search(@McpParam(name = "q", description = "Search terms") String query,
            @McpParam(defaultValue = "10") int limit, Optional<String> sort, @Nullable Integer page,
            OptionalInt offset, @McpParam(defaultValue = "[\"new\"]") Set<String> tags) {
        return "q=" + query + " limit=" + limit + " sort=" + sort.orElse("-") + " page=" + page
                + " offset=" + (offset.isPresent() ? offset.getAsInt() : -1) + " tags=" + tags;
    }

    /**
     * Find a line by SKU in an order.
     *
     * @param order where to look
     * @param sku the SKU to find
     */
    @McpTool
    public Optional<Line> find(Order order, String sku) {
        for (Line line : order.lines()) {
            if (line.sku().equals(sku)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /**
     * Squares of numbers.
     *
     * @param values the numbers
     */
    @McpTool
    public static long[] squares(int[] values) {
        long[] result = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (long) values[i] * values[i];
        }
        return result;
    }

    /**
     * Lines grouped by warehouse, passed back.
     *
     * @param groups lines by warehouse
     * @param matrix a grid of numbers
     */
    @McpTool
    public Map<String, List<Line>> regroup(Map<String, List<Line>> groups, int[][] matrix) {
        return groups;
    }

    /**
     * Anything at all, echoed.
     *
     * @param anything any JSON value
     * @param options an object of options
     */
    @McpTool
    public JsonNode raw(JsonNode anything, @Nullable ObjectNode options) {
        return anything;
    }

    /** Takes nothing, returns nothing. */
    @McpTool
    public void ping() {
    }
}
