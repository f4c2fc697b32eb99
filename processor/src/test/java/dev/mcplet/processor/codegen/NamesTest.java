package dev.mcplet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({"add, ADD", "getWeather, GET_WEATHER", "get-weather, GET_WEATHER", "get_weather, GET_WEATHER",
        "HTTPGet, HTTP_GET", "v1.list, V1_LIST", "1st, TOOL_1ST", "-, TOOL", "a..b, A_B",
        "toolV2, TOOL_V2"})
    void upperSnake(String name, String constant) {
        assertEquals(constant, Names.upperSnake(name));
    }
}
