package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** An enum read through a lenient factory. */
public enum Priority {
    LOW, HIGH;

    @JsonCreator
    public static Priority parse(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "low":
                return LOW;
            case "high":
                return HIGH;
            default:
                throw new IllegalArgumentException("unknown priority \"" + text + "\"; use low or high");
        }
    }
}
