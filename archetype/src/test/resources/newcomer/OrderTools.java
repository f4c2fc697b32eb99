package com.example.hello.orders;

import dev.mcplet.McpTool;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A newcomer's own tools, dropped into a generated project as they are: records, an enum,
 * collections, Optional and java.time, in a package of their own.
 */
public final class OrderTools {

    /** How soon an order is needed. */
    public enum Priority {
        LOW, NORMAL, URGENT
    }

    /**
     * One line of an order.
     *
     * @param sku the article number
     * @param quantity how many
     */
    public record Line(String sku, int quantity) {
    }

    /**
     * An order.
     *
     * @param customer who ordered
     * @param lines what they ordered
     * @param priority how soon; normal when absent
     * @param deliverBy the latest delivery day
     * @param tags free labels
     */
    public record Order(String customer, List<Line> lines, Optional<Priority> priority, LocalDate deliverBy,
            Set<String> tags) {
    }

    /**
     * What an order comes to.
     *
     * @param customer who ordered
     * @param items the number of items
     * @param priority how soon
     * @param quantities the quantity per article
     * @param receivedAt when it arrived
     * @param daysLeft days from arrival to the delivery day
     */
    public record Summary(String customer, int items, Priority priority, Map<String, Integer> quantities,
            Instant receivedAt, long daysLeft) {
    }

    /**
     * Summarise an order.
     *
     * @param order the order
     * @param receivedAt when the order arrived
     */
    @McpTool(readOnlyHint = true)
    public Summary summarise(Order order, Instant receivedAt) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        int items = 0;
        for (Line line : order.lines()) {
            quantities.merge(line.sku(), line.quantity(), Integer::sum);
            items += line.quantity();
        }
        long daysLeft = ChronoUnit.DAYS.between(receivedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate(), order.deliverBy());
        return new Summary(order.customer(), items, order.priority().orElse(Priority.NORMAL), quantities, receivedAt,
                daysLeft);
    }

    /**
     * The priorities an order can have, most relaxed first.
     */
    @McpTool
    public List<Priority> priorities() {
        return List.of(Priority.values());
    }

    /**
     * How long a job of this many steps takes at a given pace.
     *
     * @param steps how many steps
     * @param perStep how long each step takes
     */
    @McpTool
    public Duration duration(int steps, Duration perStep) {
        return perStep.multipliedBy(steps);
    }
}
