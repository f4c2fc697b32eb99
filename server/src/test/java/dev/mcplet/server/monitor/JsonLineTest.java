package dev.mcplet.server.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcplet.server.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written JSON and time formatting, checked against Jackson and java.time. */
class JsonLineTest {

    @Test
    void isoTimeMatchesInstant() {
        Random random = new Random(42);
        long[] fixed = {0L, -1L, 951_782_400_000L, 4_102_444_799_999L, 1_796_126_400_123L, -62_135_596_800_000L + 1};
        for (long millis : fixed) {
            assertTime(millis);
        }
        for (int i = 0; i < 10_000; i++) {
            assertTime(Math.floorMod(random.nextLong(), 253_402_300_799_000L + 62_135_596_800_000L) - 62_135_596_800_000L);
        }
    }

    /** Same instant as java.time, and always the 24-character form with milliseconds. */
    private static void assertTime(long millis) {
        StringBuilder out = new StringBuilder();
        JsonLine.appendIsoTime(out, millis);
        assertEquals(24, out.length(), out::toString);
        assertEquals(Instant.ofEpochMilli(millis), Instant.parse(out), out::toString);
    }

    @Test
    void stringsRoundTripThroughJackson() throws Exception {
        String nasty = "quote \" backslash \\ newline \n tab \t cr \r nul \u0000 bell \u0007 ls \u2028 ps \u2029 é 😀 </script>";
        String line = new JsonLine(64).string("s", nasty).end();
        assertEquals(-1, line.indexOf('\n'));
        assertEquals(-1, line.indexOf('\u2028'));
        assertEquals(nasty, Json.parse(line.getBytes(StandardCharsets.UTF_8)).get("s").textValue());
    }

    @Test
    void millisecondsWithThreeDecimals() {
        assertEquals("{\"a\":0.000,\"b\":1.234,\"c\":12.005,\"d\":0.099}", new JsonLine(64).millis("a", 999)
                .millis("b", 1_234_567).millis("c", 12_005_000).millis("d", 99_999).end());
    }

    @Test
    void nestedShapes() {
        String line = new JsonLine(64).object("o").number("n", -3).endObject().array("a").element("x")
                .elementArray().element("y").endArray().element().string("k", "v").endObject().endArray().raw("r", "[1]")
                .end();
        assertEquals("{\"o\":{\"n\":-3},\"a\":[\"x\",[\"y\"],{\"k\":\"v\"}],\"r\":[1]}", line);
    }
}
