#!/usr/bin/env bash
# Renders every view of the studio at 1280×720 to docs/screenshots/*.png, in English and in Hindi:
# the scenario editor (each of its pages) beside the Overview, the Overview, the Data tab with a
# filter and with a malformed one, the Quality tab, the Recommender's student, employer and
# evaluation pages and an unknown student ID, the Compare tab with two presets, and the dialogs
# (Compare, Export, Preferences, User guide,
# About, and the errors of opening and saving a scenario), every page of presentation mode, and two
# pages of the PDF report (pmis-gen report, rendered with pdftoppm). English pictures are
# <view>.png, Hindi ones studio-hi-<view>.png (the editor: studio-hi.png).
#
#   scripts/screenshots.sh [OUT_DIR]
#
# Uses the offscreen platform (no X server needed); PMIS_SCREENSHOT_XVFB=1 renders under xvfb-run
# on a 1280×720 screen instead. PMIS_SCREENSHOT_LANGUAGES="en hi" chooses the languages.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/docs/screenshots"}
studio="$root/build/app/studio/pmis-studio"
gen="$root/build/app/pmis-gen"
if [ ! -x "$studio" ] || [ ! -x "$gen" ]; then
    cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$root/build" --target pmis-studio pmis-gen
fi
mkdir -p "$out"
# A throw-away settings location per language, so neither the user's window layout and recent
# files nor the scenario the previous language's tour saved last leak in.
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
for lang in ${PMIS_SCREENSHOT_LANGUAGES-en hi}; do
    export XDG_CONFIG_HOME="$settings/$lang"
    mkdir -p "$XDG_CONFIG_HOME"
    if [ "${PMIS_SCREENSHOT_XVFB:-0}" = 1 ]; then
        xvfb-run -a -s "-screen 0 1280x720x24" "$studio" --language "$lang" --screenshot "$out"
    else
        QT_QPA_PLATFORM=offscreen "$studio" --language "$lang" --screenshot "$out"
    fi 2> >(grep -v 'propagateSizeHints' >&2)
    # The report's title page and its recommender evaluation (the page with "NDCG@K").
    prefix=""
    [ "$lang" = en ] || prefix="studio-$lang-"
    "$gen" report --preset demo-small --language "$lang" --out "$settings/report-$lang.pdf" --quiet
    pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$settings/report-$lang.pdf" "$out/${prefix}report-1-title"
    pages=$(pdfinfo "$settings/report-$lang.pdf" | awk '/^Pages:/ { print $2 }')
    for ((p = 1; p <= pages; p++)); do
        if pdftotext -f "$p" -l "$p" "$settings/report-$lang.pdf" - | grep -q 'NDCG@K'; then
            pdftoppm -r 80 -png -f "$p" -l "$p" -singlefile "$settings/report-$lang.pdf" \
                "$out/${prefix}report-2-evaluation"
            break
        fi
    done
done
ls -1 "$out"/*.png
