#!/usr/bin/env bash
# What the store keeps is on disk before it goes on: run a store test
# that reads a damaged file in part under strace and check that the copy
# kept beside the file, and its folder, were flushed, and that the save
# after it flushed each file before renaming it into place.
set -euo pipefail

test_store=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
log=$dir/strace.log

# LeakSanitizer cannot run under ptrace: in a sanitized build the store
# test looks for leaks on its own, not here
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
strace -f -y -qq -e trace=fsync,fdatasync,rename,renameat,renameat2 -o "$log" \
  "$test_store" -p /stride/store/salvage-with-backup >"$dir/out" 2>&1 \
  || { cat "$dir/out"; echo "the store test failed under strace"; exit 1; }

status=0
check() {
  if ! grep -Eq "$1" "$log"; then
    echo "not flushed: $2"
    status=1
  fi
}

check 'f(data)?sync\([0-9]+<[^>]*/progress\.json\.corrupt-[0-9-]+>\) = 0' \
  'the copy of the file read in part'
copy_dir=$(sed -nE 's/.*f(data)?sync\([0-9]+<([^>]*)\/progress\.json\.corrupt-[0-9-]+>\).*/\2/p' "$log" | head -n 1)
if [ -n "$copy_dir" ]; then
  check "fsync\\([0-9]+<${copy_dir//./\\.}>\\) = 0" 'the folder of that copy'
fi

# Every file renamed over progress.json or its backup was flushed first
while read -r temp; do
  check "f(data)?sync\\([0-9]+<${temp//./\\.}>\\) = 0" "$temp before it was renamed into place"
done < <(sed -nE 's/.*rename(at2?)?\(.*"([^"]*progress\.json(\.bak)?\.[A-Za-z0-9]{6})".*/\2/p' "$log" | sort -u)

if ! grep -Eq 'rename(at2?)?\(.*progress\.json' "$log"; then
  echo "the store test saved nothing: the check saw no rename"
  status=1
fi

[ "$status" = 0 ] && echo "every file the store kept or wrote was flushed"
exit "$status"
