/* first-frame: time from exec to the first drawn frame of an X11 client's
 * first top-level window, and its memory use a fixed time after exec.
 *
 *   first-frame [OPTIONS] -- COMMAND [ARGS...]
 *
 *   --runs N          number of runs (default 1)
 *   --settle-ms MS    read VmRSS / Pss this long after exec (default 3000)
 *   --timeout-ms MS   give up waiting for a frame after this long (default 20000)
 *   --gap-ms MS       pause between runs (default 500)
 *   --min-size PX     ignore windows narrower or lower than PX (default 2)
 *   --log FILE        append the child's stdout/stderr to FILE (default /dev/null)
 *   --verbose         trace windows and damage on stderr, with a pixel check of
 *                     each damaged area (distinct colours; slows the app down)
 *
 * How it works.  With SubstructureNotifyMask selected on the root window the
 * X server reports every window created as a child of root; with no window
 * manager (Xvfb) those are the application's top-levels.  On CreateNotify --
 * before the client can have mapped, let alone drawn into, the window -- we
 * create a Damage object (raw rectangles) on it and XSync.  The first damage
 * drawn into a non-override-redirect, InputOutput window at least --min-size
 * in both dimensions is the first frame.  Without a compositor, drawing into
 * an unmapped window produces no damage, so a merely created window (GTK's
 * client leader, GL dummy windows) never counts.  If the window was already
 * mapped when our DamageCreate was processed (checked with request serials),
 * the run is flagged "late-damage".
 *
 * One damage operation is not the application's: GTK 4 uses a depth-32 ARGB
 * visual, while the root window (Xvfb -screen 0 WxHx24) has depth 24, so the
 * Composite extension redirects the window implicitly, and on MapWindow the
 * server fills the new backing pixmap (one operation, arriving right after
 * MapNotify, all one colour).  For such windows (depth differs from root's)
 * the damage operation that follows MapNotify is skipped.  Moving or
 * resizing such a window once mapped also makes the server damage it, which
 * cannot be told apart from drawing: if that happens before the first frame
 * the run is flagged "reconfigured" (GTK does not do it; check with
 * --verbose if you see it).
 *
 * Output (stdout), one line per run and a summary:
 *   run=1/7 status=ok first-frame-ms=275.3 map-ms=221.0 rss-mb=179.2 pss-mb=150.3 pid=123 window=0x400004 size=870x690
 *   first-frame-ms median=275.3 min=270.0 max=301.2  rss-mb median=179.2  pss-mb median=150.3  runs=7 ok=7
 * Times are milliseconds since just before fork() (CLOCK_MONOTONIC); memory is
 * MiB (kB from /proc/PID/status VmRSS and /proc/PID/smaps_rollup Pss, / 1024),
 * of the exec'd process alone.  status is ok, late-damage or reconfigured
 * (a frame, but see above), or timeout or child-exited: then the run prints
 * -1 for what it could not measure.  Exit status 0 iff
 * every run produced a frame.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>
#include <X11/extensions/Xfixes.h>

#define MAX_WINDOWS 256
#define TRACE_EVENTS 12

typedef struct {
  Window win;
  Damage damage;                /* 0: none (or no longer) */
  unsigned long damage_serial;  /* serial of our DamageCreate request */
  int redirected;               /* depth differs from root: implicit redirect */
  int skip_op;                  /* next damage op is the server's pixmap fill */
  int x, y, width, height;      /* last known geometry */
  int reconfigured;             /* moved/resized while mapped, before a frame */
  double mapped_ms;             /* < 0: not mapped (yet) */
  int mapped_before_damage;
} Tracked;

typedef struct {
  int ok, late_damage, reconfigured, pid, width, height;
  double frame_ms, map_ms, rss_mb, pss_mb;
  Window win;
  const char *status;
} Result;

