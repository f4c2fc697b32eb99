package dev.mcplet.benchmarks.coldstart;

import java.nio.file.Path;

/**
 * One thing to measure: a deployable jar and the handler string Lambda would be configured with
 * ({@code package.Class::handleRequest}). The bare-JVM reference has no jar and handler {@code -}.
 *
 * @param name short name used in tables ({@code floor}, {@code sdk}, {@code ours}, {@code jvm})
 * @param tools how many tools it serves: 2 ({@code add} and {@code multiply}) for the calculator
 *     peers, more for the generated catalogs of the cost curves (whose first tools are the same)
 */
public record Subject(String name, Path jar, String handler, int tools) {

  public Subject(String name, Path jar, String handler) {
    this(name, jar, handler, 2);
  }

  public static final String BARE_JVM = "jvm";

  /**
   * Parses {@code name=path/to.jar::package.Class::handleRequest}, optionally followed by
   * {@code ::N}, the number of tools it serves (2 when left out), e.g. a kept cost-curve catalog.
   */
  public static Subject parse(String spec) {
    int eq = spec.indexOf('=');
    int colons = spec.indexOf("::", eq);
    if (eq <= 0 || colons < 0) {
      throw new IllegalArgumentException("subject must look like name=path/to.jar::package.Class::handleRequest[::tools],"
          + " got " + spec);
    }
    String handler = spec.substring(colons + 2);
    int tools = 2;
    int last = handler.lastIndexOf("::");
    if (last > 0 && !handler.substring(last + 2).isEmpty() && handler.substring(last + 2).chars().allMatch(Character::isDigit)) {
      tools = Integer.parseInt(handler.substring(last + 2));
      handler = handler.substring(0, last);
    }
    return new Subject(spec.substring(0, eq), Path.of(spec.substring(eq + 1, colons)).toAbsolutePath(), handler, tools);
  }

  public static Subject bareJvm() {
    return new Subject(BARE_JVM, null, "-");
  }

  public boolean isBareJvm() {
    return jar == null;
  }
}
