"""Trims a dbt artifact for use as a test fixture; writes OUT with '@' replaced by the schema version."""
import json, re, sys

src, out = sys.argv[1], sys.argv[2]
with open(src) as f:
    data = json.load(f)
url = (data.get("metadata") or {}).get("dbt_schema_version", "")
m = re.search(r"/v(\d+)\.json$", url)
out = out.replace("@", m.group(1) if m else "x")
if "macros" in data:
    # keep the project's macros and a handful of dbt's own
    kept, others = {}, 0
    for k, v in data["macros"].items():
        if v.get("package_name") == "shop" or others < 3:
            if v.get("package_name") != "shop":
                others += 1
            kept[k] = v
    data["macros"] = kept
    for node in data.get("nodes", {}).values():
        pass
if "docs" in data:
    data["docs"] = {k: v for k, v in data["docs"].items() if v.get("package_name") == "shop" or k == "doc.dbt.__overview__"}
with open(out, "w") as f:
    json.dump(data, f, indent=1)
