package com.example.dtos;

import java.util.List;

/** A value with children of the same kind. */
public record Tree<T>(T value, List<Tree<T>> children) {
}
