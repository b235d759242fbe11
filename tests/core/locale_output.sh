#!/bin/bash
# pmis-gen writes the same bytes whatever LANG and LC_* say: generate and export (CSV, metadata,
# SQLite) under de_DE, tr_TR and ISO-8859 locales and compare with the C locale byte for byte.
# Locales missing from the system are built with localedef into a temporary LOCPATH; one that
# cannot be built is reported and left out ("SKIP:" when none can).
#
# usage: locale_output.sh PMIS_GEN
set -u
gen=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/pmis-locale.XXXXXX")
trap 'rm -rf "$work"' EXIT

locales=(de_DE.UTF-8:de_DE:UTF-8 tr_TR.UTF-8:tr_TR:UTF-8 tr_TR.ISO-8859-9:tr_TR:ISO-8859-9
         de_DE.ISO-8859-1:de_DE:ISO-8859-1)
args=(generate --preset pmis-2025 --quiet --students 600 --internships 60 --interactions 6000
      --format csv,sqlite)

installed() {
    [ -n "$(LC_ALL=$1 locale charmap 2>&1 >/dev/null)" ] && return 1
    return 0
}

# With LOCPATH set glibc looks there only, so all go there when any is missing.
missing=0
for spec in "${locales[@]}"; do
    installed "${spec%%:*}" || missing=1
done
if [ "$missing" -eq 1 ]; then
    mkdir -p "$work/locales"
    for spec in "${locales[@]}"; do
        IFS=: read -r name source charmap <<<"$spec"
        localedef -c -i "$source" -f "$charmap" "$work/locales/$name" >/dev/null 2>&1
    done
    export LOCPATH=$work/locales
fi

LC_ALL=C "$gen" "${args[@]}" --out "$work/C" || { echo "FAIL: the C locale run" >&2; exit 1; }
failures=0
tested=0
for spec in "${locales[@]}"; do
    name=${spec%%:*}
    if ! installed "$name"; then
        echo "locale $name is not installed and localedef could not build it: left out"
        continue
    fi
    tested=$((tested + 1))
    if ! LC_ALL=$name LANG=$name "$gen" "${args[@]}" --out "$work/$name"; then
        echo "FAIL: the run under $name" >&2
        failures=$((failures + 1))
        continue
    fi
    for file in "$work/C"/*; do
        if ! cmp -s "$file" "$work/$name/$(basename "$file")"; then
            echo "FAIL: $(basename "$file") differs under $name" >&2
            failures=$((failures + 1))
        fi
    done
    [ "$(ls "$work/C")" = "$(ls "$work/$name")" ] || { echo "FAIL: other files under $name" >&2; failures=$((failures + 1)); }
    echo "$name: $(ls "$work/$name" | wc -l) files, byte-identical to the C locale"
done
if [ "$tested" -eq 0 ]; then
    echo "SKIP: no test locale is installed and localedef could not build one"
    exit 0
fi
[ "$failures" -eq 0 ] || exit 1
echo "all checks passed"
