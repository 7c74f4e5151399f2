#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from the example phrases.

    make_seeds.py EXAMPLES_DIR OUT_DIR

EXAMPLES_DIR is grammars/examples: its *.tsv files (and those of its subfolders) hold
example phrases in their `input` column and, in the claim examples, the claim expected
from each (`text`, `kind`, `value`, `unit`, `qualifier`, `change`). OUT_DIR gets one
folder per target, each phrase wrapped in that target's input format: plain text,
JSON Lines documents, HTML pages, JSON Lines claim records, and the tab-separated claim
lines of the writers target. The output depends on the examples only.
"""
import json
import pathlib
import shutil
import sys

TARGETS = ("extract", "sentences", "scanner", "jsonl", "html", "claim_file", "writers", "long_text")
DATELINES = ("ASTANA, May 21 (Xinhua) -- ", "MINSK, 21 May (BelTA) - ", "BEIJING, Jan. 3 (Reuters) - ", "")
SOURCES = ("Xinhua", "BelTA", "Reuters", "")


def read_examples(root):
    """Rows of every example file as dicts of its header's columns."""
    rows = []
    for path in sorted(root.rglob("*.tsv")):
        header = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def groups(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def claim_value(cell):
    """The example's value as a claim record holds it: number, ISO string or a range."""
    if ".." in cell:
        low, high = cell.split("..", 1)
        return None, claim_value(low)[0], claim_value(high)[0]
    try:
        number = float(cell)
        return (int(number) if number.is_integer() and abs(number) < 2**53 else number), None, None
    except ValueError:
        return (cell or None), None, None


def claim_record(row, doc, article):
    sentence, text = row["input"], row.get("text") or row["input"]
    start = max(sentence.find(text), 0)
    start_bytes = len(sentence[:start].encode("utf-8"))
    value, low, high = claim_value(row.get("value", ""))
    record = {
        "doc": doc, "start": start_bytes, "end": start_bytes + len(text.encode("utf-8")), "text": text,
        "sentence": sentence, "kind": row.get("kind") or "count", "value": value, "low": low, "high": high,
        "part": None, "whole": None, "unit": row.get("unit") or None, "unit_name": None,
        "qualifier": row.get("qualifier") or "=", "change": row.get("change") or None,
        "subject": " ".join(sentence.split()[:2]).lower() or None, "time": "2024", "time_text": "this year",
        "attribution": None, "article": article, "title": None, "source": SOURCES[article % 4] or None,
        "dateline": None, "date": "2024-05-20", "page": None,
    }
    if "/" in row.get("value", ""):
        part, whole = row["value"].split("/", 1)
        record["part"], record["whole"] = claim_value(part)[0], claim_value(whole)[0]
        record["value"] = None
    return record


def escape_field(cell):
    return cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def html_page(n, phrases):
    title = phrases[0]
    body = phrases[1:]
    style = n % 4
    head = f"<title>{title}</title>"
    if style == 0:
        head += f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="Xinhua">'
        head += '<meta property="article:published_time" content="2024-05-20T08:00:00Z">'
        main = "<article><h1>" + title + "</h1>" + "".join(f"<p>{p}</p>" for p in body) + "</article>"
    elif style == 1:
        head = '<meta charset="windows-1252">' + head + '<meta name="date" content="2024-05-20">'
        main = "<main><ul>" + "".join(f"<li>{p}</li>" for p in body) + "</ul></main>"
    elif style == 2:
        cells = "".join(f"<tr><td>{i}</td><td>{p}</td></tr>" for i, p in enumerate(body))
        main = f"<div><h2>{title}</h2><table>{cells}</table><p>{' '.join(body)}</p></div>"
    else:
        main = "<div class=content>" + "<br>".join(body) + "</div>"
    chrome = "<nav><a href='/'>Home</a></nav><script>var x = 1 < 2;</script><style>p{}</style>"
    return f"<!DOCTYPE html><html><head>{head}</head><body>{chrome}{main}<footer>Copyright 2024</footer></body></html>\n"


def main():
    examples, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    rows = read_examples(examples)
    phrases = list(dict.fromkeys(r["input"] for r in rows if r.get("input")))
    claims = [r for r in rows if r.get("kind")]
    for target in TARGETS:
        shutil.rmtree(out / target, ignore_errors=True)
        (out / target).mkdir(parents=True)

    def put(target, name, text):
        (out / target / name).write_bytes(text.encode("utf-8"))

    def put_bytes(target, name, data):
        (out / target / name).write_bytes(data)

    for i, p in enumerate(phrases):
        put("extract", f"phrase-{i:04d}.txt", p + "\n")
    for i, g in enumerate(groups(phrases, 6)):
        # A news file: a headline line, then a paragraph opening with a dateline.
        put("extract", f"article-{i:03d}.txt", f"{g[0]}\n{DATELINES[i % 4]}{' '.join(g[1:])}\n")
        put("sentences", f"paragraph-{i:03d}.txt", " ".join(g) + ("\n" if i % 2 else ""))
        put("sentences", f"lines-{i:03d}.txt", "\r\n".join(g))
        # The scanner's window bytes first (see scanner_fuzz.cpp), then the phrases.
        put("scanner", f"window-{i:03d}.txt", chr(0x20 + i % 16) + chr(0x60 + i % 32) + " ".join(g))
    for i, g in enumerate(groups(phrases, 5)):
        lines = []
        for j, p in enumerate(g):
            record = {"id": f"doc-{i}-{j}" if j % 3 else i * 10 + j, "text": p}
            if j % 2 == 0:
                record.update(title=g[0], source=SOURCES[j % 4], date="2024-05-20")
            if j == 4:
                record["id"] = None
            lines.append(json.dumps(record, ensure_ascii=(i % 2 == 0)))
        put("jsonl", f"records-{i:03d}.jsonl", "\n".join(lines) + "\n")
    for i, g in enumerate(groups(phrases, 8)):
        put("html", f"page-{i:03d}.html", html_page(i, g))
    for i, g in enumerate(groups(claims, 8)):
        records = [claim_record(r, f"doc-{i % 3}.txt", 1 + j % 2) for j, r in enumerate(g)]
        # The same figures from another document, one of them changed: a conflict to find.
        copies = [dict(r, doc="other.txt") for r in records[:3]]
        if copies and isinstance(copies[0]["value"], (int, float)):
            copies[0]["value"] = copies[0]["value"] * 2
        put("claim_file", f"claims-{i:03d}.jsonl", "".join(json.dumps(r) + "\n" for r in records + copies))
    # Long texts: a selector byte (the encoding given and a block size, see
    # long_text_fuzz.cpp), then paragraphs of phrases in UTF-8, windows-1252 or UTF-16LE.
    for i, g in enumerate(groups(phrases, 12)):
        text = "".join(f"{DATELINES[j % 4] if j % 5 == 0 else ''}{p}\n" + ("\n" if j % 3 == 2 else "")
                       for j, p in enumerate(g))
        put_bytes("long_text", f"utf8-{i:03d}.txt", bytes([i * 5 % 256]) + text.encode("utf-8"))
        put_bytes("long_text", f"cp1252-{i:03d}.txt",
                  bytes([(i * 5 + 2) % 256]) + text.encode("cp1252", errors="replace"))
        put_bytes("long_text", f"guess-{i:03d}.txt", bytes([i * 5 % 256]) + text.encode("cp1252", errors="replace"))
        put_bytes("long_text", f"utf16-{i:03d}.txt", bytes([i * 5 % 256]) + b"\xff\xfe" + text.encode("utf-16-le"))
    columns = ("input", "text", "kind", "value", "unit", "qualifier", "change")
    for i, g in enumerate(groups(claims, 6)):
        lines = []
        for j, r in enumerate(g):
            cells = [escape_field(r.get(c, "")) for c in columns]
            value, low, high = claim_value(r.get("value", ""))
            if low is not None:
                cells[3] = ""
            extra = [" ".join(r["input"].split()[:2]), g[0]["input"], SOURCES[j % 4], f"doc-{i % 2}.txt",
                     "", str(low or ""), str(high or ""), "", "", "2024", "last year", "Wang Yi",
                     "ASTANA, May 20", "2024-05-20", str(1 + j % 2), str(1 + j % 3) if i % 2 else ""]
            lines.append("\t".join(cells + [escape_field(e) for e in extra]))
        put("writers", f"claims-{i:03d}.tsv", "\n".join(lines) + "\n")
    (out / "stamp").write_text("\n".join(f"{t} {len(list((out / t).iterdir()))}" for t in TARGETS) + "\n")


if __name__ == "__main__":
    main()
