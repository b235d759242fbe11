#!/bin/bash
# Kills `pmis-gen generate` with SIGKILL at random moments while it overwrites a good export, and
# checks after every kill that the folder holds a whole export (the earlier one, or the new one when
# the run had finished), that a file of the user beside it is untouched, and that a later run
# removes every temporary file the killed runs left. Modes "unwritable" and "full-disk": an
# unwritable folder and a full disk (a small tmpfs) give one clear error and leave the earlier
# export as it was; each prints "SKIP:" and nothing else when it cannot be set up here.
#
# usage: kill_during_export.sh PMIS_GEN csv|sqlite|unwritable|full-disk [KILLS]
set -u

gen=$1
mode=$2
kills=${3:-100}
work=$(mktemp -d "${TMPDIR:-/tmp}/pmis-kill.XXXXXX")
mounted=""
unlock=""
cleanup() {
    [ -n "$unlock" ] && chattr -i "$unlock" 2>/dev/null
    [ -n "$mounted" ] && umount -l "$mounted" 2>/dev/null
    chmod -R u+w "$work" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

small=(--preset demo-small --quiet --threads 1 --students 300 --internships 30 --interactions 4000)
big=(--preset demo-small --quiet --threads 1 --students 3000 --internships 100 --interactions 60000)

# The export's own files, each with its SHA-256, in name order (hidden names are not ours to check).
fingerprint() {
    (cd "$1" && find . -maxdepth 1 -type f ! -name '.*' ! -name notes.txt -printf '%f\n' | LC_ALL=C sort \
        | xargs -r sha256sum)
}

# Entries of our temporary naming anywhere under a folder.
leftovers() {
    find "$1" -name '.*.pmis-tmp-*' -o -name '.*.pmis-new-*'
}

now_us() {
    echo $(($(date +%s%N) / 1000))
}

run_kills() {
    local format=$1
    local out=$work/parent/out
    mkdir -p "$work/parent"
    "$gen" generate "${small[@]}" --format "$format" --seed 1 --out "$work/ref1" || { fail "reference run"; return; }
    "$gen" generate "${small[@]}" --format "$format" --seed 2 --out "$work/ref2" || { fail "reference run"; return; }
    local set1 set2
    set1=$(fingerprint "$work/ref1")
    set2=$(fingerprint "$work/ref2")
    [ "$set1" != "$set2" ] || fail "the two seeds give the same export"
    # Runs are deterministic: a second run of seed 1 gives the same bytes.
    "$gen" generate "${small[@]}" --format "$format" --seed 1 --out "$out" || { fail "first export"; return; }
    [ "$(fingerprint "$out")" = "$set1" ] || fail "a second run of the same seed differs"
    echo "the user's own notes" >"$out/notes.txt"

    local start end duration
    start=$(now_us)
    "$gen" generate "${small[@]}" --format "$format" --seed 2 --out "$work/timing"
    end=$(now_us)
    duration=$((end - start))
    local span=$((duration + duration / 5 + 1))
    echo "one run takes $((duration / 1000)) ms; kills fall in the first $((span / 1000)) ms"

    local i seed current expected_old expected_new delay pid state
    local kept=0 replaced=0 most=0
    RANDOM=12345
    for ((i = 1; i <= kills; i++)); do
        current=$(fingerprint "$out")
        if [ "$current" = "$set1" ]; then
            seed=2; expected_old=$set1; expected_new=$set2
        else
            seed=1; expected_old=$set2; expected_new=$set1
        fi
        delay=$(( (RANDOM * 32768 + RANDOM) % span ))
        "$gen" generate "${small[@]}" --format "$format" --seed "$seed" --out "$out" 2>/dev/null &
        pid=$!
        sleep "$(printf '%d.%06d' $((delay / 1000000)) $((delay % 1000000)))"
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        state=$(fingerprint "$out")
        if [ "$state" = "$expected_old" ]; then
            kept=$((kept + 1))
        elif [ "$state" = "$expected_new" ]; then
            replaced=$((replaced + 1))
        else
            fail "kill $i after $((delay / 1000)) ms left neither the earlier export nor the new one:"
            echo "$state" >&2
            return
        fi
        [ "$(cat "$out/notes.txt" 2>/dev/null)" = "the user's own notes" ] || fail "kill $i: the user's file changed"
        local n
        n=$(leftovers "$work/parent" | wc -l)
        [ "$n" -gt "$most" ] && most=$n
    done
    echo "$kills kills: $kept left the earlier export, $replaced came after the new one was in place;" \
         "at most $most temporary entries waited for the next run"
    "$gen" generate "${small[@]}" --format "$format" --seed 1 --out "$out" || fail "the run after the kills"
    [ "$(fingerprint "$out")" = "$set1" ] || fail "the run after the kills wrote another export"
    # Whatever the naming, nothing but the export and the user's file remains.
    local left expected
    left=$(cd "$work/parent" && ls -A; cd out && ls -A | LC_ALL=C sort)
    expected=$(echo out; { ls -A "$work/ref1"; echo notes.txt; } | LC_ALL=C sort)
    [ "$left" = "$expected" ] || fail "leftovers of killed runs remain after a complete run:" $'\n'"$left"
    [ "$(cat "$out/notes.txt")" = "the user's own notes" ] || fail "the user's file changed"
}

# Runs an export expected to fail; checks one line of error naming `reason` and an untouched folder.
expect_refusal() {
    local label=$1 out=$2 reason=$3
    shift 3
    local before after err rc
    before=$(fingerprint "$out")
    err=$("$gen" generate "$@" --out "$out" 2>&1 >/dev/null)
    rc=$?
    after=$(fingerprint "$out")
    [ "$rc" -ne 0 ] || fail "$label: exit code 0"
    [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "$label: expected one line of error, got: $err"
    case "$err" in
        *"$reason"*) echo "$label: $err" ;;
        *) fail "$label: the error does not say '$reason': $err" ;;
    esac
    [ "$before" = "$after" ] || fail "$label: the earlier export changed"
    [ -z "$(leftovers "$(dirname "$out")")" ] || fail "$label: temporary files remain: $(leftovers "$(dirname "$out")")"
}

