package com.example.types;

import dev.mcplet.McpTool;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/** One static tool per scalar type, each returning its argument: decoding and text results. */
public final class Scalars {

    /** A colour. */
    public enum Color { RED, GREEN, BLUE }

    @McpTool public static boolean aBoolean(boolean v) { return v; }
    @McpTool public static byte aByte(byte v) { return v; }
    @McpTool public static short aShort(short v) { return v; }
    @McpTool public static int anInt(int v) { return v; }
    @McpTool public static long aLong(long v) { return v; }
    @McpTool public static float aFloat(float v) { return v; }
    @McpTool public static double aDouble(double v) { return v; }
    @McpTool public static char aChar(char v) { return v; }
    @McpTool public static Boolean boxedBoolean(Boolean v) { return v; }
    @McpTool public static Byte boxedByte(Byte v) { return v; }
    @McpTool public static Short boxedShort(Short v) { return v; }
    @McpTool public static Integer boxedInt(Integer v) { return v; }
    @McpTool public static Long boxedLong(Long v) { return v; }
    @McpTool public static Float boxedFloat(Float v) { return v; }
    @McpTool public static Double boxedDouble(Double v) { return v; }
    @McpTool public static Character boxedChar(Character v) { return v; }
    @McpTool public static String string(String v) { return v; }
    @McpTool public static BigInteger bigInteger(BigInteger v) { return v; }
    @McpTool public static BigDecimal bigDecimal(BigDecimal v) { return v; }
    @McpTool public static UUID uuid(UUID v) { return v; }
    @McpTool public static URI uri(URI v) { return v; }
    @McpTool public static LocalDate localDate(LocalDate v) { return v; }
    @McpTool public static LocalTime localTime(LocalTime v) { return v; }
    @McpTool public static LocalDateTime localDateTime(LocalDateTime v) { return v; }
    @McpTool public static OffsetDateTime offsetDateTime(OffsetDateTime v) { return v; }
    @McpTool public static OffsetTime offsetTime(OffsetTime v) { return v; }
    @McpTool public static ZonedDateTime zonedDateTime(ZonedDateTime v) { return v; }
    @McpTool public static Instant instant(Instant v) { return v; }
    @McpTool public static Duration duration(Duration v) { return v; }
    @McpTool public static Color color(Color v) { return v; }
}
