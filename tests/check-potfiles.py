#!/usr/bin/env python3
"""Fails when a file with translatable strings is missing from
po/POTFILES.in, or when POTFILES.in lists a file that does not exist."""
import pathlib
import re
import sys

top = pathlib.Path(sys.argv[1])
listed = {
    line.strip()
    for line in (top / "po" / "POTFILES.in").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}

marker = re.compile(r'(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext|dngettext)\(|translatable="yes"')
needed = set()
for folder in ("src", "data"):
    for path in (top / folder).rglob("*"):
        if path.suffix not in (".c", ".h", ".ui", ".in", ".xml"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".xml" and "gschema" in path.name:
            # Schema summaries and descriptions are translatable
            if "<summary>" in text:
                needed.add(str(path.relative_to(top)))
            continue
        if path.name.endswith(".desktop.in") or path.name.endswith(".metainfo.xml.in"):
            needed.add(str(path.relative_to(top)))
            continue
        if marker.search(text):
            needed.add(str(path.relative_to(top)))

missing = sorted(needed - listed)
stale = sorted(p for p in listed if not (top / p).exists())
unsorted = sorted(listed) != [l for l in (top / "po" / "POTFILES.in").read_text().split() if l]

for path in missing:
    print(f"missing from po/POTFILES.in: {path}")
for path in stale:
    print(f"listed in po/POTFILES.in but not found: {path}")
if unsorted:
    print("po/POTFILES.in is not sorted")
sys.exit(1 if missing or stale or unsorted else 0)
