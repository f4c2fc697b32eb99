package com.example.dtos;

/** A sealed interface of records: the discriminator is "type", the simple name. */
public sealed interface Shape {

    /** @param radius in metres */
    record Circle(double radius) implements Shape {
    }

    record Rectangle(double width, double height) implements Shape {
    }
}
