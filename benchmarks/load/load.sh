#!/usr/bin/env bash
# Throughput of the local servers on loopback: mcplet's calculator (java -jar, the local development
# server) beside the official MCP TypeScript SDK's stateless JSON server with the same two tools
# (benchmarks/load/ts-server), under wrk with keep-alive, at 1, 16, 64 and 256 connections for 20 s
# each. Levels alternate between the two servers; each server gets a 5 s warm-up first. Writes
# load.md and load.csv to the output directory.
#
#   benchmarks/load/load.sh [--seconds 20] [--connections 1,16,64,256] [--out DIR]
#
# Needs wrk (Debian: apt-get install wrk), Node 18+ with npm, and the calculator's jar
# (examples/calculator/target/mcplet-example-calculator.jar; benchmarks/run.sh load builds it).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds=20
connections=1,16,64,256
out="$root/benchmarks/results/$(date -u +%F)"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
java="${JDK17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java"
jar="$root/examples/calculator/target/mcplet-example-calculator.jar"
ts="$root/benchmarks/load/ts-server"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[[ -f "$jar" ]] || { echo "build the calculator first: $jar" >&2; exit 1; }
if [[ ! -d "$ts/node_modules" || "$ts/package-lock.json" -nt "$ts/node_modules/.package-lock.json" ]]; then
  (cd "$ts" && npm ci --no-audit --no-fund --loglevel=error)
fi
mkdir -p "$out"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# Starts a server in the background; waits for its "listening" line; sets $pid and $port.
start() {
  local name="$1" pattern="$2"; shift 2
  "$@" >"$work/$name.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 1 200); do
    port="$(grep -oE "$pattern" "$work/$name.log" | grep -oE '[0-9]+$' | head -1 || true)"
    [[ -n "$port" ]] && return 0
    sleep 0.1
  done
  echo "$name did not start:" >&2
  cat "$work/$name.log" >&2
  exit 1
}

PORT=0 HOST=127.0.0.1 start ours '127\.0\.0\.1:[0-9]+' "$java" -jar "$jar"
ours_pid=$pid ours_port=$port
PORT=0 start ts 'listening [0-9]+' node "$ts/server.mjs"
ts_pid=$pid ts_port=$port

body='{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add","arguments":{"a":2,"b":3}}}'
for server in ours ts; do
  p="${server}_port"
  answer="$(curl -s -X POST "http://127.0.0.1:${!p}/mcp" -H 'Content-Type: application/json' \
    -H 'Accept: application/json, text/event-stream' -H 'MCP-Protocol-Version: 2025-11-25' -d "$body")"
  [[ "$answer" == *'"text":"5"'* ]] || { echo "$server did not answer add(2, 3) = 5: $answer" >&2; exit 1; }
done

rss() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
hwm() { awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
run_wrk() {
  local port="$1" conns="$2" secs="$3" threads=2
  (( conns < threads )) && threads=$conns
  wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout 10s -s "$root/benchmarks/load/call-add.lua" \
    "http://127.0.0.1:$port/mcp" | grep '^RESULT ' | sed 's/^RESULT //'
}

echo "warming up (5 s each) ..."
run_wrk "$ours_port" 16 5 >/dev/null
run_wrk "$ts_port" 16 5 >/dev/null

csv="$out/load.csv"
echo "server,connections,requests,rps,p50_ms,p90_ms,p99_ms,max_ms,errors,non_2xx,rss_mib,peak_rss_mib" >"$csv"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
IFS=',' read -ra levels <<<"$connections"
for conns in "${levels[@]}"; do
  for server in ours ts; do
    p="${server}_port"; q="${server}_pid"
    echo "$server, $conns connections, ${seconds} s ..."
    json="$(run_wrk "${!p}" "$conns" "$seconds")"
    python3 - "$server" "$conns" "$(rss "${!q}")" "$(hwm "${!q}")" "$json" >>"$csv" <<'PY'
import json, sys
server, conns, rss, hwm, line = sys.argv[1:]
r = json.loads(line)
errors = r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"]
print(f'{server},{conns},{r["requests"]},{r["rps"]:.0f},{r["p50_ms"]:.3f},{r["p90_ms"]:.3f},{r["p99_ms"]:.3f},'
      f'{r["max_ms"]:.1f},{errors},{r["non_2xx"]},{rss},{hwm}')
PY
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$csv" "$out/load.md" "$seconds" "$load_before" "$load_after" "$("$java" -version 2>&1 | head -1)" \
  "$(node --version)" "$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)" "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" <<'PY'
import csv, sys, datetime
path, md, seconds, before, after, java, node, wrk, cores, cpu = sys.argv[1:]
rows = list(csv.DictReader(open(path)))
by = {(r["server"], r["connections"]): r for r in rows}
levels = sorted({int(r["connections"]) for r in rows})
names = {"ours": "mcplet (local server)", "ts": "TypeScript SDK 1.32.2 (stateless, JSON)"}
out = [f"# Local server throughput, {datetime.date.today()}", "",
       f"- Machine: {cores} cores, {cpu}; loopback; **shared with other builds** (load average before {before},"
       f" after {after}): figures are noisy, ratios from the same alternated run",
       f"- {java}, default flags (`java -jar`); Node {node}; {wrk}, keep-alive, `tools/call add(2, 3)`,"
       f" {seconds} s per level after a 5 s warm-up per server; levels alternate between the servers",
       "- Command: `benchmarks/run.sh load` (= `benchmarks/load/load.sh`)", "",
       "| connections | server | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors | non-2xx | RSS MiB (peak) | vs TS |",
       "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
for level in levels:
    for server in ("ours", "ts"):
        r = by.get((server, str(level)))
        if not r:
            continue
        ratio = float(r["rps"]) / max(1.0, float(by[("ts", str(level))]["rps"])) if ("ts", str(level)) in by else float("nan")
        out.append(f'| {level} | {names[server]} | {float(r["rps"]):,.0f} | {r["p50_ms"]} | {r["p90_ms"]} | {r["p99_ms"]} |'
                   f' {r["max_ms"]} | {r["errors"]} | {r["non_2xx"]} | {r["rss_mib"]} ({r["peak_rss_mib"]}) |'
                   f' {ratio:.2f}x |' if server == "ours" else
                   f'| {level} | {names[server]} | {float(r["rps"]):,.0f} | {r["p50_ms"]} | {r["p90_ms"]} | {r["p99_ms"]} |'
                   f' {r["max_ms"]} | {r["errors"]} | {r["non_2xx"]} | {r["rss_mib"]} ({r["peak_rss_mib"]}) | 1.00x |')
open(md, "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
echo "wrote $out/load.md and $csv"
