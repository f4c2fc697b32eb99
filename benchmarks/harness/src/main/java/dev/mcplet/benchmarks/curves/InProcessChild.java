package dev.mcplet.benchmarks.curves;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One subject's in-process figures, measured in a JVM of its own and printed as one line for
 * {@link CostCurves} to read.
 *
 * <p>Usage: {@code InProcessChild <taskRoot> <handler> <name> <tools> <seconds> <payloadCalls>
 * <payload,...>}.
 */
public final class InProcessChild {

  /** The first word of the result line. */
  static final String RESULT = "IN-PROCESS-RESULT";

  private InProcessChild() {
  }

  public static void main(String[] args) throws Exception {
    List<Integer> payloads = Arrays.stream(args[6].split(",")).map(Integer::valueOf).toList();
    CostCurves.InProcess measured = CostCurves.measure(Path.of(args[0]), args[1], args[2], Integer.parseInt(args[3]),
        Double.parseDouble(args[4]), Boolean.parseBoolean(args[5]), payloads);
    System.out.println(format(measured));
    System.exit(0); // the subject may have left non-daemon threads
  }

  static String format(CostCurves.InProcess m) {
    return String.join(" ", RESULT, Long.toString(m.listBytes()), Integer.toString(m.listPages()),
        Double.toString(m.listMicros()), join(m.callMicros()), join(m.callBytes()),
        Arrays.stream(m.argumentBytes()).mapToObj(Integer::toString).collect(Collectors.joining(",")));
  }

  static CostCurves.InProcess parse(String line) {
    String[] words = line.trim().split(" ");
    return new CostCurves.InProcess(Long.parseLong(words[1]), Integer.parseInt(words[2]),
        Double.parseDouble(words[3]), doubles(words[4]), doubles(words[5]),
        Arrays.stream(words[6].split(",")).mapToInt(Integer::parseInt).toArray());
  }

  private static String join(double[] values) {
    return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%s", v)).collect(Collectors.joining(","));
  }

  private static double[] doubles(String csv) {
    return Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
  }
}
