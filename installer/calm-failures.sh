#!/usr/bin/env bash
# Calm failures of the shipped app, as a black box: the installed Hearth's own launcher in command-line mode, on
# real file systems that fail the way a worker's laptop does. Each failure must give Hearth's plain message and its
# own exit code, and never a stack trace or a database message:
#   - the data folder open in another Hearth (the database file locked by another process)   exit 5
#   - a full disk (a small tmpfs filled up): saving a case, exporting a case file, a handout  exit 6
#   - a read-only folder (the tmpfs remounted read-only): exporting, a handout                 exit 7
# A full and a read-only disk need a small file system of their own: root and mount(8), as on CI. Elsewhere those
# two parts say they did not run, and the exit code says so (3) unless HEARTH_CALM_ALLOW_SKIP=1.
#
# Usage: installer/calm-failures.sh LAUNCHER
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:?usage: installer/calm-failures.sh LAUNCHER}"
fail() { echo "calm-failures: FAILED: $*" >&2; exit 1; }
[[ -x "$app" ]] || fail "no launcher $app"
case_file=src/test/resources/acceptance/family-case.json
work=$(mktemp -d)
mounted=()
cleanup() {
    for m in "${mounted[@]}"; do umount "$m" 2>/dev/null || true; done
    [[ -n "${holder:-}" ]] && kill "$holder" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home"

run() {
    local data=$1
    shift
    env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 HEARTH_HOME="$data" \
        HEARTH_PASSPHRASE="calm-failures-passphrase" "$app" "$@"
}

# expect NAME CODE WORDS DATA ARGS...: the command fails with exit CODE, says WORDS, and shows no trace or SQL
expect() {
    local name=$1 code=$2 words=$3 data=$4
    shift 4
    local said status=0
    said=$(run "$data" "$@" 2>&1) || status=$?
    [[ $status == "$code" ]] || fail "$name: exit code $status, not $code; it said: $said"
    grep -qi -- "$words" <<<"$said" || fail "$name: does not say '$words'; it said: $said"
    if grep -qE '^\s+at |Exception|SQL|jdbc|org\.h2|org\.hibernate' <<<"$said"; then
        fail "$name: a stack trace or a database message reached the worker: $said"
    fi
    echo "calm-failures: $name: exit $status, \"$(head -1 <<<"$said")\""
}

# 1. the folder in use: another process holds the database file's lock, as a running Hearth does
inuse="$work/in-use"
run "$inuse" init >/dev/null
run "$inuse" import "$case_file" >/dev/null
python3 - "$inuse/hearth.mv.db" <<'PY' &
import fcntl, sys, time
f = open(sys.argv[1], "r+b")
fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("locked", flush=True)
time.sleep(120)
PY
holder=$!
sleep 1
expect "folder in use (list)" 5 "open" "$inuse" list
expect "folder in use (export)" 5 "open" "$inuse" export ACC-001 -o "$work/out.json"
kill "$holder"; holder=

# 2. and 3. need a small disk of their own
if [[ $EUID != 0 ]] || ! mkdir -p "$work/disk" || ! mount -t tmpfs -o size=4m,mode=0700 tmpfs "$work/disk" 2>/dev/null; then
    echo "calm-failures: the full and read-only disk did not run (needs root and mount)"
    [[ "${HEARTH_CALM_ALLOW_SKIP:-}" == 1 ]] && exit 0
    exit 3
fi
mounted+=("$work/disk")
disk="$work/disk/hearth"
run "$disk" init >/dev/null
run "$disk" import "$case_file" >/dev/null
mkdir -p "$work/disk/out"
# fill what is left of the disk
dd if=/dev/zero of="$work/disk/filler" bs=64k 2>/dev/null || true
expect "full disk (export)" 6 "disk is full" "$disk" export ACC-001 -o "$work/disk/out/case.json"
expect "full disk (handout)" 6 "disk is full" "$disk" handout ACC-001 --kind safety-plan --lang ar -o "$work/disk/out/plan.pdf"
expect "full disk (saving a case)" 6 "disk is full" "$disk" demo
[[ -z "$(ls -A "$work/disk/out")" ]] || fail "a full disk left half-written files: $(ls -A "$work/disk/out")"
rm -f "$work/disk/filler"
run "$disk" list | grep -q ACC-001 || fail "after the full disk the case is not listed"

mount -o remount,ro "$work/disk"
expect "read-only folder (export)" 7 "may not write" "$disk" export ACC-001 -o "$work/disk/out/case.json"
expect "read-only folder (handout)" 7 "may not write" "$disk" handout ACC-001 --kind safety-plan --lang nl -o "$work/disk/out/plan.pdf"
expect "read-only data folder (saving a case)" 7 "may not write" "$disk" demo
echo "calm-failures: every failure said in plain words, with its own exit code"
