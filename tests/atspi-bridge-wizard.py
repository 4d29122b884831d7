#!/usr/bin/python3
# The bridge self-test, completed as a screen-reader user would: Stride is
# started with --self-test bridge, every step is read from the
# accessibility tree, the controls are found by their accessible names and
# reached and operated with the keyboard alone (Tab, then Space or Return),
# and the result must be in the progress file after Stride quits.
#
# Usage: atspi-bridge-wizard.py STRIDE_BINARY
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import subprocess
import sys
import tempfile
import time

# Stride runs with the tests' fatal warnings; this process does not:
# libatspi warns when an object goes away between two of its calls,
# which is no fault of the app. GLib reads G_DEBUG when it is loaded.
STRIDE_G_DEBUG = os.environ.pop('G_DEBUG', None)

import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

TIMEOUT = 60
# The Stride under test, once started
STRIDE = None


def fail(message):
    print('not ok -', message)
    sys.exit(1)


def wait_for(what, condition, timeout=TIMEOUT):
    """Polls the tree until condition() returns something, iterating the
    main context in between so that AT-SPI events are handled"""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if STRIDE is not None and STRIDE.poll() is not None:
            fail('Stride exited with status %d while waiting for %s' % (STRIDE.returncode, what))
        found = condition()
        if found:
            return found
        while context.iteration(False):
            pass
        time.sleep(0.05)
    fail('timed out waiting for ' + what)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name in ('stride', 'Stride'):
            return app
    return None


def walk(node):
    """The tree below node; a page replaced while it is read is skipped,
    the next poll reads the new one"""
    yield node
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except GLib.Error:
        return
    for child in children:
        if child is not None:
            yield from walk(child)


def visible(node):
    # GTK 4.8 does not set "showing"; pages out of sight are not visible
    return node.getState().contains(pyatspi.STATE_VISIBLE)


def named(node, name):
    # GTK 4.8 names a button with a mnemonic "_Next Next"; later versions
    # "Next"
    return node.name == name or node.name.endswith(' ' + name)


def wizard_or_app(app):
    """The wizard's part of the tree while it is open: the main page
    behind it has labels of its own"""
    for node in walk(app):
        try:
            if node.name == 'StrideSelfTestWizard' or node.getRoleName() == 'dialog':
                return node
        except Exception:
            continue
    return app


def find(app, name, roles):
    for node in walk(wizard_or_app(app)):
        try:
            if node.getRole() in roles and named(node, name) and visible(node):
                return node
        except Exception:
            continue
    return None


def texts(app):
    found = []
    for node in walk(wizard_or_app(app)):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL and visible(node):
                found.append(node.name)
        except Exception:
            continue
    return found


BUTTONS = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON)


KEYSYMS = {'space': 0x20, 'Return': 0xff0d, 'Tab': 0xff09}


def key(name):
    pyatspi.Registry.generateKeyboardEvent(KEYSYMS[name], None, pyatspi.KEY_SYM)


def press(app, name, activate='space', hears=None):
    """Moves the keyboard focus with Tab to the control named name, as a
    screen reader user does, hearing each name on the way, and presses it;
    there, a screen reader must say hears, if given"""
    control = wait_for('“%s”' % name, lambda: find(app, name, BUTTONS))
    if not control.getState().contains(pyatspi.STATE_SENSITIVE):
        fail('“%s” is not sensitive' % name)
    for _ in range(40):
        if control.getState().contains(pyatspi.STATE_FOCUSED):
            break
        key('Tab')
        time.sleep(0.05)
        GLib.MainContext.default().iteration(False)
    else:
        fail('Tab never reached “%s”' % name)
    if hears is not None and hears not in heard(control):
        fail('“%s” does not say “%s” (heard: “%s”)' % (name, hears, heard(control)))
    key(activate)
    print('# pressed “%s” with %s' % (name, activate))


WINDOWS = (pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW, pyatspi.ROLE_APPLICATION)


