#!/usr/bin/env bash
# CPU used by the workout player while a routine runs: % of one core over
# DURATION seconds (default 60), at 1280×800 with the cairo renderer,
# with the animated figure and with animations off, and GNOME Clocks
# counting down in the same run for reference. Runs each app under a
# private Xvfb and D-Bus session, starts the quick routine with
# `stride --start quick` and Space (Clocks' timer through its
# accessibility tree, clocks-start-timer.py), and reads utime + stime
# from /proc. Then, measured the same way without a goal, the
# Clamshells page open in the Exercises area, where the figures loop on
# their own (opened as the desktop's search opens it, through the
# app.show-search-result action).
set -euo pipefail

stride=${STRIDE_CMD:-$(cd "$(dirname "$0")/../.." && pwd)/_build/src/stride}
duration=${DURATION:-60}
export GSK_RENDERER=${GSK_RENDERER:-cairo}

here=$(cd "$(dirname "$0")" && pwd)

for tool in Xvfb xdotool dbus-run-session gnome-clocks; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

# measure ANIMATIONS [exercise]: the quick routine running, or with
# "exercise" the Clamshells page open
measure() {
  local animations=$1 mode=${2:-workout}
  local home
  home=$(mktemp -d)
  mkdir -p "$home/config/gtk-4.0" "$home/runtime" "$home/data"
  chmod 700 "$home/runtime"
  printf '[Settings]\ngtk-enable-animations=%s\n' "$animations" > "$home/config/gtk-4.0/settings.ini"

  XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/data" \
  GSETTINGS_BACKEND=keyfile GDK_BACKEND=x11 ADW_DISABLE_PORTAL=1 \
  dbus-run-session -- bash -c '
    set -euo pipefail
    gsettings set io.github.stridehips.Stride window-width 1280
    gsettings set io.github.stridehips.Stride window-height 800
    if [ "$2" = exercise ]; then
      "$0" >/dev/null 2>&1 &
      pid=$!
      xdotool search --sync --onlyvisible --pid "$pid" >/dev/null
      gdbus call --session --dest io.github.stridehips.Stride --object-path /io/github/stridehips/Stride \
        --method org.freedesktop.Application.ActivateAction show-search-result "[<(\"exercise\", \"clamshell\")>]" {} >/dev/null
    else
      "$0" --start quick >/dev/null 2>&1 &
      pid=$!
      window=$(xdotool search --sync --onlyvisible --pid "$pid" | head -n 1)
      sleep 1
      xdotool key --window "$window" space
    fi
    sleep 2
    ticks() { awk "{ print \$14 + \$15 }" "/proc/$pid/stat"; }
    before=$(ticks)
    sleep "$1"
    after=$(ticks)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    hz=$(getconf CLK_TCK)
    awk -v d="$((after - before))" -v hz="$hz" -v s="$1" "BEGIN { printf \"%.2f\", 100 * d / hz / s }" > "$3"
  ' "$stride" "$duration" "$mode" "$home/result" >/dev/null 2>&1
  cat "$home/result"
  rm -rf "$home"
}

# GNOME Clocks counting down a 5-minute timer, measured the same way
measure_clocks() {
  local home
  home=$(mktemp -d)
  mkdir -p "$home/config" "$home/runtime" "$home/data"
  chmod 700 "$home/runtime"

  XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/data" \
  GDK_BACKEND=x11 ADW_DISABLE_PORTAL=1 \
  dbus-run-session -- bash -c '
    set -euo pipefail
    gnome-clocks >/dev/null 2>&1 &
    pid=$!
    "$3/clocks-start-timer.py"
    sleep 2
    ticks() { awk "{ print \$14 + \$15 }" "/proc/$pid/stat"; }
    before=$(ticks)
    sleep "$1"
    after=$(ticks)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    hz=$(getconf CLK_TCK)
    awk -v d="$((after - before))" -v hz="$hz" -v s="$1" "BEGIN { printf \"%.2f\", 100 * d / hz / s }" > "$2"
  ' gnome-clocks "$duration" "$home/result" "$here" >/dev/null 2>&1
  cat "$home/result"
  rm -rf "$home"
}

fifo=$(mktemp -u); mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -f "$fifo"' EXIT
read -r display <"$fifo"
export DISPLAY=":$display"

on=$(measure 1)
off=$(measure 0)
clocks=$(measure_clocks)
exercise=$(measure 1 exercise)
printf 'Workout player, %s renderer, 1280x800, %s s of the quick routine\n' "$GSK_RENDERER" "$duration"
printf '  animated figure:  %s %% of one core\n' "$on"
printf '  animations off:   %s %% of one core\n' "$off"
printf '  GNOME Clocks timer: %s %% of one core\n' "$clocks"
printf 'An exercise page open (Clamshells, its figures looping): %s %% of one core\n' "$exercise"
awk -v on="$on" -v off="$off" -v clocks="$clocks" -v r="$GSK_RENDERER" 'BEGIN {
  printf "» player CPU, %s, animated figure: %s %% (goal < 4 %%): %s\n", r, on, on < 4 ? "met" : "missed"
  printf "» player CPU, %s, animations off: %s %% vs GNOME Clocks %s %% (goal <= Clocks): %s\n", r, off, clocks, off <= clocks ? "met" : "missed" }'
