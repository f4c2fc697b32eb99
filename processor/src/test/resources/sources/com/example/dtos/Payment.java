package com.example.dtos;

import java.math.BigDecimal;

/** An abstract sealed class: its subclasses are JavaBeans that inherit its properties. */
public abstract sealed class Payment permits Payment.Card, Payment.Transfer {

    private BigDecimal amount;

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public static final class Card extends Payment {
        private String last4;

        public String getLast4() {
            return last4;
        }

        public void setLast4(String last4) {
            this.last4 = last4;
        }
    }

    public static final class Transfer extends Payment {
        private String iban;

        public String getIban() {
            return iban;
        }

        public void setIban(String iban) {
            this.iban = iban;
        }
    }
}
