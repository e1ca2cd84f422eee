#!/usr/bin/env python3
"""Replaces what stands between <!-- NAME:begin --> and <!-- NAME:end --> in
a document with a measured report, stamped with the date and the machine:

    python3 scripts/splice-report.py docs/reliability.md load-test REPORT

so that figures in docs/ come from a run, never from typing."""
import datetime
import os
import platform
import sys
from pathlib import Path


def main():
    doc, name, report = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    text = doc.read_text(encoding='utf-8')
    begin, end = f'<!-- {name}:begin -->', f'<!-- {name}:end -->'
    if begin not in text or end not in text:
        sys.exit(f'{doc}: no {begin} ... {end} markers')
    measured = report.read_text(encoding='utf-8').strip()
    if not measured:
        sys.exit(f'{report} is empty: the measurement did not run')
    stamp = (f'Measured {datetime.date.today().isoformat()} by `scripts/pbx-dev load` on {os.cpu_count()} cores '
             f'({platform.machine()}, {platform.system()} {platform.release()}), release build:')
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    doc.write_text(f'{head}{begin}\n{stamp}\n\n{measured}\n{end}{tail}', encoding='utf-8')
    print(f'{doc}: {name} updated')


if __name__ == '__main__':
    main()
