#!/usr/bin/env python3
"""Reads the Flatpak manifest against the meson build, since the Flatpak
cannot be built here: same app ID and command, options that meson knows,
no more permissions than the app uses, and a manifest flatpak-builder
parses without a warning."""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

top = pathlib.Path(sys.argv[1])
app_id = sys.argv[2]
manifest_path = top / "flatpak" / f"{app_id}.json"
manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
options = set(re.findall(r"option\('([^']+)'", (top / "meson_options.txt").read_text()))
allowed_permissions = {
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
    "--socket=pulseaudio",
}

errors = []
if manifest.get("id") != app_id:
    errors.append(f"id is {manifest.get('id')!r}, meson says {app_id!r}")
if manifest.get("command") != "stride":
    errors.append(f"command is {manifest.get('command')!r}, meson installs 'stride'")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    errors.append("runtime and sdk must be org.gnome.Platform and org.gnome.Sdk")

for permission in manifest.get("finish-args", []):
    if permission not in allowed_permissions:
        errors.append(f"permission {permission} is more than Stride needs")

app_module = manifest["modules"][-1]
if app_module.get("buildsystem") != "meson":
    errors.append("the app module must build with meson")
if app_module.get("sources") != [{"type": "dir", "path": ".."}]:
    errors.append("the app module must build this directory")
for opt in app_module.get("config-opts", []):
    match = re.match(r"-D([^=]+)=", opt)
    if match and match.group(1) not in options and ":" not in match.group(1) \
            and match.group(1) not in ("buildtype", "werror", "b_lto"):
        errors.append(f"config option {opt} is not in meson_options.txt")

builder = shutil.which("flatpak-builder")
if builder:
    result = subprocess.run([builder, "--show-manifest", str(manifest_path)],
                            env={**os.environ, "G_DEBUG": "fatal-warnings"},
                            capture_output=True, text=True)
    if result.returncode != 0:
        errors.append(f"flatpak-builder --show-manifest failed: {result.stderr.strip()}")
else:
    print("flatpak-builder not found: only the cross-checks ran")

for error in errors:
    print(error)
sys.exit(1 if errors else 0)
