package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Two values; Jackson annotations on record components. */
public record Pair<A, B>(@JsonProperty("left") A first, @JsonProperty("right") B second) {
}
