#!/usr/bin/env python3
"""Independent check of ropa's JSON Schemas: validates YAML files with Python's jsonschema.

Usage: schema_check.py SCHEMA_DIR KIND=FILE [KIND=FILE ...]
Prints one JSON line per file: {"file": ..., "valid": bool, "errors": [...]}; first checks that
each schema is itself a valid draft 2020-12 schema. Exit 0 unless the tool itself fails.
"""
import json
import os
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML as an editor's language server reads it: dates stay text (YAML 1.2 has no timestamps)."""


Loader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main():
    schema_dir = sys.argv[1]
    validators = {}
    for kind in ("organisation", "processors", "treatment"):
        with open(os.path.join(schema_dir, f"{kind}.schema.json"), encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[kind] = jsonschema.Draft202012Validator(schema)
    for argument in sys.argv[2:]:
        kind, path = argument.split("=", 1)
        try:
            with open(path, encoding="utf-8") as handle:
                document = yaml.load(handle, Loader=Loader)
            errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validators[kind].iter_errors(document)]
        except yaml.YAMLError as error:
            errors = [f"yaml: {error}"]
        print(json.dumps({"file": path, "valid": not errors, "errors": errors[:5]}))


if __name__ == "__main__":
    main()
