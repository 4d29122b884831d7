#!/usr/bin/env bash
# The routine files' MIME type as installed: a .stride-routine file is
# application/x-stride-routine by its name, and by its content when it
# has no extension; the type's comment is in German too.
set -euo pipefail

mime_xml=$1
routine=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

mkdir -p "$dir/mime/packages"
cp "$mime_xml" "$dir/mime/packages/"
update-mime-database "$dir/mime"

cp "$routine" "$dir/mine.stride-routine"
cp "$routine" "$dir/from-a-mail"

type_of() {
  XDG_DATA_HOME="$dir" XDG_DATA_DIRS=/usr/share gio info -a standard::content-type "$1" \
    | sed -n 's/^ *standard::content-type: //p'
}

status=0
for file in mine.stride-routine from-a-mail; do
  found=$(type_of "$dir/$file")
  if [ "$found" != application/x-stride-routine ]; then
    echo "$file is $found, not application/x-stride-routine"
    status=1
  fi
done

if ! grep -q '<comment xml:lang="de">Stride-Trainingsablauf</comment>' "$mime_xml"; then
  echo "the type's comment has no German"
  status=1
fi

exit $status
