#!/usr/bin/env bash
# Renders the studio's main views to docs/screenshots/*.png: the scenario editor with its live
# charts, the Overview dashboard, the Data tab with a filter (and with a malformed one), and the
# export dialog; then the editor and Overview once more in Hindi (studio-hi.png). Uses the
# offscreen platform (no X server needed); set PMIS_SCREENSHOT_XVFB=1 to render under xvfb-run
# instead. Set PMIS_SCREENSHOT_LANGUAGES="hi" (or "") to choose the other languages rendered, and
# PMIS_SCREENSHOT_KEEP_ALL=1 to keep every view of them (studio-hi-<view>.png) for checking.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/docs/screenshots"}
studio="$root/build/app/studio/pmis-studio"
if [ ! -x "$studio" ]; then
    cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$root/build" --target pmis-studio
fi
mkdir -p "$out"
# A throw-away settings location, so the user's window layout and recent files do not leak in.
export XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
render() { # render DIR [studio options...]
    local dir=$1
    shift
    if [ "${PMIS_SCREENSHOT_XVFB:-0}" = 1 ]; then
        xvfb-run -a -s "-screen 0 1600x1200x24" "$studio" "$@" --screenshot "$dir"
    else
        QT_QPA_PLATFORM=offscreen "$studio" "$@" --screenshot "$dir"
    fi
}
render "$out" --language en
for lang in ${PMIS_SCREENSHOT_LANGUAGES-hi}; do
    views=$(mktemp -d)
    render "$views" --language "$lang"
    if [ "${PMIS_SCREENSHOT_KEEP_ALL:-0}" = 1 ]; then
        cp "$views"/studio-"$lang"*.png "$out"/
    else
        cp "$views"/studio-"$lang".png "$out"/
    fi
    rm -rf "$views"
done
ls -1 "$out"/*.png
