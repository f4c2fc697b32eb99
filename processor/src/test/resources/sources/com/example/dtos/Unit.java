package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonValue;

/** An enum written as its symbol: values that only run time knows. */
public enum Unit {
    METRE("m"), KILOGRAM("kg");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }
}
