#!/usr/bin/env bash
# The studio's main job on the built-in default: install, build, generate the pmis-2025 datasets
# into ./pmis-data, then open the studio when a display is present.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
"$root/build/app/pmis-gen" generate --preset pmis-2025 --out "$root/pmis-data"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$root/build/app/studio/pmis-studio"
else
  echo "No display: the datasets are in $root/pmis-data (run build/app/studio/pmis-studio on a desktop)."
fi
