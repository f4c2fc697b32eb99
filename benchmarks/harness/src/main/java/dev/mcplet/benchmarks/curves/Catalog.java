package dev.mcplet.benchmarks.curves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source of a generated mcplet application with {@code n} tools of realistic shapes: shared
 * domain records (nested, with lists, optionals, enums, decimals and dates) and classes of 25
 * {@code @McpTool} methods each, as a team splits tools by area. The first tools are always
 * {@code add}, {@code multiply} (so the cold-start events and their checks are those of the
 * calculator) and {@code importItems(List<LineItem>)} (the steady-state payload tool); the rest
 * cycle through four shapes:
 *
 * <ul>
 *   <li>{@code placeOrder_i(Order order, Optional<String> couponCode)} returning a {@code Receipt} record;
 *   <li>{@code searchItems_i(String query, Priority minPriority, OptionalInt limit, List<String> tags)} returning {@code List<LineItem>};
 *   <li>{@code describeAddress_i(Address address, boolean verbose)} returning text;
 *   <li>{@code scheduleDelivery_i(String orderId, LocalDate date, Priority priority, Optional<String> instructions)}.
 * </ul>
 */
final class Catalog {

  static final String PACKAGE = "bench.catalog";
  static final String HANDLER = PACKAGE + ".CatalogHandler::handleRequest";
  static final int TOOLS_PER_CLASS = 25;

  private Catalog() {}

  /** Relative source path to source text. */
  static Map<String, String> sources(int tools) {
    Map<String, String> files = new LinkedHashMap<>();
    String dir = PACKAGE.replace('.', '/') + "/";
    files.put(dir + "Types.java", types());
    List<String> sets = new ArrayList<>();
    for (int from = 0, k = 0; from < tools; from += TOOLS_PER_CLASS, k++) {
      String name = "Tools" + k;
      files.put(dir + name + ".java", toolClass(name, from, Math.min(tools, from + TOOLS_PER_CLASS)));
      sets.add("new " + name + "_McpTools(new " + name + "())");
    }
    files.put(dir + "CatalogHandler.java", "package " + PACKAGE + ";\n\n"
        + "import dev.mcplet.server.McpServer;\n"
        + "import dev.mcplet.server.lambda.McpLambdaHandler;\n"
        + "import dev.mcplet.server.monitor.Monitoring;\n\n"
        + "/** The catalog's Lambda entry point, built like the calculator's. */\n"
        + "public final class CatalogHandler extends McpLambdaHandler {\n"
        + "  public CatalogHandler() {\n"
        + "    super(McpServer.builder().name(\"catalog\").version(\"1.0.0\")\n"
        + "        .tools(" + String.join(",\n            ", sets) + ")\n"
        + "        .monitoring(Monitoring.fromEnvironment())\n"
        + "        .build());\n"
        + "  }\n"
        + "}\n");
    return files;
  }

  private static String types() {
    return "package " + PACKAGE + ";\n\n"
        + "import java.math.BigDecimal;\n"
        + "import java.time.Instant;\n"
        + "import java.util.List;\n"
        + "import java.util.Optional;\n\n"
        + "/** The domain types the tools share. */\n"
        + "public final class Types {\n"
        + "  private Types() {}\n\n"
        + "  /** How urgent something is. */\n"
        + "  public enum Priority { LOW, NORMAL, HIGH, URGENT }\n\n"
        + "  /** One line of an order. */\n"
        + "  public record LineItem(String sku, int quantity, BigDecimal unitPrice, Optional<String> note) {}\n\n"
        + "  /** A postal address. */\n"
        + "  public record Address(String street, String city, String postalCode, String country) {}\n\n"
        + "  /** An order to place. */\n"
        + "  public record Order(String customerId, List<LineItem> lines, Address shipTo, Priority priority) {}\n\n"
        + "  /** What placing an order returns. */\n"
        + "  public record Receipt(String orderId, BigDecimal total, Instant acceptedAt, List<String> warnings) {}\n"
        + "}\n";
  }

