#!/usr/bin/env bash
# Builds the Debian package and checks it: the expected files, AppStream and desktop-entry
# validation, lintian (no errors), installation and a pmis-gen run from the installed files.
#
#   packaging/check-package.sh [--no-install] [--keep] [--no-build] [BUILD_DIR]
#
# BUILD_DIR defaults to ./build-package (a Release build without tests); with --no-build an
# existing build in BUILD_DIR is packaged as it is (the test suite does this). As root, the package is
# installed with dpkg -i and removed again afterwards (unless --keep, or it was installed before);
# otherwise, or with --no-install, it is unpacked with dpkg-deb -x into a temporary root.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
install=yes
keep=no
build=""
rebuild=yes
for arg in "$@"; do
    case "$arg" in
    --no-install) install=no ;;
    --no-build) rebuild=no ;;
    --keep) keep=yes ;;
    -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
    -*) echo "check-package: unknown option $arg" >&2; exit 2 ;;
    *) build=$arg ;;
    esac
done
build=${build:-$root/build-package}
[ "$(id -u)" -eq 0 ] || install=no

app_id=org.pmis.DatasetStudio
package=pmis-dataset-studio
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
step() { printf '\n== %s\n' "$*"; }

work=$(mktemp -d)
installed_here=no
cleanup() {
    if [ "$installed_here" = yes ] && [ "$keep" = no ]; then
        dpkg -r "$package" > /dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "Building the package in $build"
if [ "$rebuild" = yes ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPMIS_BUILD_TESTS=OFF > /dev/null
    nice -n 10 cmake --build "$build" -j2 | tail -n 1
fi
rm -f "$build"/"$package"_*.deb
(cd "$build" && cpack -G DEB | tail -n 1)
deb=$(ls "$build"/"$package"_*.deb)
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

step "Files"
listing=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|')
echo "$listing" | grep -v '/$'
expected=(
    /usr/bin/pmis-studio
    /usr/bin/pmis-gen
    /usr/share/$package/presets/pmis-2025.json
    /usr/share/$package/presets/demo-small.json
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/icons/hicolor/256x256/apps/$app_id.png
    /usr/share/man/man1/pmis-gen.1.gz
    /usr/share/doc/$package/copyright
    /usr/share/doc/$package/changelog.Debian.gz
)
for f in "${expected[@]}"; do
    grep -qxF "$f" <<< "$listing" || fail "missing from the package: $f"
done

unpacked=$work/root
dpkg-deb -x "$deb" "$unpacked"
png_info=$(file -b "$unpacked/usr/share/icons/hicolor/256x256/apps/$app_id.png" 2>&1)
echo "256x256 icon: $png_info"
grep -q "256 x 256" <<< "$png_info" || fail "the PNG icon is not 256x256"
for bin in pmis-gen pmis-studio; do
    if ldd "$unpacked/usr/bin/$bin" | grep -q "not found"; then
        fail "$bin has unresolved libraries"
    fi
    if readelf -d "$unpacked/usr/bin/$bin" | grep -qE 'RPATH|RUNPATH'; then
        fail "$bin carries an RPATH"
    fi
done

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$unpacked/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"

step "desktop-file-validate"
desktop-file-validate "$unpacked/usr/share/applications/$app_id.desktop" && echo "no problems" \
    || fail "desktop-file-validate"

step "lintian"
lintian_out=$(lintian --fail-on error "$deb" 2>&1) || fail "lintian reports errors"
echo "${lintian_out:-no tags}"

step "Installing"
if [ "$install" = yes ]; then
    dpkg -s "$package" > /dev/null 2>&1 && keep=yes # installed before: leave it installed
    dpkg -i "$deb"
    installed_here=yes
    gen=/usr/bin/pmis-gen
    dpkg -L "$package" | grep -q "^/usr/bin/pmis-gen$" || fail "dpkg -L does not list /usr/bin/pmis-gen"
else
    echo "not root or --no-install: running from the unpacked files in $unpacked"
    gen=$unpacked/usr/bin/pmis-gen
fi

step "$gen generate --preset pmis-2025"
out=$work/data
"$gen" --version
"$gen" generate --preset pmis-2025 --out "$out"
for t in students internships interactions outcomes companies; do
    [ -s "$out/enhanced_$t.csv" ] || fail "no enhanced_$t.csv"
done
[ -s "$out/datasets_metadata.json" ] || fail "no datasets_metadata.json"
students=$(($(wc -l < "$out/enhanced_students.csv") - 1))
echo "students: $students rows"
[ "$students" -eq 5000 ] || fail "expected 5000 students, found $students"

echo
if [ "$failures" -ne 0 ]; then
    echo "check-package: $failures check(s) failed"
    exit 1
fi
echo "check-package: all checks passed ($(basename "$deb"))"
