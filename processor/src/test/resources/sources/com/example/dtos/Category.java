package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Category {
    @JsonProperty("books") BOOKS,
    @JsonProperty("music") MUSIC,
    TOYS
}
