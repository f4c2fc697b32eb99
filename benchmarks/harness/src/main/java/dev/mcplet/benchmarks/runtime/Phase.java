package dev.mcplet.benchmarks.runtime;

/**
 * Markers in a {@code -Xlog:class+load} log: each nested class is loaded exactly when the measured
 * JVM reaches that point, so the log splits into runtime start, function init and each response
 * without any clock or I/O inside the measured process.
 */
final class Phase {

  private Phase() {}

  static void reached(int phase) {
    switch (phase) {
      case 0: Started.mark(); break;
      case 1: Initialized.mark(); break;
      case 2: Response1.mark(); break;
      case 3: Response2.mark(); break;
      case 4: Response3.mark(); break;
      case 5: Response4.mark(); break;
      default: Done.mark(); break;
    }
  }

  static final class Started { static void mark() {} }
  static final class Initialized { static void mark() {} }
  static final class Response1 { static void mark() {} }
  static final class Response2 { static void mark() {} }
  static final class Response3 { static void mark() {} }
  static final class Response4 { static void mark() {} }
  static final class Done { static void mark() {} }
}
