#!/usr/bin/env bash
# Rewrites the data dictionary in README.md from `pmis-gen schema --markdown`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gen=${1:-$root/build/app/pmis-gen}
python3 - "$root/README.md" "$gen" <<'PY'
import subprocess, sys
path, gen = sys.argv[1], sys.argv[2]
dictionary = subprocess.run([gen, "schema", "--markdown"], check=True, capture_output=True, text=True).stdout
text = open(path, encoding="utf-8").read()
begin, end = "<!-- data-dictionary:begin -->\n", "<!-- data-dictionary:end -->"
a, b = text.index(begin) + len(begin), text.index(end)
open(path, "w", encoding="utf-8").write(text[:a] + dictionary + text[b:])
PY
