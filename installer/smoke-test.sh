#!/usr/bin/env bash
# Smoke test of the Linux installers: builds the app image and the .deb from target/hearth.jar (unless
# HEARTH_SMOKE_REUSE=1 and they exist), then runs the bundled launcher headless: --version, and init, demo and list
# on a temporary data folder, and checks that the demo case appears. Prints the sizes of what it built.
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
[[ "$version" == Hearth\ * ]] || fail "unexpected --version output"

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

echo "smoke-test: sizes"
echo "  app image $(du -sh "$image" | cut -f1)   ($image; runtime $(du -sh "$image/lib/runtime" | cut -f1))"
echo "  .deb      $(du -h "$deb" | cut -f1)   ($deb)"
echo "smoke-test: passed"
