#!/usr/bin/env python3
"""Fills translations/pbx-admin_<LANG>.ts from translations/table_<LANG>.py.

    python3 translations/fill.py fr_CA
    python3 translations/fill.py es

Keys are source texts, or (text, disambiguation) for a text that reads
differently in one place. Run after lupdate has added new source strings (see
translations/CMakeLists.txt). Fails, naming them, on source strings the
table has no translation for; the build refuses a catalogue with
unfinished entries."""
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_table(lang):
    spec = importlib.util.spec_from_file_location(f'table_{lang}', HERE / f'table_{lang}.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TABLE


def fill(path, table):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        comment = message.find('comment')
        translation = message.find('translation')
        # A disambiguated text (tr(text, comment)) may have its own entry,
        # keyed (text, comment); else the text's.
        value = table.get((source, comment.text)) if comment is not None else None
        if value is None:
            value = table.get(source)
        if value is None:
            missing.append(source)
            continue
        translation.attrib.pop('type', None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get('numerus') == 'yes':
            forms = value if isinstance(value, tuple) else (value, value)
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = value
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


def main(lang):
    missing = fill(HERE / f'pbx-admin_{lang}.ts', load_table(lang))
    if missing:
        print('untranslated:', *missing, sep='\n  ', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: fill.py LANG (fr_CA, es)')
    sys.exit(main(sys.argv[1]))