  private static String toolClass(String name, int from, int to) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(PACKAGE).append(";\n\n")
        .append("import bench.catalog.Types.Address;\n")
        .append("import bench.catalog.Types.LineItem;\n")
        .append("import bench.catalog.Types.Order;\n")
        .append("import bench.catalog.Types.Priority;\n")
        .append("import bench.catalog.Types.Receipt;\n")
        .append("import dev.mcplet.McpTool;\n")
        .append("import java.math.BigDecimal;\n")
        .append("import java.time.Instant;\n")
        .append("import java.time.LocalDate;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Optional;\n")
        .append("import java.util.OptionalInt;\n\n")
        .append("/** Tools ").append(from).append(" to ").append(to - 1).append(". */\n")
        .append("public final class ").append(name).append(" {\n");
    for (int i = from; i < to; i++) {
      out.append('\n').append(tool(i));
    }
    return out.append("}\n").toString();
  }

  private static String tool(int i) {
    if (i == 0 || i == 1) {
      String verb = i == 0 ? "Add" : "Multiply";
      return "  /**\n   * " + verb + " two integers.\n   *\n   * @param a the first operand\n"
          + "   * @param b the second operand\n   */\n"
          + "  @McpTool\n  public int " + (i == 0 ? "add" : "multiply") + "(int a, int b) {\n"
          + "    return " + (i == 0 ? "Math.addExact(a, b)" : "Math.multiplyExact(a, b)") + ";\n  }\n";
    }
    if (i == 2) {
      return "  /**\n   * Import a batch of line items into the catalog and return how many were accepted.\n"
          + "   *\n   * @param items the line items, each with its SKU, quantity and unit price\n   */\n"
          + "  @McpTool\n  public int importItems(List<LineItem> items) {\n    return items.size();\n  }\n";
    }
    switch (i % 4) {
      case 3:
        return "  /**\n   * Place an order for a customer (area " + i + "): checks stock, applies the coupon and"
            + " returns the receipt with its total.\n   *\n"
            + "   * @param order the order: customer, lines and shipping address\n"
            + "   * @param couponCode a coupon to apply, if the customer has one\n   */\n"
            + "  @McpTool\n  public Receipt placeOrder_" + i + "(Order order, Optional<String> couponCode) {\n"
            + "    return new Receipt(\"o-" + i + "\", BigDecimal.ZERO, Instant.EPOCH, List.of());\n  }\n";
      case 0:
        return "  /**\n   * Search the catalog of area " + i + " for items matching a query, most relevant first.\n"
            + "   *\n   * @param query words to look for in names and descriptions\n"
            + "   * @param minPriority the lowest priority to include\n"
            + "   * @param limit at most this many results (default 20)\n"
            + "   * @param tags only items with all of these tags\n   */\n"
            + "  @McpTool\n  public List<LineItem> searchItems_" + i
            + "(String query, Priority minPriority, OptionalInt limit, List<String> tags) {\n"
            + "    return List.of();\n  }\n";
      case 1:
        return "  /**\n   * Describe a postal address as one line, normalised for the carrier of region " + i + ".\n"
            + "   *\n   * @param address the address to describe\n"
            + "   * @param verbose whether to add the country's full name\n   */\n"
            + "  @McpTool\n  public String describeAddress_" + i + "(Address address, boolean verbose) {\n"
            + "    return address.city();\n  }\n";
      default:
        return "  /**\n   * Schedule the delivery of an order in zone " + i + " on a given day.\n"
            + "   *\n   * @param orderId the order to deliver\n"
            + "   * @param date the delivery day\n"
            + "   * @param priority how urgent the delivery is\n"
            + "   * @param instructions a note for the driver\n   */\n"
            + "  @McpTool\n  public String scheduleDelivery_" + i
            + "(String orderId, LocalDate date, Priority priority, Optional<String> instructions) {\n"
            + "    return orderId + \" on \" + date;\n  }\n";
    }
  }
}
