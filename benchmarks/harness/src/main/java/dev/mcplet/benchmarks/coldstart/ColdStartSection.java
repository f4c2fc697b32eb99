package dev.mcplet.benchmarks.coldstart;

import java.util.List;

/** All subjects measured, alternating, on one JVM configuration. */
public record ColdStartSection(JvmConfig jvm, List<SubjectResult> subjects) {

  public SubjectResult subject(String name) {
    for (SubjectResult s : subjects) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
