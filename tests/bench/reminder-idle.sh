#!/usr/bin/env bash
# What the hidden reminder service costs while it waits: Stride started
# as `stride --reminders` with reminders on, left alone for $SECONDS_IDLE
# seconds, then the CPU time it used (utime + stime, all threads) and the
# context switches of all its threads over that time, from /proc. Both
# should be 0: it sleeps to the next reminder with no periodic wake-up.
#
#   tests/bench/reminder-idle.sh [BUILD_DIR]     (default _build)
#
# Runs under a private Xvfb and session bus, with its own XDG folders and
# GSettings in a key file there.

set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$top/_build}
stride=${STRIDE_CMD:-$build/src/stride}
seconds=${SECONDS_IDLE:-20}
# GLib's thread pools end idle threads after 15 s: measured after that
settle=${SETTLE_SECONDS:-20}

if [ -z "${REMINDER_IDLE_INNER:-}" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  export XDG_RUNTIME_DIR=$tmp/runtime XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
    XDG_CACHE_HOME=$tmp/cache XDG_STATE_HOME=$tmp/state
  mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
  chmod 700 "$XDG_RUNTIME_DIR"
  export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR=${GSETTINGS_SCHEMA_DIR:-$build/data}
  export GDK_BACKEND=x11 ADW_DISABLE_PORTAL=1 NO_AT_BRIDGE=1 GSK_RENDERER=cairo
  export REMINDER_IDLE_INNER=1
  exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    dbus-run-session -- "$0" "$build"
fi

# Reminders on: every day at a time far from now, so that none is due
# while measuring
gsettings set io.github.stridehips.Stride reminders-enabled true
gsettings set io.github.stridehips.Stride reminder-days "['monday','tuesday','wednesday','thursday','friday','saturday','sunday']"
now_minute=$(( 10#$(date +%H) * 60 + 10#$(date +%M) ))
gsettings set io.github.stridehips.Stride reminder-time $(( (now_minute + 720) % 1440 ))

"$stride" --reminders >"$XDG_RUNTIME_DIR/stride.log" 2>&1 &
pid=$!
sleep "$settle"
if ! kill -0 "$pid" 2>/dev/null; then
  echo "stride --reminders exited:" >&2
  cat "$XDG_RUNTIME_DIR/stride.log" >&2
  exit 1
fi

# utime + stime of the whole process, in clock ticks (fields 14 and 15
# of /proc/PID/stat, after the command name in parentheses)
cpu_ticks() {
  local stat
  stat=$(<"/proc/$pid/stat")
  stat=${stat##*) }
  set -- $stat
  echo $(( ${12} + ${13} ))
}

# Context switches of every thread, "TID voluntary involuntary" a line:
# /proc/PID/status counts the main thread only
switches() {
  local status
  for status in /proc/"$pid"/task/*/status; do
    awk -v tid="$(basename "$(dirname "$status")")" '
      $1 == "voluntary_ctxt_switches:" { v = $2 }
      $1 == "nonvoluntary_ctxt_switches:" { n = $2 }
      END { print tid, v, n }' "$status"
  done
}

cpu0=$(cpu_ticks)
switches >"$XDG_RUNTIME_DIR/switches0"
sleep "$seconds"
cpu1=$(cpu_ticks)
switches >"$XDG_RUNTIME_DIR/switches1"

# Threads there at both ends; one that ended or began in between is
# counted apart
read -r vol invol threads ended started < <(awk '
  NR == FNR { v[$1] = $2; n[$1] = $3; next }
  ($1 in v) { dv += $2 - v[$1]; dn += $3 - n[$1]; both++; seen[$1] = 1; next }
  { started++ }
  END { for (t in v) if (!(t in seen)) ended++; print dv + 0, dn + 0, both + 0, ended + 0, started + 0 }
' "$XDG_RUNTIME_DIR/switches0" "$XDG_RUNTIME_DIR/switches1")

hz=$(getconf CLK_TCK)
printf 'stride --reminders, %d threads, waiting %d s (after %d s to settle):\n' "$threads" "$seconds" "$settle"
printf '  CPU time used:               %d ticks (%d ms)\n' $(( cpu1 - cpu0 )) $(( (cpu1 - cpu0) * 1000 / hz ))
printf '  voluntary context switches:   %d\n' "$vol"
printf '  involuntary context switches: %d\n' "$invol"
printf '  threads that ended or began meanwhile: %d, %d\n' "$ended" "$started"
printf '» reminder service waiting: %d wake-ups, %d ticks of CPU (goal 0): %s\n' "$(( vol + invol ))" \
  "$(( cpu1 - cpu0 ))" "$([ $(( vol + invol + cpu1 - cpu0 )) -eq 0 ] && echo met || echo missed)"
if [ -n "${SHOW_AUTOSTART:-}" ]; then cat "$XDG_CONFIG_HOME/autostart/"*.desktop; fi

kill "$pid"
wait "$pid" 2>/dev/null || true
