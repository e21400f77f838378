#!/usr/bin/env bash
# Smoke test of the Linux installers: builds the app image and the .deb from target/hearth.jar (unless
# HEARTH_SMOKE_REUSE=1 and they exist), then runs the bundled launcher headless: --version, and init, demo and list
# on a temporary data folder, and checks that the demo case appears. Prints the sizes of what it built and fails
# says so when they are over budget (app image 100 MB, .deb 70 MB; HEARTH_SIZE_STRICT=1 makes that fail).
# Run by .ci/run after ./mvnw -B verify; by hand: ./mvnw -o -DskipTests package && installer/smoke-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }

# jpackage makes the .deb with fakeroot and dpkg-deb and reads library dependencies with objdump (binutils)
missing=()
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v objdump >/dev/null || missing+=(binutils)
if ((${#missing[@]})); then
    echo "smoke-test: installing ${missing[*]}"
    apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

image=target/installer/Hearth
app="$image/bin/Hearth"
if [[ "${HEARTH_SMOKE_REUSE:-}" == 1 && -x "$app" ]] && ls target/installer/hearth_*.deb >/dev/null 2>&1; then
    echo "smoke-test: using the existing app image and .deb"
else
    installer/build.sh "${1:-}"
fi
[[ -x "$app" ]] || fail "no launcher $app"
deb=$(ls target/installer/hearth_*.deb 2>/dev/null | head -1)
[[ -n "$deb" ]] || fail "no .deb in target/installer"

version=$("$app" --version) || fail "--version exited with $?"
echo "smoke-test: $app --version says: $version"
[[ "$version" == Hearth\ [0-9]* ]] || fail "--version does not name Hearth's version: $version"

# Only the bundled runtime may be used: no Java on the PATH, no JAVA_HOME.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
run() {
    env -i PATH=/usr/bin:/bin HOME="$data/home" HEARTH_HOME="$data/hearth" \
        HEARTH_PASSPHRASE="smoke-test-passphrase" "$app" "$@"
}
mkdir -p "$data/home"
run init >/dev/null || fail "init exited with $?"
run demo >/dev/null || fail "demo exited with $?"
listing=$(run list) || fail "list exited with $?"
grep -q "DEMO-001" <<<"$listing" || fail "list does not show DEMO-001"
echo "smoke-test: init, demo and list work with the bundled runtime (list shows DEMO-001)"

# The package: our dependencies, the launcher, the menu entry
control=$(dpkg-deb -f "$deb" Depends)
grep -q "libgtk-3-0" <<<"$control" || fail ".deb does not depend on libgtk-3-0"
contents=$(dpkg-deb -c "$deb")
grep -q "./opt/hearth/bin/Hearth$" <<<"$contents" || fail ".deb has no /opt/hearth/bin/Hearth"
grep -q "hearth-Hearth.desktop" <<<"$contents" || fail ".deb has no menu entry"
echo "smoke-test: .deb depends on libgtk-3-0 and installs /opt/hearth/bin/Hearth with a menu entry"

# Size budget (MB = 1,000,000 bytes): what a worker downloads and installs.
image_budget=100
deb_budget=70
image_mb=$(( ($(du -sb "$image" | cut -f1) + 500000) / 1000000 ))
runtime_mb=$(( ($(du -sb "$image/lib/runtime" | cut -f1) + 500000) / 1000000 ))
jars_mb=$(( ($(du -sb "$image/lib/app" | cut -f1) + 500000) / 1000000 ))
deb_mb=$(( ($(stat -c %s "$deb") + 500000) / 1000000 ))
echo "smoke-test: sizes"
echo "  app image ${image_mb} MB (budget ${image_budget} MB): runtime ${runtime_mb} MB, jars ${jars_mb} MB   ($image)"
echo "  .deb      ${deb_mb} MB (budget ${deb_budget} MB)   ($deb)"
# Over budget is said plainly; it fails the run only with HEARTH_SIZE_STRICT=1, while the budget is not yet met
# (docs/decisions/0018-what-ships-is-tested.md says what is left).
over=()
((image_mb <= image_budget)) || over+=("the app image is ${image_mb} MB, over its budget of ${image_budget} MB")
((deb_mb <= deb_budget)) || over+=("the .deb is ${deb_mb} MB, over its budget of ${deb_budget} MB")
for line in "${over[@]}"; do
    echo "smoke-test: OVER BUDGET: $line"
done
if ((${#over[@]})) && [[ "${HEARTH_SIZE_STRICT:-}" == 1 ]]; then
    fail "over the size budget"
fi
echo "smoke-test: passed"
