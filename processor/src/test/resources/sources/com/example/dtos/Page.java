package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of results.
 *
 * @param items the items on this page
 * @param next the cursor of the next page; absent on the last one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next) {
}
