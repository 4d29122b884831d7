#!/bin/bash
# Startup benchmark: Stride beside GNOME Clocks and a bare libadwaita
# window, under a private Xvfb.
#
#   tests/bench/startup.sh [BUILD_DIR]       (default: <repo>/_build/bench)
#
# For each renderer (GTK's default, then GSK_RENDERER=cairo) it starts
# Clocks, the bare window and Stride in turn (Clocks, bare, Stride, Clocks,
# ...) so that background noise hits all three, and measures with
# first-frame (built here from first-frame.c): milliseconds from exec to the
# first frame drawn into the first top-level window (X DAMAGE), and VmRSS /
# Pss 3 s after exec.  Then it prints the medians, Stride's first frame
# against the bare window's (the floor of this stack: goal at most 1.1x)
# and its RSS against Clocks' (goal at most 0.9x).
#
# Environment knobs:
#   STRIDE_CMD         command line for Stride (default <repo>/_build/src/stride);
#                      set it to another app (e.g. gnome-text-editor) to try the
#                      bench without Stride
#   STRIDE_SCHEMA_DIR  GSETTINGS_SCHEMA_DIR for Stride only, if the directory
#                      exists (default: $GSETTINGS_SCHEMA_DIR as inherited, else
#                      <repo>/_build/data)
#   STRIDE_DATA_DIRS   XDG_DATA_DIRS for Stride only (default: as inherited);
#                      Clocks gets the system default
#   CLOCKS_CMD         reference app (default gnome-clocks)
#   BARE_CMD           the floor (default: BUILD_DIR/bare-window, built here
#                      from bare-window.c)
#   RUNS               measured runs per app and renderer (default 7)
#   WARMUP             unmeasured runs per app and renderer first (default 1)
#   SETTLE_MS          when to read memory after exec (default 3000)
#   RENDERERS          default: "default cairo" ("default" = GSK_RENDERER unset)
#   KEEP_LOGS=1        keep the apps' output (and the temp dir) for inspection
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

