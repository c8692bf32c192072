#!/usr/bin/env bash
# Whole-process figures of the alka tool (docs/benchmarks.md, "The tool, whole process"): the native tool and the
# just-in-time build side by side, and the JavaScript reference (Node with @hebcal/core 6.9.3) writing the same
# calendar CSV in the same run. Needs the .NET 10 SDK, clang and zlib's headers (for the native build), hyperfine,
# jq, node and npm. Prints the medians; the raw hyperfine JSON is left in $out.
#   benchmarks/whole-process/run.sh [RUNS]      (default 20 runs after 3 warm-ups)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
out=${OUT:-$(mktemp -d /tmp/alka-whole-process.XXXXXX)}
mkdir -p "$out"
all=jewish,muslim,christian-western,christian-orthodox,druze
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building: native (linux-x64, ahead of time) and just in time, into $out"
dotnet publish src/Alka.Cli -c Release -r linux-x64 -o "$out/native" >"$out/build.log"
dotnet build src/Alka.Cli -c Release -o "$out/jit" >>"$out/build.log"
native="$out/native/alka"
jit="dotnet $out/jit/alka.dll"

echo "== the reference: @hebcal/core 6.9.3 in $out/node (outside the repository)"
mkdir -p "$out/node"
cp benchmarks/whole-process/hebcal-calendar.mjs benchmarks/whole-process/observances.csv "$out/node/"
(cd "$out/node" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @hebcal/core@6.9.3 >/dev/null)
reference="node $out/node/hebcal-calendar.mjs 1900-01-01 2099-12-31"
$native calendar --from 1900-01-01 --to 2099-12-31 --format csv >"$out/alka.csv"
$reference >"$out/reference.csv"
echo "   alka: $(wc -l <"$out/alka.csv") lines; reference: $(wc -l <"$out/reference.csv") lines;" \
  "rows that differ: $(diff "$out/alka.csv" "$out/reference.csv" | grep -c '^[<>]' || true)"

bench() { # name, then commands
  local name=$1; shift
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/$name.json" "$@" >/dev/null
  jq -r '.results[] | "\(.median * 1000 | . * 10 | round / 10) ms\t(mean \(.mean * 1000 | . * 10 | round / 10), min \(.min * 1000 | . * 10 | round / 10))\t\(.command)"' "$out/$name.json"
}

echo "== medians of $runs runs"
bench version "$native --version" "$jit --version"
bench calendar "$native calendar --from 1900-01-01 --to 2099-12-31 --format csv" \
  "$jit calendar --from 1900-01-01 --to 2099-12-31 --format csv" "$reference"
jq -r '.results | "   ratio native / reference: \((.[0].median / .[2].median) * 1000 | round / 1000)"' "$out/calendar.json"
bench days "$native days --from 1901-01-01 --to 2076-12-31 --communities $all --format csv" \
  "$native days --from 1901-01-01 --to 2076-12-31 --communities $all" \
  "$native days --from 1901-01-01 --to 2076-12-31 --communities $all --format json" \
  "$jit days --from 1901-01-01 --to 2076-12-31 --communities $all --format csv"
bench plan "$native plan district-managers-forum --from 2026-09-01 --to 2027-08-31" \
  "$native plan district-managers-forum --from 2026-09-01 --to 2027-08-31 --format json" \
  "$jit plan district-managers-forum --from 2026-09-01 --to 2027-08-31"
echo "== machine"
echo "   $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
