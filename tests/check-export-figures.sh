#!/usr/bin/env bash
# `stride --export-figures DIR` writes the start and end frame of every
# movement as SVG and 512 px PNG, without a display, and fails clearly
# when it cannot write.
set -euo pipefail

stride=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

env -u DISPLAY -u WAYLAND_DISPLAY "$stride" --export-figures "$dir/figures"

status=0
for movement in squat squat-harder clamshell clamshell-harder side-step side-step-harder \
                glute-bridge glute-bridge-harder hip-extension squat-test bridge-test bridge-test-drop; do
  for frame in start end; do
    for ext in svg png; do
      file="$dir/figures/$movement-$frame.$ext"
      if [ ! -s "$file" ]; then
        echo "missing: $movement-$frame.$ext"
        status=1
      fi
    done
    size=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]))' \
           "$dir/figures/$movement-$frame.png")
    [ "$size" = "512 512" ] || { echo "$movement-$frame.png is $size, not 512 512"; status=1; }
  done
done

count=$(find "$dir/figures" -type f | wc -l)
[ "$count" -eq 48 ] || { echo "expected 48 files, found $count"; status=1; }

# A file where the folder should be: an error, not a crash or silence
touch "$dir/blocked"
if env -u DISPLAY "$stride" --export-figures "$dir/blocked/figures" 2>"$dir/error"; then
  echo "exporting into an impossible folder succeeded"
  status=1
fi
grep -q . "$dir/error" || { echo "no error message"; status=1; }

exit "$status"
