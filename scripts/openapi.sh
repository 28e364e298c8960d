#!/usr/bin/env bash
# Lints docs/openapi.yaml with Redocly's recommended rules and, given a path, bundles it as JSON
# for tests/domain/tst_openapiexamples (the spec's examples must decode with our codec).
# Exits 77 (CTest "skipped") when the npm registry cannot be reached: that is not a spec fault.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
redocly="@redocly/cli@1.34.20" # pinned: 1.34.21 depends on a package missing from the registry
spec="$root/docs/openapi.yaml"
# A bundle left from an earlier run must not be checked in place of this one.
[[ $# -ge 1 ]] && rm -f "$1"

if ! command -v npx >/dev/null 2>&1; then
    echo "openapi.sh: npx not found (install nodejs + npm to lint the API contract)"; exit 77
fi
export NPM_CONFIG_UPDATE_NOTIFIER=false NO_UPDATE_NOTIFIER=1 REDOCLY_TELEMETRY=off
if ! npx --yes "$redocly" --version >/dev/null 2>&1; then
    echo "openapi.sh: cannot fetch $redocly from the npm registry"; exit 77
fi
npx --yes "$redocly" lint --format=stylish "$spec"
if [[ $# -ge 1 ]]; then
    npx --yes "$redocly" bundle "$spec" --ext json --output "$1" >/dev/null
    echo "openapi.sh: bundled to $1"
fi
