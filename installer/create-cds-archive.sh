#!/usr/bin/env bash
# Optional, for faster start-up: creates the class-data-sharing archive lib/app/hearth.jsa inside an installed or
# unpacked Linux app image (default: target/installer/Hearth), which the launcher then uses (see Hearth.cfg).
# Starts Hearth once on a display (DISPLAY, or a virtual one with xvfb-run), waits until the window shows and the
# database machinery is warm, then closes it; the JVM writes the classes it loaded into the archive.
# The archive holds only class data (no case data: the training run uses an empty, temporary data folder).
# Run it again after every update (an archive from another version is ignored). Needs write access to the image
# (for /opt/hearth: sudo). Usage: installer/create-cds-archive.sh [APP_IMAGE_DIR]
set -euo pipefail
image=$(cd "${1:-$(dirname "$0")/../target/installer/Hearth}" && pwd -P)
java="$image/lib/runtime/bin/java"
jar="$image/lib/app/hearth.jar"
archive="$image/lib/app/hearth.jsa"
[[ -x "$java" && -f "$jar" ]] || { echo "create-cds-archive.sh: no Hearth app image in $image" >&2; exit 2; }
if [[ -z "${DISPLAY:-}" ]]; then
    if command -v xvfb-run >/dev/null; then
        exec xvfb-run -a "$0" "$image"
    fi
    echo "create-cds-archive.sh: needs a display (DISPLAY) or xvfb-run" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$archive"
# A dynamic archive sits on the archive of the JDK's own classes, which the installers do not ship: make it first.
if [[ ! -f "$image/lib/runtime/lib/server/classes.jsa" ]]; then
    "$java" -Xshare:dump >/dev/null
fi
# The class path must be spelled exactly as the launcher spells it ($APPDIR/hearth.jar, absolute).
HEARTH_HOME="$work/data" "$java" -XX:ArchiveClassesAtExit="$archive" -Dhearth.measureStart=true \
    -cp "$jar" org.hearth.app.Launcher > "$work/log" 2>&1 &
pid=$!
for ((t = 0; t < 300; t++)); do
    grep -q "database machinery warm" "$work/log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if [[ ! -f "$archive" ]]; then
    echo "create-cds-archive.sh: no archive was written" >&2
    cat "$work/log" >&2
    exit 1
fi
chmod a+r "$archive"
echo "create-cds-archive.sh: $(du -h "$archive" | cut -f1) archive in $archive"
