package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UriTemplateTest {

    @Test
    void matchesASimpleVariableAndNamesItsVariables() {
        UriTemplate template = UriTemplate.parse("test://template/{id}/data");
        assertEquals(List.of("id"), template.variables());
        assertEquals(Map.of("id", "123"), template.match("test://template/123/data"));
        assertNull(template.match("test://template/123/data/more"));
        assertNull(template.match("test://template//data"), "a value is never empty");
        assertNull(template.match("test://template/1/2/data"), "{id} never spans a slash");
        assertNull(template.match("test://other/123/data"));
    }

    @Test
    void percentDecodesValuesAsUtf8() {
        UriTemplate template = UriTemplate.parse("users://{name}/profile");
        assertEquals(Map.of("name", "Jürgen Müller"), template.match("users://J%C3%BCrgen%20M%C3%BCller/profile"));
        assertNull(template.match("users://%ZZ/profile"), "a malformed escape");
        assertNull(template.match("users://%C3/profile"), "not UTF-8");
        assertNull(template.match("users://a%2/profile"), "a truncated escape");
    }

    @Test
    void reservedExpansionSpansSlashes() {
        UriTemplate template = UriTemplate.parse("file:///{+path}");
        assertEquals(Map.of("path", "var/log/app.log"), template.match("file:///var/log/app.log"));
        UriTemplate fragment = UriTemplate.parse("doc://{name}{#section}");
        assertEquals(Map.of("name", "guide", "section", "intro/part"), fragment.match("doc://guide#intro/part"));
    }

    @Test
    void backtracksToSplitBetweenLiterals() {
        UriTemplate template = UriTemplate.parse("x://{a}.{b}");
        assertEquals(Map.of("a", "x.y", "b", "z"), template.match("x://x.y.z"));
        UriTemplate two = UriTemplate.parse("repo://{owner}/{name}/tree/{+path}");
        assertEquals(Map.of("owner", "o", "name", "n", "path", "src/main/A.java"), two.match("repo://o/n/tree/src/main/A.java"));
    }

    @Test
    void aFixedUriIsAMatchOnlyForItself() {
        UriTemplate template = UriTemplate.parse("test://static");
        assertEquals(Map.of(), template.match("test://static"));
        assertNull(template.match("test://static2"));
    }

    @Test
    void pathologicalInputStaysFast() {
        UriTemplate template = UriTemplate.parse("x://{a}-{b}-{c}-{d}-{e}!");
        String uri = "x://" + "a-".repeat(1000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertNull(template.match(uri)));
        assertNull(template.match("x://" + "a".repeat(UriTemplate.MAX_URI_LENGTH)), "too long to match");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x://{a}{b}|touch",
        "x://{/a}|not supported",
        "x://{?q,r}|not supported",
        "x://{a*}|not supported",
        "x://{a:3}|not supported",
        "x://{a,b}|not supported",
        "x://{}|no variable name",
        "x://{a|no closing",
        "x://a}|without its",
        "x://{a}/{a}|appears twice",
    })
    void refusesWhatItCannotMatchSayingWhy(String text, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse(text));
        assertTrue(e.getMessage().startsWith("Invalid URI template '" + text + "': "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x://{user_id}", "x://{a.b}", "x://{A1}"})
    void acceptsRfc6570VariableNames(String text) {
        assertEquals(1, UriTemplate.parse(text).variables().size());
    }
}
