#!/usr/bin/env bash
# The benchmark command: builds what it needs with Maven, then runs the cold-start harness and JMH
# on JDK 17 and JDK 25, default and Lambda flags, and writes benchmarks/results/<date>/results.md
# with cold-start.png beside it.
#
#   benchmarks/run.sh                      # everything (about 15 minutes on 2 cores)
#   benchmarks/run.sh --rounds 5 --skip-jmh   # quicker: fewer cold-start rounds, no JMH
#   benchmarks/run.sh analyze [--startuptime] [--baseline floor]   # class-loading analysis
#   benchmarks/run.sh curves [--rounds 5] [--sizes 1,10,100,1000]   # cost curves by tools and payload
#   benchmarks/run.sh load [--seconds 20]  # local-server throughput (wrk) vs the TypeScript SDK
#
# Options after the mode go to dev.mcplet.benchmarks.Main (see benchmarks/README.md). JDKs come from
# JDK17_HOME and JDK25_HOME (defaults: the Debian JDK 17 and the Temurin JDK 25 under /usr/lib/jvm).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jdk17="${JDK17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
jdk25="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

mode=run
if [[ "${1:-}" == "run" || "${1:-}" == "analyze" || "${1:-}" == "profile" || "${1:-}" == "curves" \
      || "${1:-}" == "load" ]]; then
  mode="$1"
  shift
fi

if [[ "$mode" == "load" ]]; then
  echo "building examples/calculator ..."
  JAVA_HOME="$jdk17" mvn -B -q -DskipTests -pl examples/calculator -am package
  JDK17_HOME="$jdk17" exec benchmarks/load/load.sh "$@"
fi

modules=benchmarks/harness,benchmarks/floor,benchmarks/sdk,benchmarks/sdk-2.2
if [[ -f examples/calculator/pom.xml ]]; then
  modules="$modules,examples/calculator"
fi
echo "building $modules ..."
JAVA_HOME="$jdk17" mvn -B -q -DskipTests -pl "$modules" -am package

harness=benchmarks/harness/target
classpath="$harness/mcplet-benchmarks-harness-0.1.0-SNAPSHOT.jar"
for jar in "$harness"/lib/*.jar; do
  classpath="$classpath:$jar"
done

jdks=(--jdk "17=$jdk17")
if [[ -x "$jdk25/bin/java" ]]; then
  jdks+=(--jdk "25=$jdk25")
else
  echo "no JDK 25 at $jdk25 (set JDK25_HOME); measuring JDK 17 only" >&2
fi
if [[ "$mode" != "run" ]]; then
  jdks=(--jdk "17=$jdk17")
fi

exec "$jdk17/bin/java" -Djava.awt.headless=true -cp "$classpath" dev.mcplet.benchmarks.Main "$mode" \
  --root "$root" "${jdks[@]}" "$@"
