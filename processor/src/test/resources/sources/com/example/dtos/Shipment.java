package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;

/** A record with a naming strategy and a property order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"status", "trackingNumber"})
public record Shipment(String trackingNumber, LocalDate estimatedDelivery, @JsonProperty("carrier") String carrierName,
        String status) {
}
