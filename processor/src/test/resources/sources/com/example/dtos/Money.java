package com.example.dtos;

import java.math.BigDecimal;

/** Public fields, no methods. */
public class Money {
    public BigDecimal amount;
    public String currency = "EUR";
}
