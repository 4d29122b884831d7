#!/usr/bin/python3
# Every control named, every picture described, as a screen reader reads
# them: Stride is started and walked through each page and dialog — the
# library, an exercise page, the shortcuts window, the preferences, the
# workout list, the routine editor, the player in each phase, the session
# log, the Progress area, and each step of both self-test wizards — and
# on each, the accessibility tree is read. (GTK 4.8 tells an AT-SPI
# client neither where the keyboard focus is in the Progress area nor
# how to activate a row, so the history's names are checked by the
# progress-file test.) Any interactive
# control (button, toggle, menu, drop-down, spin button, check box, text
# field, slider) without a name, any drop-down whose button does not say
# the choice made, and any picture without a description, is printed and
# fails the test. A control with no name of its own is
# given its type's name by GTK ("GtkButton"): that counts as none.
#
# Usage: atspi-names.py STRIDE_BINARY
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import subprocess
import sys
import tempfile
import time

# Stride runs with the tests' fatal warnings; this process does not:
# libatspi warns when an object goes away between two of its calls.
STRIDE_G_DEBUG = os.environ.pop('G_DEBUG', None)

import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

TIMEOUT = 60
STRIDE = None

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB,
}
# Buttons of one list with one name leave a screen reader user to guess
# which row's is which (five exercises' “Remove”)
BUTTONS = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON}
PICTURES = {pyatspi.ROLE_IMAGE}
WINDOWS = {pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT}
TYPE_NAME = re.compile(r'^(Gtk|Adw|Stride)[A-Z]\w*$')


class NotReached(Exception):
    pass


def wait_for(what, condition, timeout=TIMEOUT):
    """Polls until condition() returns something, iterating the main
    context in between so that AT-SPI events are handled"""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if STRIDE is not None and STRIDE.poll() is not None:
            raise NotReached('Stride exited with status %d while waiting for %s' % (STRIDE.returncode, what))
        found = condition()
        if found:
            return found
        while context.iteration(False):
            pass
        time.sleep(0.05)
    raise NotReached('timed out waiting for ' + what)


def settle(seconds=0.4):
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        while context.iteration(False):
            pass
        time.sleep(0.05)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name in ('stride', 'Stride'):
            return app
    return None


def walk(node):
    """What is visible below node"""
    try:
        if not node.getState().contains(pyatspi.STATE_VISIBLE):
            return
    except Exception:
        return
    yield node
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return
    for child in children:
        if child is not None:
            yield from walk(child)


def top(app):
    """The window in front: the last one listed that is visible"""
    windows = []
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        try:
            if window is not None and window.getState().contains(pyatspi.STATE_VISIBLE):
                windows.append(window)
        except Exception:
            continue
    return windows[-1] if windows else None


def named(node, name):
    # GTK 4.8 names a button with a mnemonic "_Next Next"; later versions
    # "Next"
    return node.name == name or node.name.endswith(' ' + name)


def find(app, name, roles=INTERACTIVE):
    window = top(app)
    if window is None:
        return None
    for node in walk(window):
        try:
            if node.getRole() in roles and named(node, name):
                return node
        except Exception:
            continue
    return None


def texts(app):
    window = top(app)
    found = []
    for node in walk(window) if window is not None else []:
        try:
            if node.getRole() == pyatspi.ROLE_LABEL:
                found.append(node.name)
        except Exception:
            continue
    return found


def activate(app, name, roles=INTERACTIVE):
    node = wait_for('“%s”' % name, lambda: find(app, name, roles), timeout=20)
    try:
        action = node.queryAction()
        n_actions = action.nActions
    except NotImplementedError:
        n_actions = 0
    if n_actions == 0:
        # A row or card: Tab to it and press Return, as from the keyboard
        for _ in range(100):
            if focused_named(app, name):
                break
            keys('Tab', wait=0.1)
        else:
            raise NotReached('Tab never reached %s “%s”' % (node.getRoleName(), name))
        keys('Return')
    else:
        for i in range(n_actions):
            if action.getName(i) in ('click', 'activate', 'press', 'toggle'):
                action.doAction(i)
                break
        else:
            action.doAction(0)
    print('# activated “%s”' % name)
    settle()