# ---------------------------------------------------------------------------
# Inner part: runs under dbus-run-session, with DISPLAY and the XDG_* set.
# ---------------------------------------------------------------------------
if [[ ${_STRIDE_BENCH_INNER:-} == 1 ]]; then
  exec 1>&4 2>&3 3>&- 4>&-  # our stdout/stderr back; the bus's chatter stays in its log
  ff=$_STRIDE_BENCH_FF
  tmp=$_STRIDE_BENCH_TMP
  read -r -a clocks_cmd <<<"$CLOCKS_CMD"
  read -r -a bare_cmd <<<"$BARE_CMD"
  read -r -a stride_cmd <<<"$STRIDE_CMD"
  stride_env=()
  [[ -d $STRIDE_SCHEMA_DIR ]] && stride_env+=("GSETTINGS_SCHEMA_DIR=$STRIDE_SCHEMA_DIR")
  [[ -n $STRIDE_DATA_DIRS ]] && stride_env+=("XDG_DATA_DIRS=$STRIDE_DATA_DIRS")
  # env execs the command: the pid first-frame watches is still the app's
  ((${#stride_env[@]})) && stride_cmd=(env "${stride_env[@]}" "${stride_cmd[@]}")
  status=0

  # one APP RENDERER TAG: one first-frame run; appends "ms rss pss" to
  # $tmp/APP-RENDERER.dat unless TAG is "warmup".
  one() {
    local app=$1 renderer=$2 tag=$3 line st ms rss pss
    local -a cmd
    case $app in
      clocks) cmd=("${clocks_cmd[@]}") ;;
      bare) cmd=("${bare_cmd[@]}") ;;
      *) cmd=("${stride_cmd[@]}") ;;
    esac
    if [[ $renderer == default ]]; then
      line=$(env -u GSK_RENDERER "$ff" --runs 1 --settle-ms "$SETTLE_MS" \
               --log "$tmp/$app.log" -- "${cmd[@]}" | grep '^run=') || true
    else
      line=$(env GSK_RENDERER="$renderer" "$ff" --runs 1 --settle-ms "$SETTLE_MS" \
               --log "$tmp/$app.log" -- "${cmd[@]}" | grep '^run=') || true
    fi
    st=$(sed -n 's/.*status=\([^ ]*\).*/\1/p' <<<"$line")
    ms=$(sed -n 's/.*first-frame-ms=\([^ ]*\).*/\1/p' <<<"$line")
    rss=$(sed -n 's/.*rss-mb=\([^ ]*\).*/\1/p' <<<"$line")
    pss=$(sed -n 's/.*pss-mb=\([^ ]*\).*/\1/p' <<<"$line")
    printf '  %-8s %-7s %-7s %-12s first frame %7s ms   rss %6s MB   pss %6s MB\n' \
      "$renderer" "$app" "$tag" "${st:-error}" "${ms:--}" "${rss:--}" "${pss:--}" >&2
    case $st in
      ok) ;;
      late-damage|reconfigured)
        echo "    warning: $st: this frame time may be off (see first-frame.c)" >&2 ;;
      *)
        echo "    error: no frame from: ${cmd[*]} (last lines of its output:)" >&2
        tail -n 5 "$tmp/$app.log" 2>/dev/null | sed 's/^/      /' >&2
        status=1
        return 0 ;;
    esac
    [[ $tag == warmup ]] || echo "$ms $rss $pss" >>"$tmp/$app-$renderer.dat"
  }

  # median COLUMN FILE
  median() {
    [[ -s $2 ]] || { echo "-"; return; }
    awk -v c="$1" '{print $c}' "$2" | sort -g |
      awk '{v[NR]=$1} END {m = NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%.1f", m}'
  }
  # range FILE: min-max of the first-frame times
  range() {
    [[ -s $1 ]] || { echo "-"; return; }
    awk '{print $1}' "$1" | sort -g | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%.0f-%.0f", lo, hi}'
  }
  count() { if [[ -f $1 ]]; then wc -l <"$1"; else echo 0; fi; }
  ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a/b }'
  }

  for r in $RENDERERS; do
    for ((i = 1; i <= WARMUP; i++)); do
      for app in clocks bare stride; do one "$app" "$r" warmup; sleep 0.5; done
    done
    for ((i = 1; i <= RUNS; i++)); do
      for app in clocks bare stride; do one "$app" "$r" "$i/$RUNS"; sleep 0.5; done
    done
  done

  echo
  echo "Stride: ${stride_cmd[*]}"
  echo "Clocks: ${clocks_cmd[*]}"
  echo "Bare:   ${bare_cmd[*]}"
  echo "Medians of $RUNS runs of each, in turn; memory $SETTLE_MS ms after exec (MiB)."
  echo "Goals: Stride's first frame <= 1.10 x the bare window's; its RSS <= 0.90 x Clocks'."
  echo
  printf '%-9s %-7s %5s %14s %9s %7s %7s %12s %10s\n' \
    renderer app runs first-frame-ms range-ms rss-mb pss-mb frame/bare rss/clocks
  summary=
  for r in $RENDERERS; do
    c=$tmp/clocks-$r.dat b=$tmp/bare-$r.dat s=$tmp/stride-$r.dat
    cms=$(median 1 "$c") crss=$(median 2 "$c") cpss=$(median 3 "$c")
    bms=$(median 1 "$b") brss=$(median 2 "$b") bpss=$(median 3 "$b")
    sms=$(median 1 "$s") srss=$(median 2 "$s") spss=$(median 3 "$s")
    tr=$(ratio "$sms" "$bms") rr=$(ratio "$srss" "$crss")
    verdict=$(awk -v t="$tr" -v m="$rr" 'BEGIN {
      if (t == "-" || m == "-") { print ""; exit }
      printf "%s, %s", (t <= 1.10 ? "start-up meets goal" : "start-up misses goal"),
                       (m <= 0.90 ? "memory meets goal" : "memory misses goal") }')
    printf '%-9s %-7s %5s %14s %9s %7s %7s\n' "$r" clocks \
      "$(count "$c")/$RUNS" "$cms" "$(range "$c")" "$crss" "$cpss"
    printf '%-9s %-7s %5s %14s %9s %7s %7s\n' "$r" bare \
      "$(count "$b")/$RUNS" "$bms" "$(range "$b")" "$brss" "$bpss"
    printf '%-9s %-7s %5s %14s %9s %7s %7s %12s %10s  %s\n' "$r" stride \
      "$(count "$s")/$RUNS" "$sms" "$(range "$s")" "$srss" "$spss" "$tr" "$rr" "$verdict"
    summary="$summary$(awk -v r="$r" -v t="$tr" -v m="$rr" -v s="$sms" -v b="$bms" 'BEGIN {
      if (t == "-" || m == "-") exit
      printf "» start-up, %s: %s ms, %.2f x the bare window (goal <= 1.10 x): %s\n", r, s, t, t <= 1.10 ? "met" : "missed"
      printf "» memory 3 s after exec, %s: %.2f x Clocks (goal <= 0.90 x): %s\n", r, m, m <= 0.90 ? "met" : "missed" }')
"
  done
  echo
  printf '%s' "$summary"
  exit $status
