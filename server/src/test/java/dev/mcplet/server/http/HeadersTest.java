package dev.mcplet.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void namesAreCaseInsensitiveAndValuesKeepTheirOrder() {
        Headers headers = new Headers()
                .add("Accept", "application/json")
                .add("content-type", "application/json")
                .add("ACCEPT", "text/event-stream")
                .add("X-Forwarded-For", "203.0.113.7");
        assertEquals("application/json", headers.first("accept"));
        assertEquals(List.of("application/json", "text/event-stream"), headers.all("aCcEpT"));
        assertEquals("application/json", headers.first("Content-Type"));
        assertTrue(headers.contains("x-forwarded-for"));
        assertFalse(headers.contains("x-forwarded"));
        assertNull(headers.first("origin"));
        assertEquals(List.of(), headers.all("origin"));
        assertEquals(List.of("accept", "content-type", "x-forwarded-for"), List.copyOf(headers.names()));
    }

    @Test
    void onlyLettersFoldCase() {
        // '@' (0x40) and '`' (0x60) differ in the case bit but are not letters; nor are '[' and '{'.
        assertFalse(new Headers().add("a@b", "1").contains("a`b"));
        assertFalse(new Headers().add("x[", "1").contains("x{"));
        assertTrue(new Headers().add("Mcp-Protocol-Version", "1").contains("mcp-protocol-version"));
        assertTrue(Headers.sameName("Ünïcode", "ünÏCODE"));
    }

    @Test
    void setReplacesEveryValueAndRemoveDropsThem() {
        Headers headers = new Headers().add("Vary", "Origin").add("Allow", "POST").add("vary", "Accept");
        headers.set("VARY", "*");
        assertEquals(List.of("*"), headers.all("vary"));
        assertEquals("POST", headers.first("allow"));
        headers.remove("allow");
        assertFalse(headers.contains("Allow"));
        assertEquals(List.of("vary"), List.copyOf(headers.names()));
    }

    @Test
    void growsPastItsInitialCapacity() {
        Headers headers = new Headers();
        for (int i = 0; i < 100; i++) {
            headers.add("X-Header-" + i, Integer.toString(i));
        }
        assertEquals("99", headers.first("x-header-99"));
        assertEquals(100, headers.names().size());
        assertFalse(headers.isEmpty());
    }
}
