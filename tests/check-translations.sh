#!/usr/bin/env bash
# Fails unless every translation holds every message of the current
# sources, translated and not fuzzy. Extracts the messages afresh, as the
# glib preset of meson's i18n module does, without touching the source tree.
set -euo pipefail

top=$1
work=$2
mkdir -p "$work"

xgettext --package-name=stride --from-code=UTF-8 \
  --directory="$top" --files-from="$top/po/POTFILES.in" \
  --add-comments --sort-by-file \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --output="$work/stride.pot"

status=0
while read -r lang; do
  [ -n "$lang" ] || continue
  msgmerge --quiet --no-fuzzy-matching "$top/po/$lang.po" "$work/stride.pot" -o "$work/$lang.po"
  stats=$(msgfmt --check --statistics -o /dev/null "$work/$lang.po" 2>&1)
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      msgattrib --untranslated --only-fuzzy --no-wrap "$work/$lang.po" 2>/dev/null | grep '^msgid' || true
      msgattrib --untranslated --no-wrap "$work/$lang.po" | grep '^msgid' | head -50 || true
      status=1
      ;;
  esac
  # Messages that the sources no longer have are kept obsolete, not lost
  obsolete=$(grep -c '^#~ msgid' "$work/$lang.po" || true)
  [ "$obsolete" -eq 0 ] || { echo "$lang: $obsolete obsolete messages"; status=1; }
done < "$top/po/LINGUAS"
exit "$status"
