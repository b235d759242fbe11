#!/usr/bin/env bash
# Install, build (warnings as errors) and run the whole test suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DPMIS_WERROR=ON
cd "$root/build"
ctest --output-on-failure --no-tests=error -j 2
