package dev.mcplet.server.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.Content;
import dev.mcplet.server.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The encoding helpers: the wire forms their output schemas promise, and refusals of what JSON cannot carry. */
class EncodeTest {

    @Test
    void datesAndTimesAlwaysHaveSeconds() {
        assertEquals("2025-01-31T14:30:00Z",
                Encode.dateTime(OffsetDateTime.of(2025, 1, 31, 14, 30, 0, 0, ZoneOffset.UTC)).textValue());
        assertEquals("2025-01-31T14:30:00+01:00",
                Encode.dateTime(ZonedDateTime.of(2025, 1, 31, 14, 30, 0, 0, ZoneId.of("Europe/Paris"))).textValue());
        assertEquals("2025-01-31T14:30:00", Encode.dateTime(LocalDateTime.of(2025, 1, 31, 14, 30)).textValue());
        assertEquals("14:30:00", Encode.time(LocalTime.of(14, 30)).textValue());
        assertEquals("14:30:00.5+02:00", Encode.time(OffsetTime.of(14, 30, 0, 500_000_000, ZoneOffset.ofHours(2))).textValue());
        assertEquals("1970-01-01T00:00:00Z", Encode.dateTime(Instant.EPOCH).textValue());
    }

    @Test
    void numbersKeepTheirFormAndMustBeFinite() {
        assertEquals("1.50", Json.toJson(Encode.number(new BigDecimal("1.50"))));
        assertEquals("2.5", Json.toJson(Encode.number(2.5f)));
        assertEquals("The tool returned an invalid result: the number Infinity has no JSON representation.",
                assertThrows(IllegalStateException.class, () -> Encode.number(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("The tool returned an invalid result: the number NaN has no JSON representation.",
                assertThrows(IllegalStateException.class, () -> Encode.number(Float.NaN)).getMessage());
    }

    @Test
    void nullsAreRefusedWithAMessage() {
        assertThrows(IllegalStateException.class, () -> Encode.string((String) null));
        assertEquals("The tool returned an invalid result: Quote.price is null, but it is required;"
                + " return a value, or declare it @Nullable or Optional.", Encode.nullComponent("Quote", "price").getMessage());
        CallResult result = Encode.nullResult("lookup");
        assertEquals(true, result.isError());
        assertEquals("Tool lookup returned no value (null); it declares a result, so it must return one.",
                ((Content.Text) result.content().get(0)).text());
    }

    @Test
    void nonObjectsAreWrappedForStructuredContent() {
        ObjectNode object = Json.NODES.objectNode().put("a", 1);
        assertSame(object, Encode.wrapUnlessObject(object));
        assertEquals("{\"result\":[1]}", Json.toJson(Encode.wrapUnlessObject(Json.NODES.arrayNode().add(1))));
        assertEquals("{\"result\":\"x\"}", Json.toJson(Encode.wrap(Encode.string("x"))));
        assertEquals("x", Encode.text(Encode.string("x")));
        assertEquals("{\"a\":1}", Encode.text(object));
    }
}
