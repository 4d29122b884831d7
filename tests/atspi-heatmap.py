#!/usr/bin/python3
# The Progress area's calendar of training days as a screen reader meets
# it: Stride is started on a store with sessions yesterday and a week
# ago, the calendar is found in the accessibility tree as a described
# picture, given the focus, and walked with real key presses; after each,
# its name over AT-SPI must be the day the focus is on, with its sessions.
#
# Usage: atspi-heatmap.py STRIDE_BINARY APP_ID
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('atspi_names', os.path.join(HERE, 'atspi-names.py'))
names = importlib.util.module_from_spec(spec)
spec.loader.exec_module(names)
pyatspi = names.pyatspi


def session(started, completion=1.0):
    text = started.astimezone().isoformat(timespec='seconds')
    return {'id': 'session-' + text, 'modified': text, 'started': text, 'routine': 'full',
            'duration': 900, 'completion': completion}


def day_text(day, sessions, today):
    when = '%s %d %s %d' % (day.strftime('%A'), day.day, day.strftime('%B'), day.year)
    if day == today:
        when = 'Today, ' + when
    if sessions == 0:
        return when + ': no sessions'
    return '%s: %d session%s' % (when, sessions, '' if sessions == 1 else 's')


def find_calendar(app):
    for node in names.walk(names.top(app)):
        try:
            if node.getRole() == pyatspi.ROLE_IMAGE and (node.name or '').startswith('Today, '):
                return node
        except Exception:
            continue
    return None


def main():
    binary, app_id = sys.argv[1], sys.argv[2]
    data_home = tempfile.mkdtemp(prefix='stride-atspi-heatmap-')
    now = datetime.datetime.now()
    today = now.date()
    noon = datetime.datetime.combine(today, datetime.time(12, 0))
    yesterday = today - datetime.timedelta(days=1)
    # Two yesterday, one partly done a week before that; none today
    sessions = [session(noon - datetime.timedelta(days=1, hours=4)),
                session(noon - datetime.timedelta(days=1, hours=-6)),
                session(noon - datetime.timedelta(days=8), 0.5)]
    os.makedirs(os.path.join(data_home, app_id))
    with open(os.path.join(data_home, app_id, 'progress.json'), 'w') as f:
        json.dump({'version': 1, 'sessions': sessions, 'results': []}, f)

    failures = []

    def name_of(node):
        # Read afresh, not from libatspi's cache of the object
        node.clearCache()
        return node.name

    def expect(what, node, wanted):
        try:
            names.wait_for(what, lambda: name_of(node) == wanted, timeout=10)
            print('# %s: “%s”' % (what, wanted))
        except names.NotReached:
            failures.append('%s: “%s”, not “%s”' % (what, node.name, wanted))

    try:
        app = names.start(binary, data_home)
        names.activate(app, 'Progress')
        names.wait_for('the progress area', lambda: 'All Sessions' in names.texts(app))
        calendar = names.wait_for('the calendar', lambda: find_calendar(app))
        if not (calendar.description or '').startswith('Sessions per day over the last '):
            failures.append('the calendar has no description: “%s”' % calendar.description)
        print('# description: %s' % calendar.description)

        # GTK 4.8 takes no focus over AT-SPI: the calendar is scrolled into
        # view with the mouse wheel and a day in its middle clicked, which
        # gives it the keyboard focus as a mouse would, on that day
        window = subprocess.run(['xdotool', 'search', '--sync', '--onlyvisible', '--name', '^Stride$'],
                                check=True, capture_output=True, text=True).stdout.split()[0]
        geometry = subprocess.run(['xdotool', 'getwindowgeometry', '--shell', window],
                                  check=True, capture_output=True, text=True).stdout
        size = dict(line.split('=') for line in geometry.split())
        width, height = int(size['WIDTH']), int(size['HEIGHT'])
        component = calendar.queryComponent()
        for _ in range(30):
            calendar.clearCache()
            extents = component.getExtents(pyatspi.WINDOW_COORDS)
            if 60 < extents.y and extents.y + extents.height < height - 60:
                break
            subprocess.run(['xdotool', 'mousemove', '--window', window, str(width // 2), str(height // 2),
                            'click', '5'], check=True)
            names.settle(0.2)
        else:
            raise names.NotReached('the calendar scrolled into view')
        subprocess.run(['xdotool', 'windowfocus', '--sync', window, 'mousemove', '--window', window,
                        str(extents.x + extents.width // 2), str(extents.y + extents.height // 2),
                        'click', '1'], check=True)
        try:
            names.wait_for('a click to move the focus to a day',
                           lambda: not name_of(calendar).startswith('Today, '), timeout=10)
            print('# clicked: “%s”' % calendar.name)
        except names.NotReached:
            failures.append('a click in the calendar named no other day: “%s”' % calendar.name)
        names.keys('End')
        expect('End: today', calendar, day_text(today, 0, today))
        names.keys('Up')
        expect('Up: yesterday', calendar, day_text(yesterday, 2, today))
        names.keys('Left')
        expect('Left: a week before', calendar, day_text(yesterday - datetime.timedelta(days=7), 1, today))
        names.keys('Up')
        expect('Up: the day before that', calendar, day_text(yesterday - datetime.timedelta(days=8), 0, today))
        names.keys('End')
        expect('End: today again', calendar, day_text(today, 0, today))
        names.keys('Home')
        first = today - datetime.timedelta(days=today.weekday() + 7 * 25)
        if calendar.name != day_text(first, 0, today):
            # Fewer weeks in a narrow window: the first shown is a Monday
            print('# Home went to “%s”' % calendar.name)
            if not calendar.name.startswith('Monday '):
                failures.append('Home: “%s” is not a Monday' % calendar.name)
        else:
            print('# Home: “%s”' % calendar.name)
    except names.NotReached as error:
        failures.append(str(error))
    finally:
        names.quit_stride()

    if failures:
        for failure in failures:
            print('not ok - ' + failure)
        sys.exit(1)
    print('ok - every day reached was named over AT-SPI')


if __name__ == '__main__':
    main()
