#!/usr/bin/env bash
# Measures how long the packaged app takes from launch to its first window (the passphrase screen).
# Usage: installer/measure-start.sh [RUNS] [extra JVM options…]
# Needs a display (e.g. `Xvfb :77 -screen 0 1280x860x24 &` and DISPLAY=:77). Prints, per run, the JVM's own
# figure ("first frame after N ms", from JVM start) and the wall-clock time from launching bin/Hearth, then medians.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
app=target/installer/Hearth/bin/Hearth
[[ -x "$app" ]] || { echo "measure-start.sh: build the app image first (installer/build.sh)" >&2; exit 2; }
[[ -n "${DISPLAY:-}" ]] || { echo "measure-start.sh: needs DISPLAY" >&2; exit 2; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
jvm=()
wall=()
for ((i = 1; i <= runs; i++)); do
    log="$home/run.log"
    : > "$log"
    start=$(date +%s%N)
    HEARTH_HOME="$home/data" JAVA_TOOL_OPTIONS="-Dhearth.measureStart=true ${*:-}" "$app" > "$log" 2>&1 &
    pid=$!
    for ((t = 0; t < 600; t++)); do
        if grep -q "first frame after" "$log"; then break; fi
        sleep 0.02
    done
    end=$(date +%s%N)
    ms=$(sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p' "$log" | head -1)
    if [[ "${HEARTH_MEASURE_WAIT_EXIT:-}" == 1 ]]; then sleep 6; fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [[ -n "$ms" ]] || { echo "run $i: no first frame"; cat "$log"; exit 1; }
    jvm+=("$ms")
    wall+=($(( (end - start) / 1000000 )))
    echo "run $i: first frame ${ms} ms after JVM start, ${wall[-1]} ms after launch"
    sleep 1
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "median: first frame $(median "${jvm[@]}") ms after JVM start, $(median "${wall[@]}") ms after launch ($runs runs)"
