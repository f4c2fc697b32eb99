package com.example.hello.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.hello.ServerFactory;
import dev.mcplet.test.McpTestClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The newcomer's test, written with the test kit the generated project already has. */
class OrderToolsTest {

    private final McpTestClient client = McpTestClient.of(ServerFactory.create());

    @Test
    void summarisesAnOrderOfRecordsEnumsCollectionsOptionalsAndDates() {
        OrderTools.Order order = new OrderTools.Order("Ada",
                List.of(new OrderTools.Line("A-1", 2), new OrderTools.Line("B-2", 1), new OrderTools.Line("A-1", 3)),
                Optional.of(OrderTools.Priority.URGENT), LocalDate.of(2026, 1, 10), Set.of("gift"));
        client.callTool("summarise", Map.of("order", order, "receivedAt", Instant.parse("2026-01-01T09:30:00Z")))
                .assertSuccess()
                .assertStructuredContent("{\"customer\": \"Ada\", \"items\": 6, \"priority\": \"URGENT\","
                        + " \"quantities\": {\"A-1\": 5, \"B-2\": 1}, \"receivedAt\": \"2026-01-01T09:30:00Z\", \"daysLeft\": 9}");
    }

    @Test
    void listsAndDurations() {
        assertEquals(List.of("greet", "summarise", "priorities", "duration"), client.toolNames());
        client.callTool("priorities", Map.of()).assertStructuredContent("{\"result\": [\"LOW\", \"NORMAL\", \"URGENT\"]}");
        client.callTool("duration", Map.of("steps", 3, "perStep", Duration.ofMinutes(20))).assertText("PT1H");
        client.callTool("summarise", "{\"order\": {\"customer\": \"Ada\"}, \"receivedAt\": \"now\"}").assertToolError();
    }
}
