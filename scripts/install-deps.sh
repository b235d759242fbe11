#!/usr/bin/env bash
# Installs the Debian 12 packages the studio needs to build, test and package (sudo when not root).
# With --ci, also the tools of the other CI variants: ccache, clang with libFuzzer and its
# sanitizer runtimes, clang-format and clang-tidy.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
  libqcustomplot-dev libqcustomplot2.1-qt6 nlohmann-json3-dev libsqlite3-dev sqlite3 libssl-dev
  fonts-dejavu-core fonts-lohit-deva
  xvfb xauth x11-apps xdotool poppler-utils
  dpkg-dev file lintian appstream desktop-file-utils librsvg2-bin
)
if [ "${1:-}" = --ci ]; then
  packages+=(ccache clang libclang-rt-14-dev clang-format clang-tidy util-linux)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