def focused_named(app, name):
    """Whether the keyboard focus is on name, or on what holds it"""
    for node in walk(top(app)):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return named(node, name) or any(named(child, name) for child in walk(node))
        except Exception:
            continue
    return False


def focus_main_window():
    """Without a window manager, nothing gives the keyboard back to the
    main window when a window over it closes"""
    subprocess.run(['xdotool', 'search', '--sync', '--onlyvisible', '--name', '^Stride$',
                    'windowfocus', '--sync'], check=True)
    settle(0.2)


def keys(*names, wait=0.4):
    subprocess.run(['xdotool', 'key', '--clearmodifiers'] + list(names), check=True)
    settle(wait)


def describe(node):
    path = []
    parent = node.parent
    while parent is not None and len(path) < 3:
        try:
            if parent.name and not TYPE_NAME.match(parent.name):
                path.append(parent.name[:40])
        except Exception:
            break
        parent = parent.parent
    return '%s “%s” in %s' % (node.getRoleName(), node.name, ' < '.join(path) or 'the window')


FOUND = []
PAGES = []
SEEN = set()


def unnamed(name):
    return not name.strip() or TYPE_NAME.match(name)


def said_twice(name):
    """A name made of one phrase twice: a label of its own and the row's
    title both, or GTK 4.8's “_Next Next” for a button with a mnemonic,
    which a screen reader reads as “underscore Next Next”"""
    words = name.split()
    half = len(words) // 2
    if half == 0 or len(words) % 2:
        return False
    first, second = ' '.join(words[:half]), ' '.join(words[half:])
    return first.replace('_', '').lower() == second.replace('_', '').lower()


def read_tree(node, inside_control=False):
    """Yields (node, role, inside_control) for what is visible below
    node; inside_control tells that a named control holds it, whose name
    is what a screen reader says for all of it (an icon in a button)"""
    try:
        if not node.getState().contains(pyatspi.STATE_VISIBLE):
            return
        role = node.getRole()
        name = node.name or ''
    except Exception:
        return
    yield node, role, inside_control
    if role in INTERACTIVE and not unnamed(name):
        inside_control = True
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return
    for child in children:
        if child is not None:
            yield from read_tree(child, inside_control)


def holding_list(node):
    """The outermost list whose rows hold node, if one does: an
    exercise's row in the routine editor is a list of its own"""
    found = None
    parent = node.parent
    while parent is not None:
        try:
            if parent.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX):
                found = parent
        except Exception:
            return found
        parent = parent.parent
    return found


def stops_tab(node, role):
    """A list's row or item that Tab or the arrow keys stop at: what a
    screen reader says there is its name"""
    if role != pyatspi.ROLE_LIST_ITEM:
        return False
    states = node.getState()
    return states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SENSITIVE)