fi

# ---------------------------------------------------------------------------
# Outer part: dependencies, build, Xvfb, environment.
# ---------------------------------------------------------------------------
build=${1:-$repo/_build/bench}
export STRIDE_CMD=${STRIDE_CMD:-$repo/_build/src/stride}
export STRIDE_SCHEMA_DIR=${STRIDE_SCHEMA_DIR:-${GSETTINGS_SCHEMA_DIR:-$repo/_build/data}}
export STRIDE_DATA_DIRS=${STRIDE_DATA_DIRS:-${XDG_DATA_DIRS:-}}
export CLOCKS_CMD=${CLOCKS_CMD:-gnome-clocks}
export BARE_CMD=${BARE_CMD:-$build/bare-window}
export RUNS=${RUNS:-7} WARMUP=${WARMUP:-1} SETTLE_MS=${SETTLE_MS:-3000}
export RENDERERS=${RENDERERS:-default cairo}

need=()
for p in gcc pkg-config libx11-dev libxdamage-dev libxfixes-dev xvfb dbus-daemon; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [[ $CLOCKS_CMD == gnome-clocks ]] && ! command -v gnome-clocks >/dev/null; then
  need+=(gnome-clocks)
fi
if ((${#need[@]})); then
  echo "Installing: ${need[*]}" >&2
  if [[ $(id -u) != 0 ]]; then
    echo "error: not root; run: sudo apt-get install -y ${need[*]}" >&2
    exit 2
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >&2
fi

read -r -a first_word <<<"$STRIDE_CMD"
if ! command -v "${first_word[0]:-}" >/dev/null; then
  echo "error: Stride not found: '$STRIDE_CMD' (build it first, or set STRIDE_CMD)" >&2
  exit 2
fi

mkdir -p "$build"
# shellcheck disable=SC2046  # pkg-config output is meant to be split
gcc -O2 -Wall -Wextra -o "$build/first-frame" "$here/first-frame.c" \
  $(pkg-config --cflags --libs x11 xdamage xfixes)
# shellcheck disable=SC2046
gcc -O2 -Wall -Wextra -o "$build/bare-window" "$here/bare-window.c" \
  $(pkg-config --cflags --libs libadwaita-1)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-bench.XXXXXX")
xvfb_pid='' bus_pid=''
# shellcheck disable=SC2317  # called by the trap
cleanup() {
  if [[ -n $bus_pid ]]; then
    # The measuring side runs in a process group of its own (setsid below):
    # the bus, the runner script, first-frame (which kills its app) and
    # whatever the bus started.
    kill -TERM -- "-$bus_pid" 2>/dev/null || true
    wait "$bus_pid" 2>/dev/null || true
  fi
  if [[ -n $xvfb_pid ]]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  if [[ ${KEEP_LOGS:-} == 1 ]]; then
    echo "logs kept in $tmp" >&2
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -m 700 "$tmp/runtime"
mkdir "$tmp/data" "$tmp/config" "$tmp/cache"

# -displayfd: Xvfb picks a free display and writes its number once ready.
Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp -noreset 9>"$tmp/display" \
  >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for ((i = 0; i < 100; i++)); do
  [[ -s $tmp/display ]] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { cat "$tmp/xvfb.log" >&2; exit 1; }
  sleep 0.1
done
display=$(tr -d '[:space:]' <"$tmp/display")
[[ -n $display ]] || { echo "error: Xvfb did not start" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
echo "Xvfb on :$display; $RUNS runs per app and renderer (+$WARMUP warm-up)" >&2

unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GSETTINGS_SCHEMA_DIR XDG_DATA_DIRS
export DISPLAY=:$display GDK_BACKEND=x11 ADW_DISABLE_PORTAL=1 GSETTINGS_BACKEND=memory
export XDG_RUNTIME_DIR=$tmp/runtime XDG_DATA_HOME=$tmp/data
export XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
export _STRIDE_BENCH_INNER=1 _STRIDE_BENCH_FF=$build/first-frame _STRIDE_BENCH_TMP=$tmp

# A fresh session bus, so the apps cannot find an instance of themselves (or
# anything else) from elsewhere.  fds 3 and 4 carry our stderr and stdout past
# dbus-run-session, whose services (at-spi) write to theirs.  Started in the
# background, and waited for, so that a signal reaches our trap at once.
setsid dbus-run-session -- bash "${BASH_SOURCE[0]}" 3>&2 4>&1 >"$tmp/dbus.log" 2>&1 &
bus_pid=$!
rc=0
wait "$bus_pid" || rc=$?
bus_pid=
exit $rc
