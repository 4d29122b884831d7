#!/usr/bin/env python3
# One thing, one word: the German app and help name each thing of Stride
# the same way everywhere. Each term below that a translation uses where
# the glossary has another is printed with its message, and fails.
#
# Usage: check-glossary.py PO_FILE...
#
# SPDX-License-Identifier: GPL-3.0-or-later

import re
import sys

# (what not to write, what to write instead, why)
GLOSSARY = [
    (r'\bRoutine', 'Trainingsablauf', 'a routine is a Trainingsablauf on the Training page'),
    (r'\bAnleitung', 'Leitfaden', 'the guide the exercises come from is the Leitfaden'),
    (r'heruntergezählt', 'Countdown', 'the wizard and the player both say Countdown'),
    (r'\b(Wenigste|Meiste) Trainings', 'Mindestens/Höchstens pro Woche', 'the weekly goal’s two rows'),
    (r'<key>Eingabe</key>', '<key>Eingabetaste</key>', 'the key is named as on the shortcuts page'),
]


def messages(path):
    """(msgid, msgstr) of each message, continuation lines joined"""
    text = open(path, encoding='utf-8').read()
    for block in text.split('\n\n'):
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        msgstr = re.search(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', block, re.M)
        if msgid and msgstr:
            join = lambda m: ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1)))
            yield join(msgid), join(msgstr)


def main():
    found = 0
    for path in sys.argv[1:]:
        for msgid, msgstr in messages(path):
            for wrong, right, why in GLOSSARY:
                if re.search(wrong, msgstr):
                    print('%s: “%s” in “%s”: write %s (%s)' % (path, re.search(wrong, msgstr).group(0),
                                                               msgstr[:90], right, why))
                    found += 1
    print('%d terms off the glossary' % found)
    sys.exit(1 if found else 0)


if __name__ == '__main__':
    main()
