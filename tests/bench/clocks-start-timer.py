#!/usr/bin/python3
# Starts a 5-minute countdown in GNOME Clocks 43 through its accessibility
# tree, as a screen reader user would: the Timer tab, the "5 m" preset,
# then the start button (an icon without a name: the lowest button of
# the timer face). Used by player-cpu.sh to measure Clocks beside Stride.
import sys
import time

import pyatspi


def find_all(node, predicate, found, depth=0):
    if node is None or depth > 40:
        return found
    try:
        if predicate(node):
            found.append(node)
    except Exception:
        pass
    for i in range(node.childCount):
        find_all(node.getChildAtIndex(i), predicate, found, depth + 1)
    return found


def find(node, predicate):
    found = find_all(node, predicate, [])
    return found[0] if found else None


def wait_for(get, what):
    for _ in range(100):
        value = get()
        if value is not None:
            return value
        time.sleep(0.1)
    sys.exit(f"clocks-start-timer: no {what}")


def clocks_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and "clocks" in (app.name or "").lower():
            return app
    return None


app = wait_for(clocks_app, "GNOME Clocks on the accessibility bus")
tab = wait_for(lambda: find(app, lambda o: o.name == "Timer" and o.getRoleName() == "page tab"), "Timer tab")
tab.queryAction().doAction(0)
face = wait_for(lambda: find(app, lambda o: o.name == "ClocksTimerFace"), "timer face")


def start_button():
    buttons = find_all(face, lambda o: o.getRoleName() == "push button" and o.name == "GtkImage", [])
    if not buttons:
        return None
    return max(buttons, key=lambda o: o.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y)


# The page may take the first clicks before it is ready: the start
# button turns sensitive once the preset has set a duration
for _ in range(50):
    preset = find(face, lambda o: o.name == "5 m" and o.getRoleName() == "push button")
    if preset is not None:
        preset.queryAction().doAction(0)
    time.sleep(0.2)
    start = start_button()
    if start is not None and start.getState().contains(pyatspi.STATE_SENSITIVE):
        start.queryAction().doAction(0)
        break
else:
    sys.exit("clocks-start-timer: the timer did not start")
