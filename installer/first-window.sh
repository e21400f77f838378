#!/usr/bin/env bash
# Starts the installed Hearth (its own launcher) on a fresh data folder under a display and waits for its first
# window; keeps a screenshot. Without DISPLAY it runs itself under xvfb-run with a small window manager (openbox), as
# JavaFX windows under a bare X server can stay black. Linux only (Debian packages are installed when missing).
# Usage: installer/first-window.sh LAUNCHER SCREENSHOT.png
set -euo pipefail
app="${1:?usage: first-window.sh LAUNCHER SCREENSHOT.png}"
shot="${2:?usage: first-window.sh LAUNCHER SCREENSHOT.png}"
if [[ -z "${DISPLAY:-}" ]]; then
    missing=()
    command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
    command -v openbox >/dev/null || missing+=(openbox)
    command -v xwininfo >/dev/null || missing+=(x11-utils)
    command -v import >/dev/null || missing+=(imagemagick)
    [[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 || -e /usr/lib/aarch64-linux-gnu/libgtk-3.so.0 ]] \
        || missing+=(libgtk-3-0)
    if ((${#missing[@]})); then
        echo "first-window: installing ${missing[*]}"
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
data=$(mktemp -d)
openbox >/dev/null 2>&1 &
wm=$!
HOME="$data/home" HEARTH_HOME="$data/hearth" "$app" >"$data/log" 2>&1 &
pid=$!
trap 'kill $pid $wm 2>/dev/null || true; rm -rf "$data"' EXIT
started=$SECONDS
shown=
while ((SECONDS - started < 90)); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"Hearth"'; then
        shown=$((SECONDS - started))
        break
    fi
    kill -0 "$pid" 2>/dev/null || { echo "first-window: Hearth exited early" >&2; cat "$data/log" >&2; exit 1; }
    sleep 0.2
done
[[ -n "$shown" ]] || { echo "first-window: no window called Hearth within 90 s" >&2; exit 1; }
sleep 3   # let the first screen paint
import -window root "$shot"
echo "first-window: the window appeared after about ${shown} s; screenshot $shot"