def check(app, page):
    """Reads the window in front and records what a screen reader would
    not be able to tell. GTK 4.8 tells no more than which widgets are
    visible, so pages and stack pages behind the one in front are read
    too; each problem is counted once, where it is first found."""
    window = top(app)
    if window is None:
        raise NotReached('no window for ' + page)
    problems = []
    controls = pictures = 0
    buttons = {}
    for node, role, inside_control in read_tree(window):
        try:
            name = node.name or ''
            if role in WINDOWS and unnamed(name):
                problems.append('window with no title: ' + describe(node))
            if role in INTERACTIVE or stops_tab(node, role):
                controls += 1
                if unnamed(name):
                    problems.append('no name: ' + describe(node))
                elif said_twice(name):
                    problems.append('name said twice: ' + describe(node))
                elif role in BUTTONS and holding_list(node) is not None:
                    buttons.setdefault((name, hash(holding_list(node))), []).append(node)
                if role in BUTTONS and node.parent.getRole() == pyatspi.ROLE_COMBO_BOX \
                        and not (node.description or '').strip():
                    # What the keyboard is on says the choice made, as
                    # well as what it chooses
                    problems.append('drop-down that does not say its choice: ' + describe(node))
            elif (role in PICTURES or name == 'StrideFigureView') and not inside_control:
                pictures += 1
                if role not in PICTURES:
                    problems.append('not a picture: ' + describe(node))
                elif unnamed(name):
                    problems.append('picture with no name: ' + describe(node))
                elif not (node.description or '').strip():
                    problems.append('picture with no description: ' + describe(node))
        except Exception:
            continue
    for same in buttons.values():
        if len(same) > 1:
            problems.append('%d buttons named the same: %s' % (len(same), describe(same[0])))
    new = [p for p in problems if p not in SEEN]
    SEEN.update(new)
    PAGES.append(page)
    print('# %s: %d controls, %d pictures, %d problems, %d of them new'
          % (page, controls, pictures, len(problems), len(new)))
    for problem in new:
        print('#   ' + problem)
    FOUND.extend('%s: %s' % (page, p) for p in new)


def start(binary, data_home, *args):
    global STRIDE
    env = dict(os.environ)
    if STRIDE_G_DEBUG is not None:
        env['G_DEBUG'] = STRIDE_G_DEBUG
    env['XDG_DATA_HOME'] = data_home
    env.pop('GTK_A11Y', None)
    env.pop('NO_AT_BRIDGE', None)
    env['LANGUAGE'] = 'en'
    env['LC_ALL'] = 'C.UTF-8'
    STRIDE = subprocess.Popen([binary] + list(args), env=env)
    app = wait_for('Stride in the accessibility tree', find_app)
    wait_for('its window', lambda: top(app))
    settle(1)
    return app


def quit_stride():
    global STRIDE
    if STRIDE is None:
        return
    if STRIDE.poll() is None:
        subprocess.run(['xdotool', 'key', '--clearmodifiers', 'ctrl+q'])
        try:
            STRIDE.wait(timeout=10)
        except subprocess.TimeoutExpired:
            STRIDE.kill()
            STRIDE.wait()
    STRIDE = None


def library_and_dialogs(app):
    check(app, 'library')
    keys('ctrl+question')
    wait_for('the shortcuts window', lambda: 'Workout Player' in texts(app))
    check(app, 'shortcuts window')
    keys('Escape')
    wait_for('the shortcuts window to close', lambda: 'Workout Player' not in texts(app))
    focus_main_window()
    keys('ctrl+comma')
    wait_for('the preferences', lambda: 'Weekly Goal' in texts(app))
    check(app, 'preferences')
    # The hour and the minute say which they are, not “Hour Time”
    wait_for('the reminder’s hour', lambda: find(app, 'Hour', {pyatspi.ROLE_SPIN_BUTTON}))
    keys('Escape')
    wait_for('the preferences to close', lambda: 'Weekly Goal' not in texts(app))
    focus_main_window()
    activate(app, 'Muscle')
    wait_for('the muscles to choose from', lambda: find(app, 'All muscles', {pyatspi.ROLE_LIST_ITEM}))
    check(app, 'muscle choices')
    keys('Escape')
    focus_main_window()
    activate(app, 'Squats', INTERACTIVE | {pyatspi.ROLE_TABLE_CELL})
    wait_for('the exercise page', lambda: 'Why it works' in texts(app) or 'Why It Works' in texts(app))
    check(app, 'exercise page')


def workout_and_editor(app):
    activate(app, 'Workout')
    wait_for('the routines', lambda: find(app, 'New Routine'))
    check(app, 'workout list')
    activate(app, 'Edit a Copy of Quick 10 minutes')
    wait_for('the editor', lambda: 'Edit Routine' in texts(app) or find(app, 'Add Exercise'))
    check(app, 'routine editor')


