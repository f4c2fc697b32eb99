package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An immutable class built through a static {@code @JsonCreator} factory. */
public final class Dimensions {

    private final double width;
    private final double height;

    private Dimensions(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @JsonCreator
    public static Dimensions of(@JsonProperty("width") double width, @JsonProperty("height") double height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive");
        }
        return new Dimensions(width, height);
    }

    public double getWidth() {
        return width;
    }

    public double getHeight() {
        return height;
    }

    public double getArea() {
        return width * height;
    }
}
