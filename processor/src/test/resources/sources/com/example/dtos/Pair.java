package com.example.dtos;

/** Two values. */
public record Pair<A, B>(A first, B second) {
}