run_unwritable() {
    # An unwritable folder: read-only bits bind ordinary users; root needs the immutable attribute.
    local locked=$work/locked/out
    mkdir -p "$(dirname "$locked")"
    "$gen" generate "${small[@]}" --format csv,sqlite --seed 1 --out "$locked" || fail "first export"
    if [ "$(id -u)" -eq 0 ]; then
        if chattr +i "$locked" 2>/dev/null; then
            unlock=$locked
        fi
    else
        chmod 555 "$locked" && unlock=""
    fi
    if [ "$(id -u)" -ne 0 ] || [ -n "$unlock" ]; then
        expect_refusal "unwritable folder, csv" "$locked" "cannot create a file in" "${big[@]}" --format csv
        expect_refusal "unwritable folder, sqlite" "$locked" "cannot create a file in" "${big[@]}" --format sqlite
        [ -n "$unlock" ] && chattr -i "$unlock" && unlock=""
        chmod 755 "$locked"
    else
        echo "SKIP: unwritable folder: running as root on a file system without the immutable attribute"
    fi
}

run_full_disk() {
    # A full disk: a tmpfs that holds the small export but not the big one.
    local disk=$work/disk
    mkdir -p "$disk"
    if ! mount -t tmpfs -o size=8m,mode=0755 tmpfs "$disk" 2>/dev/null; then
        echo "SKIP: full disk: cannot mount a small tmpfs here (needs CAP_SYS_ADMIN)"
        return
    fi
    mounted=$disk
    "$gen" generate "${small[@]}" --format csv,sqlite --seed 1 --out "$disk/out" || fail "export onto the small disk"
    expect_refusal "full disk, csv" "$disk/out" "No space left on device" "${big[@]}" --format csv
    expect_refusal "full disk, sqlite" "$disk/out" "disk is full" "${big[@]}" --format sqlite
    [ "$(ls -A "$disk")" = "out" ] || fail "full disk: something beside the export folder remains: $(ls -A "$disk")"
}

case "$mode" in
    csv | sqlite) run_kills "$mode" ;;
    unwritable) run_unwritable ;;
    full-disk) run_full_disk ;;
    *) echo "usage: $0 PMIS_GEN csv|sqlite|unwritable|full-disk [KILLS]" >&2; exit 2 ;;
esac

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