def focused(app):
    for node in walk(wizard_or_app(app)):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return node
        except Exception:
            continue
    return None


def heard(node):
    """What a screen reader says when the focus lands on node: its name
    and description, and the names of the groups it is in, short of the
    window"""
    said = [node.name or '', node.description or '']
    parent = node.parent
    while parent is not None and parent.getRole() not in WINDOWS:
        said.append(parent.name or '')
        parent = parent.parent
    return ' '.join(part for part in said if part)


def expect_heading(app, heading):
    """Waits for the step and checks that a screen reader user hears it
    where the focus lands, without looking for it"""
    wait_for('the step “%s”' % heading, lambda: heading in texts(app))
    node = wait_for('the focus on the step “%s”' % heading, lambda: focused(app))
    wait_for('“%s” heard on arrival (heard: “%s”)' % (heading, heard(node)),
             lambda: heading in heard(focused(app) or node), timeout=5)
    print('# step: %s (heard: %s)' % (heading, heard(focused(app) or node)))


def main():
    binary = sys.argv[1]
    data_home = tempfile.mkdtemp(prefix='stride-atspi-')
    env = dict(os.environ)
    if STRIDE_G_DEBUG is not None:
        env['G_DEBUG'] = STRIDE_G_DEBUG
    env['XDG_DATA_HOME'] = data_home
    env.pop('GTK_A11Y', None)
    env.pop('NO_AT_BRIDGE', None)
    env['LANGUAGE'] = 'en'
    env['LC_ALL'] = 'C.UTF-8'

    global STRIDE
    stride = STRIDE = subprocess.Popen([binary, '--self-test', 'bridge'], env=env)
    try:
        app = wait_for('Stride in the accessibility tree', find_app)

        expect_heading(app, 'Hip Bridge Test')
        press(app, 'Next')
        expect_heading(app, 'Get into Position')
        press(app, 'Next')

        # The right foot: a real countdown and hold; the wizard moves on
        # by itself when the time is up
        expect_heading(app, 'Lift Your Right Foot')
        press(app, 'Start')
        expect_heading(app, 'Did your hips drop or tilt?')
        # Each answer says which foot it is about, the one Tab comes to
        # second too
        press(app, 'No, they stayed level', 'Return', hears='While your right foot was off the ground.')

        expect_heading(app, 'Lift Your Left Foot')
        press(app, 'Start')
        wait_for('the left question', lambda: 'While your left foot was off the ground.' in texts(app))
        press(app, 'Yes, they dropped or tilted', 'Return', hears='While your left foot was off the ground.')

        expect_heading(app, 'Did anything hurt?')
        press(app, 'No pain', 'Return')

        expect_heading(app, 'Your left side may be weaker')
        press(app, 'Save Result')
        wait_for('the saved toast', lambda: 'Result saved' in texts(app))

        # Quit: Stride writes its progress before it exits
        subprocess.run(['xdotool', 'key', '--clearmodifiers', 'ctrl+q'], check=True)
        if stride.wait(timeout=TIMEOUT) != 0:
            fail('Stride quit with status %d' % stride.returncode)
    finally:
        if stride.poll() is None:
            stride.kill()
            stride.wait()

    path = os.path.join(data_home, 'io.github.stridehips.Stride', 'progress.json')
    with open(path, encoding='utf-8') as f:
        document = json.load(f)
    results = document.get('results', [])
    if len(results) != 1:
        fail('%d results saved, not 1' % len(results))
    result = results[0]
    if result['test'] != 'bridge-test' or result['outcome'] != 'left-weaker':
        fail('saved %s / %s' % (result['test'], result['outcome']))
    if result['answers'] != {'right_dropped': False, 'left_dropped': True, 'pain': False}:
        fail('saved answers %s' % result['answers'])
    print('ok - the bridge test completed through the accessibility tree: left-weaker saved')


if __name__ == '__main__':
    main()
