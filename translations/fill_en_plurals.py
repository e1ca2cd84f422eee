#!/usr/bin/env python3
"""Fills the English plural forms in translations/pbx-admin_en.ts.

Source strings say "%n second(s)"; English shows "1 second" and "2 seconds".
Run after `lupdate -pluralonly` (see translations/CMakeLists.txt)."""
import re
import sys
import xml.etree.ElementTree as ET

SINGULAR_WORDS = {'digits': 'digit'}

def singular(text):
    text = text.replace('(s)', '')
    for plural, one in SINGULAR_WORDS.items():
        text = re.sub(r'(%n )' + plural, r'\g<1>' + one, text)
    return text

def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        translation.attrib.pop('type', None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        for form in (singular(source), source.replace('(s)', 's')):
            ET.SubElement(translation, 'numerusform').text = form
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'translations/pbx-admin_en.ts'))