static Display *dpy;
static Window root;
static int root_depth;
static int damage_event_base;
static int verbose;
static int x_errors;
static volatile sig_atomic_t child_pid;  /* also the child's process group */
static Tracked tracked[MAX_WINDOWS];
static int n_tracked;
static Atom atom_net_wm_pid;

static double
now_ms (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
die (const char *msg)
{
  fprintf (stderr, "first-frame: %s\n", msg);
  exit (2);
}

static int
on_x_error (Display *d, XErrorEvent *ev)
{
  /* Windows come and go under our feet: never fatal. */
  x_errors++;
  if (verbose)
    {
      char buf[128];
      XGetErrorText (d, ev->error_code, buf, sizeof buf);
      fprintf (stderr, "  [x] ignored error: %s (request %d.%d, resource 0x%lx)\n",
               buf, ev->request_code, ev->minor_code, ev->resourceid);
    }
  return 0;
}

static void
kill_child_group (int sig)
{
  pid_t p = child_pid;
  if (p > 0)
    {
      kill (-p, sig);   /* its process group: the command and what it forked */
      kill (p, sig);    /* in case it left the group */
    }
}

static void
on_fatal_signal (int sig)
{
  kill_child_group (SIGKILL);
  signal (sig, SIG_DFL);
  raise (sig);
}

static void
on_watchdog (int sig)
{
  static const char msg[] = "first-frame: watchdog expired, killing child\n";
  (void) sig;
  kill_child_group (SIGKILL);
  if (write (2, msg, sizeof msg - 1) < 0) { /* nothing to do */ }
  _exit (3);
}

static Tracked *
find_tracked (Window w)
{
  for (int i = 0; i < n_tracked; i++)
    if (tracked[i].win == w)
      return &tracked[i];
  return NULL;
}

static void
track_window (const XCreateWindowEvent *ev, double t)
{
  XWindowAttributes wa;
  Tracked *tr;

  if (ev->parent != root || ev->override_redirect || n_tracked >= MAX_WINDOWS
      || find_tracked (ev->window))
    {
      if (verbose)
        fprintf (stderr, "  [%8.1f ms] create 0x%lx %dx%d%s (ignored)\n", t, ev->window,
                 ev->width, ev->height, ev->override_redirect ? " override-redirect" : "");
      return;
    }
  tr = &tracked[n_tracked++];
  memset (tr, 0, sizeof *tr);
  tr->win = ev->window;
  tr->mapped_ms = -1;
  tr->x = ev->x;
  tr->y = ev->y;
  tr->width = ev->width;
  tr->height = ev->height;
  tr->damage_serial = NextRequest (dpy);
  tr->damage = XDamageCreate (dpy, ev->window, XDamageReportRawRectangles);
  /* A round trip, so the damage object exists before we go on. */
  if (!XGetWindowAttributes (dpy, ev->window, &wa) || wa.class == InputOnly)
    {
      if (tr->damage)
        XDamageDestroy (dpy, tr->damage);
      tr->damage = 0;  /* gone already, or cannot be drawn into */
    }
  else
    tr->redirected = wa.depth != root_depth;
  if (verbose)
    fprintf (stderr, "  [%8.1f ms] create 0x%lx %dx%d depth %d%s\n", t, ev->window,
             ev->width, ev->height, tr->damage ? wa.depth : 0,
             tr->damage ? "" : " (input-only or gone: ignored)");
}

static void
drop_all_damage (void)
{
  for (int i = 0; i < n_tracked; i++)
    if (tracked[i].damage)
      {
        XDamageDestroy (dpy, tracked[i].damage);
        tracked[i].damage = 0;
      }
}

static long
window_pid (Window w)
{
  Atom type;
  int format;
  unsigned long n, after;
  unsigned char *data = NULL;
  long pid = -1;

  if (XGetWindowProperty (dpy, w, atom_net_wm_pid, 0, 1, False, XA_CARDINAL,
                          &type, &format, &n, &after, &data) == Success
      && data != NULL && type == XA_CARDINAL && format == 32 && n == 1)
    pid = (long) ((unsigned long *) data)[0];
  if (data)
    XFree (data);
  return pid;
}

/* --verbose only: distinct colours (up to 64, sampled) in a damaged area;
 * 1 means a plain fill rather than a drawn frame. */
static int
count_colours (Window w, const XRectangle *r)
{
  enum { MAXC = 64 };
  unsigned long seen[MAXC];
  int n = 0;
  XImage *img;

  if (r->width == 0 || r->height == 0)
    return 0;
  img = XGetImage (dpy, w, r->x, r->y, r->width, r->height, AllPlanes, ZPixmap);
  if (!img)
    return -1;
  for (int y = 0; y < r->height && n < MAXC; y += 3)
    for (int x = 0; x < r->width && n < MAXC; x += 3)
      {
        unsigned long p = XGetPixel (img, x, y);
        int k;
        for (k = 0; k < n && seen[k] != p; k++)
          ;
        if (k == n)
          seen[n++] = p;
      }
  XDestroyImage (img);
  return n;
}

static long
proc_kb (pid_t pid, const char *file, const char *key)
{
  char path[64], line[256];
  size_t klen = strlen (key);
  long kb = -1;
  FILE *f;

  snprintf (path, sizeof path, "/proc/%d/%s", (int) pid, file);
  f = fopen (path, "r");
  if (!f)
    return -1;
  while (fgets (line, sizeof line, f))
    if (strncmp (line, key, klen) == 0 && line[klen] == ':')
      {
        kb = strtol (line + klen + 1, NULL, 10);
        break;
      }
  fclose (f);
  return kb;
}

static pid_t
spawn (char **argv, const char *log_path)
{
  pid_t pid = fork ();

  if (pid < 0)
    die ("fork failed");
  if (pid == 0)
    {
      /* The X connection is close-on-exec. */
      int out = open (log_path ? log_path : "/dev/null",
                      O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
      int in = open ("/dev/null", O_RDONLY | O_CLOEXEC);
      int err = fcntl (2, F_DUPFD_CLOEXEC, 3);  /* for an exec failure */
      sigset_t none;

      setpgid (0, 0);
      if (out >= 0) { dup2 (out, 1); dup2 (out, 2); }
      if (in >= 0) dup2 (in, 0);
      sigemptyset (&none);
      sigprocmask (SIG_SETMASK, &none, NULL);
      execvp (argv[0], argv);
      dprintf (err >= 0 ? err : 2, "first-frame: exec %s: %s\n", argv[0], strerror (errno));
      _exit (127);
    }
  setpgid (pid, pid);  /* as the child does; whichever runs first wins */
  return pid;
}

/* Stop the child: SIGTERM to its process group, SIGKILL after 2 s. */
static void
stop_child (pid_t pid, int reaped)
{
  if (!reaped)
    {
      double deadline = now_ms () + 2000;

      kill (-pid, SIGTERM);
      kill (pid, SIGTERM);
      while (!reaped && now_ms () < deadline)
        {
          if (waitpid (pid, NULL, WNOHANG) == pid)
            reaped = 1;
          else
            usleep (10000);
        }
    }
  kill (-pid, SIGKILL);  /* stragglers in its process group */
  if (!reaped)
    {
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
    }
}

static void
drain_events (void)
{
  XSync (dpy, False);
  while (XPending (dpy))
    {
      XEvent ev;
      Tracked *tr;

      XNextEvent (dpy, &ev);
      if (ev.type == DestroyNotify && (tr = find_tracked (ev.xdestroywindow.window)))
        tr->damage = 0;  /* the server freed it with the window */
    }
}

static void
forget_windows (void)
{
  drain_events ();
  drop_all_damage ();
  drain_events ();
  n_tracked = 0;
}

/* Returns 1 when this damage event is the first frame. */
static int
handle_damage (XDamageNotifyEvent *de, double t, int min_size, pid_t pid,
               int *trace_left, int found)
{
  Tracked *tr = find_tracked (de->drawable);
  int server_fill;
  long wpid;

  if (!tr || !tr->damage || de->damage != tr->damage)
    return 0;
  server_fill = tr->skip_op;
  if (!de->more)
    tr->skip_op = 0;  /* last rectangle of that operation */
  if (verbose && *trace_left > 0)
    {
      --*trace_left;
      fprintf (stderr, "  [%8.1f ms] damage 0x%lx %dx%d+%d+%d of %dx%d%s, %d colours%s\n",
               t, tr->win, de->area.width, de->area.height, de->area.x, de->area.y,
               de->geometry.width, de->geometry.height, de->more ? " (more)" : "",
               count_colours (tr->win, &de->area),
               server_fill ? "  <- server's fill of the new pixmap, skipped" : "");
    }
  if (found || server_fill)
    return 0;
  if (de->geometry.width < min_size || de->geometry.height < min_size)
    return 0;
  wpid = window_pid (tr->win);
  if (wpid > 0 && wpid != pid)
    {
      if (verbose)
        fprintf (stderr, "  window 0x%lx belongs to pid %ld: ignored\n", tr->win, wpid);
      XDamageDestroy (dpy, tr->damage);
      tr->damage = 0;
      return 0;
    }
  return 1;
}

static Result
one_run (char **argv, const char *log_path, int settle_ms, int timeout_ms, int min_size)
{
  Result res;
  int xfd = ConnectionNumber (dpy);
  int reaped = 0, mem_done = 0, trace_left = verbose ? TRACE_EVENTS : 0, status;
  double t0, t;
  pid_t pid;

  memset (&res, 0, sizeof res);
  res.frame_ms = res.map_ms = res.rss_mb = res.pss_mb = -1;
  res.status = "timeout";

  XSync (dpy, False);
  t0 = now_ms ();
  pid = spawn (argv, log_path);
  child_pid = pid;
  res.pid = (int) pid;
  alarm ((unsigned) timeout_ms / 1000 + 30);

  for (;;)
    {
      XEvent ev;

      t = now_ms () - t0;
      if (!mem_done && t >= settle_ms)
        {
          if (!reaped)
            {
              long rss = proc_kb (pid, "status", "VmRSS");
              long pss = proc_kb (pid, "smaps_rollup", "Pss");
              res.rss_mb = rss >= 0 ? rss / 1024.0 : -1;
              res.pss_mb = pss >= 0 ? pss / 1024.0 : -1;
            }
          mem_done = 1;
        }
      if (mem_done && res.ok)
        break;
      if (t >= timeout_ms)
        break;
      if (!reaped && waitpid (pid, &status, WNOHANG) == pid)
        {
          reaped = 1;
          if (verbose)
            fprintf (stderr, "  [%8.1f ms] child exited (wait status 0x%x)\n", t, status);
          if (!res.ok)
            {
              res.status = "child-exited";
              break;
            }
        }

      if (!XPending (dpy))
        {
          struct pollfd pfd = { .fd = xfd, .events = POLLIN };
          double next = mem_done ? timeout_ms : settle_ms;
          int wait = (int) (next - t) + 1;

          if (wait > 20)
            wait = 20;   /* also look for the child's exit now and then */
          poll (&pfd, 1, wait < 0 ? 0 : wait);
          if (!XPending (dpy))
            continue;
        }
      XNextEvent (dpy, &ev);
      t = now_ms () - t0;

      if (ev.type == CreateNotify)
        track_window (&ev.xcreatewindow, t);
      else if (ev.type == MapNotify)
        {
          Tracked *tr = find_tracked (ev.xmap.window);
          if (tr && tr->mapped_ms < 0)
            {
              tr->mapped_ms = t;
              /* The event carries the serial of our last request the server
               * had processed: before our DamageCreate means the window was
               * mapped (and maybe drawn) before the damage object existed. */
              if (tr->damage && (long) (ev.xany.serial - tr->damage_serial) < 0)
                tr->mapped_before_damage = 1;
              tr->skip_op = tr->redirected;
              if (verbose)
                fprintf (stderr, "  [%8.1f ms] map 0x%lx%s\n", t, tr->win,
                         tr->mapped_before_damage ? " (before our DamageCreate!)" : "");
            }
        }
      else if (ev.type == ConfigureNotify)
        {
          XConfigureEvent *ce = &ev.xconfigure;
          Tracked *tr = find_tracked (ce->window);
          if (tr)
            {
              /* Moving or resizing a mapped, redirected window makes the
               * server damage it too (new areas, or all of it), which we
               * cannot tell from the app's drawing: flag the run. */
              if (tr->mapped_ms >= 0 && tr->redirected && !res.ok
                  && (ce->x != tr->x || ce->y != tr->y
                      || ce->width != tr->width || ce->height != tr->height))
                tr->reconfigured = 1;
              tr->x = ce->x;
              tr->y = ce->y;
              tr->width = ce->width;
              tr->height = ce->height;
              if (verbose)
                fprintf (stderr, "  [%8.1f ms] configure 0x%lx %dx%d+%d+%d%s\n", t,
                         ce->window, ce->width, ce->height, ce->x, ce->y,
                         tr->reconfigured ? " (moved/resized after map!)" : "");
            }
        }
      else if (ev.type == DestroyNotify)
        {
          Tracked *tr = find_tracked (ev.xdestroywindow.window);
          if (tr)
            tr->damage = 0;  /* the server freed it with the window */
        }
      else if (ev.type == damage_event_base + XDamageNotify)
        {
          XDamageNotifyEvent *de = (XDamageNotifyEvent *) &ev;
          Tracked *tr = find_tracked (de->drawable);

          if (handle_damage (de, t, min_size, pid, &trace_left, res.ok))
            {
              res.ok = 1;
              res.status = "ok";
              res.frame_ms = t;
              res.map_ms = tr->mapped_ms;
              res.late_damage = tr->mapped_before_damage;
              res.reconfigured = tr->reconfigured;
              res.win = tr->win;
              res.width = de->geometry.width;
              res.height = de->geometry.height;
              if (verbose)
                fprintf (stderr, "  ^ first frame\n");
            }
          /* Raw-rectangle damage reports every drawing operation: stop
           * listening once we have what we need. */
          if (res.ok && trace_left <= 0)
            drop_all_damage ();
        }
    }

  stop_child (pid, reaped);
  alarm (0);
  child_pid = 0;
  forget_windows ();
  if (res.ok && res.late_damage)
    res.status = "late-damage";
  else if (res.ok && res.reconfigured)
    res.status = "reconfigured";
  return res;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Sorts v. */
static double
median (double *v, int n)
{
  if (n == 0)
    return -1;
  qsort (v, n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void
usage (void)
{
  fprintf (stderr,
           "usage: first-frame [--runs N] [--settle-ms MS] [--timeout-ms MS] [--gap-ms MS]\n"
           "                   [--min-size PX] [--log FILE] [--verbose] -- COMMAND [ARGS...]\n");
  exit (2);
}

static int
int_arg (int argc, char **argv, int *i)
{
  char *end;
  long v;

  if (*i + 1 >= argc)
    usage ();
  v = strtol (argv[++*i], &end, 10);
  if (*end || end == argv[*i] || v < 0 || v > 3600000)
    usage ();
  return (int) v;
}

int
main (int argc, char **argv)
{
  int runs = 1, settle_ms = 3000, timeout_ms = 20000, gap_ms = 500, min_size = 2;
  const char *log_path = NULL;
  char **cmd = NULL;
  int i, major, minor, ev_base, err_base, n_ok = 0, n_rss = 0, n_pss = 0;
  double *frame, *rss, *pss, med, mn = -1, mx = -1;
  struct sigaction sa;

  for (i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0) { cmd = &argv[i + 1]; break; }
      else if (strcmp (argv[i], "--runs") == 0) runs = int_arg (argc, argv, &i);
      else if (strcmp (argv[i], "--settle-ms") == 0) settle_ms = int_arg (argc, argv, &i);
      else if (strcmp (argv[i], "--timeout-ms") == 0) timeout_ms = int_arg (argc, argv, &i);
      else if (strcmp (argv[i], "--gap-ms") == 0) gap_ms = int_arg (argc, argv, &i);
      else if (strcmp (argv[i], "--min-size") == 0) min_size = int_arg (argc, argv, &i);
      else if (strcmp (argv[i], "--log") == 0 && i + 1 < argc) log_path = argv[++i];
      else if (strcmp (argv[i], "--verbose") == 0) verbose = 1;
      else usage ();
    }
  if (!cmd || !cmd[0] || runs < 1)
    usage ();
  if (timeout_ms < settle_ms)
    timeout_ms = settle_ms;

  dpy = XOpenDisplay (NULL);
  if (!dpy)
    die ("cannot open display (is $DISPLAY set?)");
  fcntl (ConnectionNumber (dpy), F_SETFD, FD_CLOEXEC);
  XSetErrorHandler (on_x_error);
  if (!XDamageQueryExtension (dpy, &damage_event_base, &err_base)
      || !XDamageQueryVersion (dpy, &major, &minor))
    die ("the X server lacks the DAMAGE extension");
  if (!XFixesQueryExtension (dpy, &ev_base, &err_base))
    die ("the X server lacks the XFIXES extension");
  root = DefaultRootWindow (dpy);
  root_depth = DefaultDepth (dpy, DefaultScreen (dpy));
  atom_net_wm_pid = XInternAtom (dpy, "_NET_WM_PID", False);
  XSelectInput (dpy, root, SubstructureNotifyMask);
  XSync (dpy, False);

  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_fatal_signal;
  sigaction (SIGINT, &sa, NULL);
  sigaction (SIGTERM, &sa, NULL);
  sigaction (SIGHUP, &sa, NULL);
  sa.sa_handler = on_watchdog;
  sigaction (SIGALRM, &sa, NULL);

  frame = calloc (runs, sizeof *frame);
  rss = calloc (runs, sizeof *rss);
  pss = calloc (runs, sizeof *pss);
  if (!frame || !rss || !pss)
    die ("out of memory");

  for (i = 0; i < runs; i++)
    {
      Result r;

      if (i > 0 && gap_ms > 0)
        usleep ((useconds_t) gap_ms * 1000);
      r = one_run (cmd, log_path, settle_ms, timeout_ms, min_size);
      printf ("run=%d/%d status=%s first-frame-ms=%.1f map-ms=%.1f rss-mb=%.1f pss-mb=%.1f"
              " pid=%d window=0x%lx size=%dx%d\n",
              i + 1, runs, r.status, r.frame_ms, r.map_ms, r.rss_mb, r.pss_mb,
              r.pid, r.win, r.width, r.height);
      fflush (stdout);
      if (r.ok)
        frame[n_ok++] = r.frame_ms;
      if (r.rss_mb >= 0)
        rss[n_rss++] = r.rss_mb;
      if (r.pss_mb >= 0)
        pss[n_pss++] = r.pss_mb;
    }

  med = median (frame, n_ok);
  if (n_ok)
    {
      mn = frame[0];
      mx = frame[n_ok - 1];
    }
  printf ("first-frame-ms median=%.1f min=%.1f max=%.1f  rss-mb median=%.1f  pss-mb median=%.1f"
          "  runs=%d ok=%d\n",
          med, mn, mx, median (rss, n_rss), median (pss, n_pss), runs, n_ok);
  if (verbose && x_errors)
    fprintf (stderr, "first-frame: %d X errors ignored\n", x_errors);
  XCloseDisplay (dpy);
  return n_ok == runs ? 0 : 1;
}
