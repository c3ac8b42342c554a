#!/usr/bin/env python3
"""Independent check of ropa's SARIF: validates each log against the official SARIF 2.1.0 schema.

Usage: sarif_check.py SCHEMA LOG [LOG ...]
Prints one line per schema error ("LOG: path: message") and exits 1 when any log is invalid,
0 when all are valid; exit 2 when the schema itself is not a valid draft-07 schema.
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    try:
        jsonschema.Draft7Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        print(f"schema: {error.message}")
        sys.exit(2)
    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    # Without rfc3986-validator, jsonschema skips the "uri" formats silently: refuse to pass then.
    if not {"uri", "uri-reference"} <= set(checker.checkers):
        print("schema: jsonschema cannot check URIs here (pip install rfc3986-validator)")
        sys.exit(2)
    validator = jsonschema.Draft7Validator(schema, format_checker=checker)
    invalid = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            log = json.load(handle)
        for error in validator.iter_errors(log):
            invalid = True
            print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    sys.exit(1 if invalid else 0)


if __name__ == "__main__":
    main()