def player_and_log(app):
    wait_for('the player', lambda: 'Get Ready' in texts(app))
    check(app, 'player, not started')
    keys('space')
    seen = set()
    phases = ('Get Ready', 'Work', 'Rest', 'Switch Sides')
    for _ in range(60):
        shown = texts(app)
        for phase in phases:
            if phase in shown and phase not in seen:
                seen.add(phase)
                check(app, 'player, ' + phase)
        if len(seen) == len(phases):
            break
        keys('Right')
    else:
        raise NotReached('the player showed only ' + ', '.join(sorted(seen)))
    keys('space')
    wait_for('the paused player', lambda: find(app, 'Resume'))
    check(app, 'player, paused')
    keys('Escape')
    wait_for('the question to stop', lambda: 'Stop the Workout?' in texts(app))
    check(app, 'stop dialog')
    activate(app, 'Stop')
    wait_for('the session log', lambda: 'Reps Done' in texts(app))
    check(app, 'session log')
    # Skipped through, so nothing was counted and Save waits for a rep:
    # the runner enters the squats done, as a screen reader sets a value
    spin = wait_for('the squats’ reps', lambda: find(app, 'Squats, set 1', (pyatspi.ROLE_SPIN_BUTTON,)))
    spin.queryValue().currentValue = 2
    wait_for('Save to take it', lambda: find(app, 'Save').getState().contains(pyatspi.STATE_SENSITIVE))
    activate(app, 'Save')
    wait_for('the workout list', lambda: 'Reps Done' not in texts(app))
    check(app, 'after saving')


def progress(app):
    activate(app, 'Progress')
    wait_for('the progress area', lambda: 'All Sessions' in texts(app))
    check(app, 'progress')


def wizard(app, steps):
    """steps: what to press at each step, or None for a timed hold"""
    for n, press in enumerate(steps, 1):
        heading_texts = texts(app)
        check(app, 'wizard step %d' % n)
        if press is None:
            activate(app, 'Start')
            wait_for('the hold', lambda: 'Get Ready' in texts(app))
            check(app, 'wizard step %d, counting' % n)
            wait_for('the end of the hold', lambda: 'Get Ready' not in texts(app) and 'Hold' not in texts(app),
                     timeout=40)
        else:
            activate(app, press)
        wait_for('the next step', lambda: texts(app) != heading_texts)
        settle()


SCENARIOS = [
    ('library, shortcuts, preferences, exercise page', [], library_and_dialogs),
    ('workout list and editor', [], workout_and_editor),
    ('player and session log', ['--start', 'quick'], player_and_log),
    ('progress', [], progress),
    ('squat self-test', ['--self-test', 'squat'],
     lambda app: wizard(app, ['Next', 'Next', None, 'Yes, I reached depth', 'No, I stayed balanced', 'No pain'])
     or check(app, 'squat result')),
    ('bridge self-test', ['--self-test', 'bridge'],
     lambda app: wizard(app, ['Next', 'Next', None, 'No, they stayed level', None, 'No, they stayed level',
                              'No pain']) or check(app, 'bridge result')),
]


def main():
    binary = sys.argv[1]
    data_home = tempfile.mkdtemp(prefix='stride-atspi-names-')
    not_reached = []
    for title, args, run in SCENARIOS:
        print('# %s' % title)
        try:
            app = start(binary, data_home, *args)
            run(app)
        except NotReached as error:
            print('#   not reached: %s' % error)
            not_reached.append('%s: %s' % (title, error))
        finally:
            quit_stride()

    print('# %d pages read, %d problems, %d scenarios not finished' % (len(PAGES), len(FOUND), len(not_reached)))
    if FOUND or not_reached:
        for line in FOUND + not_reached:
            print('not ok - ' + line)
        sys.exit(1)
    print('ok - %d pages: every control named, every picture described' % len(PAGES))


if __name__ == '__main__':
    main()
