#!/usr/bin/env python3
"""Grows a manifest.json that dbt wrote into a larger one of the same shape.

usage: grow_manifest.py TEMPLATE OUTPUT SIZE_MB

Every resource of the template (nodes, including tests, seeds and snapshots; sources, macros,
docs, exposures, metrics, semantic models, saved queries, unit tests, functions) is written once
as it is and then again in numbered copies with new unique ids (`model.pkg.orders` becomes
`model.pkg.orders_c7`, a test's trailing hash is replaced by a new one), until the output is
about SIZE_MB. References are rewritten within each copy: depends_on.nodes / .macros,
attached_node, parent_map, child_map and group_map members point to the copy's own resources,
so the graph is as consistent as the template's. Names, fqn and relation names follow the new
ids; bodies (raw and compiled code, macro SQL, descriptions, columns) stay as dbt wrote them.

The output keeps the template's member order and formatting (indented or one line), and is
deterministic: the same template and size give the same bytes.
"""
import hashlib
import json
import os
import sys

# Members that map unique ids to resources; each is cloned per copy.
RESOURCE_MAPS = (
    "nodes", "sources", "macros", "docs", "exposures", "metrics", "semantic_models",
    "saved_queries", "unit_tests", "functions",
)
GRAPH_MAPS = ("parent_map", "child_map")


def new_id(uid, copy):
    """The unique id of `uid` in copy number `copy` (copy 0 is the template itself)."""
    if copy == 0:
        return uid
    parts = uid.split(".")
    if parts[0] == "test" and len(parts) >= 4 and len(parts[-1]) == 10:
        # Generic tests end with a 10-hex-digit hash of their arguments: give each copy its own.
        digest = hashlib.md5(f"{uid}#{copy}".encode()).hexdigest()[:10]
        return ".".join(parts[:-2] + [f"{parts[-2]}_c{copy}", digest])
    return f"{uid}_c{copy}"


class Renamer:
    """Maps the template's unique ids to one copy's; ids the template does not define stay."""

    def __init__(self, known, copy):
        self.known = known
        self.copy = copy
        self.cache = {}

    def __call__(self, uid):
        if self.copy == 0 or uid not in self.known:
            return uid
        out = self.cache.get(uid)
        if out is None:
            out = self.cache[uid] = new_id(uid, self.copy)
        return out

    def suffix(self, name):
        return name if self.copy == 0 else f"{name}_c{self.copy}"


def clone(resource, rename):
    """A shallow copy of one resource with its id, name and references rewritten."""
    if rename.copy == 0 or not isinstance(resource, dict):
        return resource
    out = dict(resource)
    uid = out.get("unique_id")
    if isinstance(uid, str):
        out["unique_id"] = rename(uid)
    if isinstance(out.get("name"), str) and out.get("resource_type") not in ("doc",):
        out["name"] = rename.suffix(out["name"])
    fqn = out.get("fqn")
    if isinstance(fqn, list) and fqn and isinstance(fqn[-1], str):
        out["fqn"] = fqn[:-1] + [rename.suffix(fqn[-1])]
    for key in ("alias", "identifier"):
        if isinstance(out.get(key), str):
            out[key] = rename.suffix(out[key])
    rel = out.get("relation_name")
    if isinstance(rel, str) and rel:
        quote = rel[-1] if rel[-1] in "\"`]" else ""
        body = rel[:-1] if quote else rel
        out["relation_name"] = f"{body}_c{rename.copy}{quote}"
    deps = out.get("depends_on")
    if isinstance(deps, dict):
        deps = dict(deps)
        for key in ("nodes", "macros"):
            if isinstance(deps.get(key), list):
                deps[key] = [rename(d) if isinstance(d, str) else d for d in deps[key]]
        out["depends_on"] = deps
    if isinstance(out.get("attached_node"), str):
        out["attached_node"] = rename(out["attached_node"])
    return out


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    template_path, output_path, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(template_path, encoding="utf-8") as f:
        raw = f.read()
    template = json.loads(raw)
    indent = 1 if raw.lstrip()[1:2] == "\n" else None
    target = int(size_mb * 1024 * 1024)

    known = set()
    for member in RESOURCE_MAPS:
        if isinstance(template.get(member), dict):
            known.update(template[member].keys())

    # Bytes one copy adds: the cloned maps, measured on copy 1.
    probe = Renamer(known, 1)
    per_copy = 0
    for member in RESOURCE_MAPS + GRAPH_MAPS:
        for key, value in (template.get(member) or {}).items():
            if member in GRAPH_MAPS:
                value = [probe(v) for v in value]
            else:
                value = clone(value, probe)
            per_copy += len(json.dumps(probe(key))) + len(json.dumps(value, indent=indent)) + 3
    base = len(raw.encode("utf-8"))
    copies = max(1, 1 + round((target - base) / max(per_copy, 1)))

    def dumps(value, level):
        text = json.dumps(value, indent=indent, ensure_ascii=True)
        if indent is None:
            return text
        # Indent nested lines to where the value sits in the file, as dbt's writer would.
        return text.replace("\n", "\n" + " " * level)

    tmp = output_path + ".tmp"
    os.makedirs(os.path.dirname(os.path.abspath(output_path)), exist_ok=True)
    nl, sep = ("\n", ",\n") if indent else ("", ", ")
    with open(tmp, "w", encoding="utf-8") as out:
        out.write("{" + nl)
        first_member = True
        for member, value in template.items():
            out.write(("" if first_member else sep) + (" " if indent else "") + json.dumps(member) + ": ")
            first_member = False
            cloned = member in RESOURCE_MAPS or member in GRAPH_MAPS or member == "group_map"
            if not cloned or not isinstance(value, dict) or not value:
                out.write(dumps(value, 1))
                continue
            out.write("{" + nl)
            first = True
            for copy in range(copies):
                rename = Renamer(known, copy)
                for key, entry in value.items():
                    if member in GRAPH_MAPS:
                        entry = [rename(v) for v in entry]
                    elif member == "group_map":
                        if copy > 0:
                            continue
                    else:
                        entry = clone(entry, rename)
                    pad = "  " if indent else ""
                    out.write(("" if first else sep) + pad + json.dumps(rename(key)) + ": " + dumps(entry, 2))
                    first = False
            out.write(nl + (" " if indent else "") + "}")
        out.write(nl + "}")
    os.replace(tmp, output_path)
    size = os.path.getsize(output_path)
    print(f"{output_path}: {size / 1048576:.1f} MB, {copies} copies of {template_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
