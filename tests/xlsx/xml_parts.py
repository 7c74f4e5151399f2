#!/usr/bin/env python3
"""Parses every XML part of a workbook (each .xml and .rels file inside the zip) with an
XML parser, in chunks so that parts of any size take little memory, and checks that
every character is one XML 1.0 allows. A part that fails names the part and why.

Usage as a program: xml_parts.py WORKBOOK...   (exit status 1 on the first bad part)
"""
import codecs
import re
import sys
import xml.parsers.expat
import zipfile

# XML 1.0 Char: tab, newline, carriage return, U+0020-U+D7FF, U+E000-U+FFFD, and beyond.
NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
CHUNK = 1 << 20


class BadPart(Exception):
    pass


def check_part(z, name):
    parser = xml.parsers.expat.ParserCreate()
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    offset = 0
    try:
        with z.open(name) as f:
            while True:
                data = f.read(CHUNK)
                text = decoder.decode(data, final=not data)
                bad = NOT_XML_CHAR.search(text)
                if bad:
                    raise BadPart(f"{name}: character U+{ord(bad.group()):04X} (not allowed in XML) "
                                  f"near character {offset + bad.start()}")
                offset += len(text)
                parser.Parse(data, not data)
                if not data:
                    break
    except UnicodeDecodeError as e:
        raise BadPart(f"{name}: not UTF-8: {e}") from None
    except xml.parsers.expat.ExpatError as e:
        raise BadPart(f"{name}: not well-formed XML: {e}") from None


def check_workbook(path):
    """Raises BadPart for the first part that is not well-formed XML 1.0; returns the
    names of the parts checked."""
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if n.endswith(".xml") or n.endswith(".rels")]
        if not parts:
            raise BadPart(f"{path}: no XML parts")
        for name in parts:
            check_part(z, name)
    return parts


if __name__ == "__main__":
    try:
        for book in sys.argv[1:]:
            print(f"{book}: {len(check_workbook(book))} XML parts well-formed")
    except BadPart as e:
        sys.exit(f"FAIL: {e}")
