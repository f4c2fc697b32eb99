package com.example.dtos;

/** A recursive sealed hierarchy: an arithmetic expression. */
public sealed interface Expr permits Expr.Num, Expr.Add, Expr.Mul {

    record Num(double value) implements Expr {
    }

    record Add(Expr left, Expr right) implements Expr {
    }

    record Mul(Expr left, Expr right) implements Expr {
    }
}
