#!/usr/bin/env python3
"""Reads workbooks written by `factsheet extract -o X.xlsx` back with openpyxl (Debian
python3-openpyxl) and checks what a reader relies on: sheets, headers, numeric and date
cells, tables or autofilters, frozen panes, internal links, no formulas, determinism.
Every part of every workbook written here is parsed with an XML parser (xml_parts.py),
and Hostile feeds the writer every kind of text XML does not allow.

Usage: check_workbook.py FACTSHEET SOURCE_DIR [TestClass ...]

The evaluation data is read from $FACTSHEET_SHARED_DIR (default: SOURCE_DIR/../shared). Exit
status: 1 when a check fails, 77 (CTest's skip code here) when none failed but one was
skipped, 0 when every check ran and passed.
"""
import datetime
import hashlib
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest
import zipfile

import xml_parts

try:
    import openpyxl
except ImportError:
    sys.exit("openpyxl is missing: install the Debian package python3-openpyxl")

BIN = SOURCE = SHARED = None
SKIPPED = 77
SHEETS = ["Headline figures", "Audit", "Figures", "Sources", "Summary", "About"]
FIGURES_HEADER = ("Figure", "Value", "Low", "High", "Part", "Whole", "Unit", "Unit name", "SI value", "SI unit", "Kind",
                  "Qualifier", "Change", "Subject", "Time", "Attribution", "Sentence", "Document",
                  "Article", "Source", "Page", "Line", "Column")
HEADLINE_HEADER = ("Rank", "Slide line", "Figure", "Value", "Low", "High", "Unit", "Subject", "Time", "Kind",
                   "Sources", "Audit", "Score", "Places")
HCOL = {name: i for i, name in enumerate(HEADLINE_HEADER)}
AUDIT_HEADER = ("Finding", "Status", "Explanation", "Figure", "Subject", "Frame", "Time", "Attribution", "Place")
AUDIT_COL = {name: i for i, name in enumerate(AUDIT_HEADER)}
SOURCES_HEADER = ("Document", "Article", "Title", "Source", "Date", "Dateline", "Figures",
                  "First figure")
COL = {name: i for i, name in enumerate(FIGURES_HEADER)}
NUMERIC_KINDS = {"money", "percent", "count", "measure", "ratio", "duration", "age", "ordinal",
                 "year"}


def run(args, cwd):
    # errors="replace": messages name files whose names need not be UTF-8.
    return subprocess.run([BIN] + args, cwd=cwd, capture_output=True, text=True, errors="replace")


class Workdir(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="fs_xlsx_")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    def put(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)
        return name

    def extract(self, inputs, output, extra=()):
        r = run(["extract", *extra, *inputs, "-o", output], self.dir)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assert_xml_parts(self.path(output))
        return self.path(output)

    def assert_xml_parts(self, xlsx):
        """Every .xml and .rels part of the workbook is well-formed XML 1.0."""
        try:
            xml_parts.check_workbook(xlsx)
        except xml_parts.BadPart as e:
            self.fail(str(e))

    def claims(self, inputs, extra=()):
        r = run(["extract", *extra, *inputs], self.dir)
        self.assertEqual(r.returncode, 0, r.stderr)
        return [json.loads(line) for line in r.stdout.splitlines()]

    def figure_rows(self, wb):
        rows = []
        for name in wb.sheetnames:
            if name == "Figures" or name.startswith("Figures ("):
                rows += list(wb[name].iter_rows(min_row=2))
        return rows

    def assert_no_formulas(self, xlsx):
        wb = openpyxl.load_workbook(xlsx)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    self.assertNotEqual(cell.data_type, "f", f"{ws.title}!{cell.coordinate}: {cell.value!r}")
        with zipfile.ZipFile(xlsx) as z:
            for name in z.namelist():
                data = z.read(name).decode("utf-8", "replace")
                if name.startswith("xl/worksheets/sheet"):
                    self.assertIsNone(re.search(r"<f[ >]", data), name)
                if name.endswith(".rels"):
                    self.assertNotIn('TargetMode="External"', data, name)


class Layout(Workdir):
    """The bundled example: sheets, headers, tables, panes, links, row counts."""

    @classmethod
    def setUpClass(cls):
        # One workbook for all the checks below.
        cls.work = Workdir()
        cls.work.setUp()
        shutil.copy(os.path.join(SOURCE, "examples", "regional-trade-brief.txt"), cls.work.dir)
        cls.xlsx = cls.work.extract(["regional-trade-brief.txt"], "brief.xlsx")
        cls.wb = openpyxl.load_workbook(cls.xlsx)
        cls.jsonl = cls.work.claims(["regional-trade-brief.txt"])

    @classmethod
    def tearDownClass(cls):
        cls.work.tearDown()

    def test_sheets_and_headers(self):
        self.assertEqual(self.wb.sheetnames, SHEETS)
        first = lambda name: next(self.wb[name].iter_rows(max_row=1, values_only=True))
        self.assertEqual(first("Figures"), FIGURES_HEADER)
        self.assertEqual(first("Headline figures"), HEADLINE_HEADER)
        self.assertEqual(first("Sources"), SOURCES_HEADER)
        self.assertEqual(first("Audit"), AUDIT_HEADER)
        self.assertEqual(self.wb.active.title, "Headline figures")

    def test_row_count_equals_the_jsonl_claims(self):
        rows = self.figure_rows(self.wb)
        self.assertEqual(len(rows), len(self.jsonl))
        self.assertGreater(len(rows), 50)
        for row, claim in zip(rows, self.jsonl):
            self.assertEqual(row[COL["Figure"]].value, claim["text"])
            self.assertEqual(row[COL["Kind"]].value, claim["kind"])
            self.assertEqual(row[COL["Line"]].value, claim["line"])
            self.assertEqual(row[COL["Column"]].value, claim["column"])
            self.assertEqual(row[COL["Document"]].value, claim["doc"])  # a file given alone: its name

    def test_tables_panes_and_widths(self):
        n = len(self.jsonl)
        figures = self.wb["Figures"]
        self.assertEqual(figures.freeze_panes, "B2")
        self.assertEqual(figures.tables["Figures"].ref, f"A1:W{n + 1}")
        self.assertIsNotNone(figures.tables["Figures"].autoFilter)
        headline = self.wb["Headline figures"]
        self.assertEqual(headline.freeze_panes, "C2")
        self.assertIn("Headline", headline.tables)
        self.assertIn("Sources", self.wb["Sources"].tables)
        sentence = figures.column_dimensions["Q"]
        self.assertEqual(round(sentence.width), 91)
        self.assertTrue(figures["Q2"].alignment.wrap_text)
        self.assertGreater(figures.column_dimensions["A"].width, 10)

    def test_links_are_internal_and_land_on_the_right_rows(self):
        sources = self.wb["Sources"]
        for row in self.figure_rows(self.wb):
            doc = row[COL["Document"]]
            self.assertIsNotNone(doc.hyperlink, doc.coordinate)
            self.assertIsNone(doc.hyperlink.target)  # no external address
            m = re.fullmatch(r"'Sources'!A(\d+)", doc.hyperlink.location)
            self.assertIsNotNone(m, doc.hyperlink.location)
            self.assertEqual(sources.cell(int(m.group(1)), 1).value, doc.value)
        figures = self.wb["Figures"]
        for row in self.wb["Headline figures"].iter_rows(min_row=2):
            if row[0].value is None:
                continue
            link = row[HCOL["Figure"]].hyperlink
            m = re.fullmatch(r"'Figures'!A(\d+)", link.location)
            self.assertIsNotNone(m, link.location)
            self.assertEqual(figures.cell(int(m.group(1)), COL["Kind"] + 1).value, row[HCOL["Kind"]].value)

    def test_headline_is_ranked_with_slide_lines(self):
        rows = [r for r in self.wb["Headline figures"].iter_rows(min_row=2, values_only=True) if r[0]]
        self.assertEqual([r[HCOL["Rank"]] for r in rows], list(range(1, len(rows) + 1)))
        self.assertLessEqual(len(rows), 25)
        scores = [r[HCOL["Score"]] for r in rows]
        self.assertEqual(scores, sorted(scores, reverse=True))
        for r in rows:
            self.assertTrue(r[HCOL["Slide line"]], r)
            self.assertFalse(r[HCOL["Slide line"]][0].islower(), r)  # a capital, a digit or a currency sign

    def test_print_setup(self):
        for name in ("Figures", "Headline figures"):
            ws = self.wb[name]
            self.assertEqual(ws.page_setup.orientation, "landscape", name)
            # One page wide (fitToWidth's default, 1), as many pages tall as it takes.
            self.assertTrue(ws.sheet_properties.pageSetUpPr.fitToPage, name)
            self.assertIsNone(ws.page_setup.fitToWidth, name)
            self.assertEqual(ws.page_setup.fitToHeight, 0, name)
            self.assertEqual(ws.print_title_rows, "$1:$1", name)

    def test_one_type_per_column(self):
        for name in ("Figures", "Headline figures", "Sources"):
            ws = self.wb[name]
            header = next(ws.iter_rows(max_row=1, values_only=True))
            for i, title in enumerate(header):
                types = {type(r[i]).__name__ for r in ws.iter_rows(min_row=2, values_only=True)
                         if r[0] is not None and r[i] is not None}
                self.assertLessEqual(len(types - {"int", "float"}) + (1 if types & {"int", "float"} else 0), 1,
                                     f"{name} {title}: {types}")

    def test_summary_has_charts_on_its_cells(self):
        charts = self.wb["Summary"]._charts
        self.assertEqual(len(charts), 3)
        refs = [chart.ser[0].val.numRef.f for chart in charts]
        self.assertRegex(refs[0], r"^Summary!\$C\$\d+:\$C\$\d+$")  # distinct facts by kind
        for ref in refs[1:]:
            self.assertRegex(ref, r"^Summary!\$B\$\d+:\$B\$\d+$")

    def test_about_lists_the_run(self):
        about = {row[0]: row[1:] for row in self.wb["About"].iter_rows(values_only=True) if row[0]}
        self.assertTrue(about["Tool"][0].startswith("factsheet "))
        self.assertIn("-o brief.xlsx", about["Command line"][0])
        name = "regional-trade-brief.txt"
        with open(os.path.join(self.work.dir, name), "rb") as f:
            data = f.read()
        self.assertEqual(about[name][0], hashlib.sha256(data).hexdigest())
        self.assertEqual(about[name][1], len(data))
        for key in ("Qualifier", "Change", "Figures columns", "exact", "about", "at least", "up", "down",
                    "Salience", "Time and Date columns", "Percentages"):
            self.assertIn(key, about)

    def test_no_formulas(self):
        self.assert_no_formulas(self.xlsx)


class Numbers(Workdir):
    """Values are numeric cells with formats fit for their kind; dates are dates."""

    def test_value_cells(self):
        self.put("n.txt", "Trade reached $7.2 billion, up 14%, and 26 out of the 45 projects are done.\n"
                          "Over 10,000 students came. The pipeline is 1,150 km long.\n"
                          "The talks were held on May 20, 2024, and the plan dates from 2019.\n")
        wb = openpyxl.load_workbook(self.extract(["n.txt"], "n.xlsx"))
        rows = self.figure_rows(wb)
        # figure: (value cell, number format); percentages and ratios are fractions.
        expected = {
            "$7.2 billion": (7.2e9, '"US$"#,##0'),
            "14%": (0.14, "0.0%"),
            "26 out of the 45 projects": (26 / 45, "0.0%"),
            "Over 10,000 students": (10000, "#,##0"),
            "1,150 km": (1150, None),
            "May 20, 2024": (None, None),
            "2019": (2019, "0"),
        }
        self.assertEqual([row[COL["Figure"]].value for row in rows], list(expected))
        for row in rows:
            text = row[COL["Figure"]].value
            value, fmt = expected[text]
            cell = row[COL["Value"]]
            if value is None:  # a date: its ISO text is in Time, Value stays empty
                self.assertIsNone(cell.value, text)
                self.assertEqual(row[COL["Time"]].value, "2024-05-20", text)
            else:
                self.assertEqual(cell.data_type, "n", text)
                self.assertAlmostEqual(cell.value, value, places=9, msg=text)
            if fmt is not None:
                self.assertEqual(cell.number_format, fmt, text)
            for col in ("Value", "Low", "High", "Part", "Whole", "Line", "Column"):
                v = row[COL[col]].value
                if isinstance(v, str):
                    self.assertIsNone(re.fullmatch(r"[-+]?[\d,.]+", v), f"number stored as text: {v!r}")
        ratio = rows[2]
        self.assertEqual((ratio[COL["Part"]].value, ratio[COL["Whole"]].value), (26, 45))
        self.assertEqual(rows[3][COL["Unit"]].value, "student")


class HeadlineRows(Workdir):
    """--headline N sets how many facts Headline figures ranks; places are for people."""

    def test_headline_option_and_places(self):
        os.makedirs(self.path("news"))
        self.put("news/a.txt", "Trade rose 5% to $7 billion.\nOver 10,000 students came.\n")
        wb = openpyxl.load_workbook(self.extract(["news"], "n.xlsx", ["--headline", "2"]))
        rows = [r for r in wb["Headline figures"].iter_rows(min_row=2, values_only=True) if r[0]]
        self.assertEqual([r[HCOL["Rank"]] for r in rows], [1, 2])
        self.assertEqual([r[HCOL["Slide line"]] for r in rows], ["Trade: US$7 billion", "Trade: up 5%"])
        self.assertEqual([r[HCOL["Places"]] for r in rows], ["a.txt #1 1:18", "a.txt #1 1:12"])
        figures = [r for r in wb["Figures"].iter_rows(min_row=2, values_only=True)]
        self.assertEqual({r[COL["Document"]] for r in figures}, {"a.txt"})


class Injection(Workdir):
    """Input text that looks like a formula stays text; links stay internal."""

    def test_formula_text_is_never_a_formula(self):
        lines = ["=cmd|' /C calc'!A0 costs 5 dollars.",
                 "@SUM(1) was paid 12 times over 3 years.",
                 "+1+1 says 40% of voters.",
                 "-2+3 is not 7 km away.",
                 '=HYPERLINK("http://example.com/x","click") for 9 people.']
        self.put("=1+2.txt", "\n".join(lines) + "\n")
        self.put("docs.jsonl", json.dumps({"id": '=HYPERLINK("http://example.com","x")',
                                           "title": "@SUM(A1:A9)", "source": "=1+1",
                                           "text": "=2*3 Trade rose 5% to 41 billion dollars."}) + "\n")
        xlsx = self.extract(["=1+2.txt", "docs.jsonl"], "inj.xlsx")
        self.assert_no_formulas(xlsx)
        wb = openpyxl.load_workbook(xlsx)
        values = {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str)}
        for line in lines:
            self.assertIn(line, values)
        self.assertIn("=1+2.txt", values)
        self.assertIn('=HYPERLINK("http://example.com","x")', values)
        for row in self.figure_rows(wb):
            self.assertTrue(row[COL["Document"]].hyperlink.location.startswith("'Sources'!A"))


class Streamed(Workdir):
    """Past the in-memory limit rows are streamed: autofilter and banding, same rows."""

    def test_large_enough_to_stream(self):
        self.put("many.txt", "".join(f"Exports reached {1000 + i} tonnes.\n" for i in range(20500)))
        xlsx = self.extract(["many.txt"], "many.xlsx")
        claims = self.claims(["many.txt"])
        wb = openpyxl.load_workbook(xlsx, read_only=False)
        figures = wb["Figures"]
        self.assertEqual(len(claims), 20500)
        self.assertEqual(figures.max_row, len(claims) + 1)
        self.assertEqual(dict(figures.tables), {})
        self.assertEqual(figures.auto_filter.ref, f"A1:W{len(claims) + 1}")
        self.assertEqual(figures.freeze_panes, "B2")
        rules = [r for cf in figures.conditional_formatting for r in cf.rules]
        self.assertEqual([r.formula for r in rules], [["MOD(ROW(),2)=0"]])
        self.assertEqual(claims[-1]["text"], "21499 tonnes")
        self.assertEqual(figures.cell(20501, 1).value, "21499 tonnes")
        self.assertEqual(figures.cell(20501, 2).value, 21499)
        self.assertEqual(figures.cell(2, 18).hyperlink.location, "'Sources'!A2")


    def test_streamed_parts_are_the_same_for_any_jobs(self):
        """Streamed rows are packed on as many threads as -j gives; the parts do not change."""
        self.put("many.txt", "".join(f"Exports reached {1000 + i} tonnes on {i % 28 + 1} May.\n"
                                     for i in range(21000)))
        parts = {}
        for jobs in ("1", "3"):
            xlsx = self.extract(["many.txt"], f"j{jobs}.xlsx", ["-j", jobs])
            with zipfile.ZipFile(xlsx) as z:
                self.assertIsNone(z.testzip())
                # The About sheet records the command line, -j included.
                parts[jobs] = {n: z.read(n) for n in z.namelist() if b"Command line" not in z.read(n)}
        self.assertEqual(parts["1"].keys(), parts["3"].keys())
        self.assertGreater(len(parts["1"]), 10)
        for name in parts["1"]:
            self.assertEqual(parts["1"][name], parts["3"][name], name)


class Determinism(Workdir):
    def test_same_input_same_bytes(self):
        shutil.copy(os.path.join(SOURCE, "examples", "regional-trade-brief.txt"), self.dir)
        first = self.extract(["regional-trade-brief.txt"], "brief.xlsx")
        os.rename(first, self.path("first.xlsx"))
        second = self.extract(["regional-trade-brief.txt"], "brief.xlsx")
        with open(self.path("first.xlsx"), "rb") as a, open(second, "rb") as b:
            self.assertEqual(a.read(), b.read())
        with zipfile.ZipFile(second) as z:
            self.assertIn("2000-01-01T00:00:00Z", z.read("docProps/core.xml").decode())

    def test_timestamp_now(self):
        self.put("t.txt", "Trade reached $5 billion.\n")
        xlsx = self.extract(["t.txt"], "t.xlsx", ["--timestamp", "now"])
        with zipfile.ZipFile(xlsx) as z:
            core = z.read("docProps/core.xml").decode()
        self.assertNotIn("2000-01-01T00:00:00Z", core)
        self.assertIn(str(datetime.datetime.now(datetime.timezone.utc).year), core)
        about = {r[0]: r[1] for r in openpyxl.load_workbook(xlsx)["About"].iter_rows(values_only=True) if r[0]}
        self.assertRegex(about["Written"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


class Failures(Workdir):
    def test_unwritable_destination_leaves_nothing(self):
        self.put("t.txt", "Trade reached $5 billion.\n")
        r = run(["extract", "t.txt", "-o", "missing/out.xlsx"], self.dir)
        self.assertEqual(r.returncode, 3, r.stderr)
        self.assertEqual(sorted(os.listdir(self.dir)), ["t.txt"])

    def test_no_temporary_files_after_success(self):
        self.put("t.txt", "Trade reached $5 billion.\n")
        self.extract(["t.txt"], "t.xlsx")
        self.assertEqual(sorted(os.listdir(self.dir)), ["t.txt", "t.xlsx"])

    def test_a_streamed_workbook_that_cannot_be_written_leaves_nothing(self):
        """A file-size limit stops the temporary files (1 MB: the streamed rows' spool or the
        audit's figure notes, whichever passes it first), or the package being written (just
        under the workbook's size): one line names the output, nothing stays."""
        self.put("many.txt", "".join(f"Exports reached {1000 + i} tonnes.\n" for i in range(21000)))
        size = os.path.getsize(self.extract(["many.txt"], "full.xlsx"))
        os.remove(self.path("full.xlsx"))
        temporary = r"(temporary file write|the audit's figures: writing a temporary file in )"
        for limit, failed in ((1 << 20, temporary), (size - 4096, "packing the workbook")):
            def limit_files():
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

            r = subprocess.run([BIN, "extract", "many.txt", "-o", "many.xlsx"], cwd=self.dir, capture_output=True,
                               text=True, preexec_fn=limit_files, env=dict(os.environ, TMPDIR=self.dir))
            self.assertEqual(r.returncode, 3, r.stderr)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
            self.assertRegex(r.stderr, "many.xlsx: " + failed)
            self.assertIn("File too large", r.stderr)
            self.assertEqual(sorted(os.listdir(self.dir)), ["many.txt"])


# Text XML 1.0 does not allow, as the input may hold it: every C0 control but NUL (which
# makes a file binary), lone surrogates encoded as CESU-8 bytes, bytes that are not
# UTF-8, and the non-characters U+FFFE and U+FFFF. Tab stays: it is text.
CONTROLS = bytes(c for c in range(1, 32) if c not in (9, 10, 13))
HOSTILE = CONTROLS + b"\t|\xed\xa0\x80|\xed\xb0\x80|\xff|\xc3|" + "\ufffe|\uffff".encode()
NOT_IN_CELLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def shown(text):
    """A string as a workbook cell shows it: what XML does not allow is U+FFFD."""
    return NOT_IN_CELLS.sub("\ufffd", text)


class Hostile(Workdir):
    """Text XML does not allow, in sentences, titles, sources and file names: every part
    of the workbook stays well-formed (Workdir.extract checks them) and each such
    character reads as U+FFFD."""

    def put_bytes(self, name, data):
        with open(os.path.join(os.fsencode(self.dir), name), "wb") as f:
            f.write(data)
        return os.fsdecode(name)

    def hostile_inputs(self):
        name = self.put_bytes(b"hostile " + CONTROLS + b"\t\n\r\xed\xa0\x80\xff.txt",
                              b"Trade rose 5% to 41 billion US dollars " + HOSTILE + b" in 2023.\n"
                              b"Bold " + CONTROLS + b" figure: 26 out of the 45 projects\x01\x02 are done.\n")
        escaped = "".join(f"\\u{c:04x}" for c in CONTROLS).encode() + b"\\ufffe\\uffff"
        record = (b'{"id":"doc ' + escaped + b' \xed\xa0\x80 \xff","title":"Head ' + escaped + b' \xed\xb0\x80",'
                  b'"source":"Agency ' + escaped + b' \xc3","text":"Exports reached 41 billion US dollars '
                  + escaped + b' in 2023 and rose 7%.\\nTalks ' + escaped + b' lasted 3 days."}\n')
        self.put_bytes(b"docs.jsonl", record)
        return [name, "docs.jsonl"]

    def test_in_memory_workbook(self):
        inputs = self.hostile_inputs()
        wb = openpyxl.load_workbook(self.extract(inputs, "hostile.xlsx"))
        claims = self.claims(inputs)
        rows = self.figure_rows(wb)
        self.assertEqual(len(rows), len(claims))
        self.assertGreater(len(claims), 4)
        # libxlsxwriter writes a carriage return as Excel's escape _x000D_, which openpyxl
        # leaves as it is.
        cell = lambda c: c.value.replace("_x000D_", "\r") if isinstance(c.value, str) else c.value
        for row, claim in zip(rows, claims):
            for col, field in (("Figure", "text"), ("Sentence", "sentence"), ("Document", "doc"),
                               ("Source", "source")):
                self.assertEqual(cell(row[COL[col]]), shown(claim[field]) if claim[field] else None, col)
        sentences = [r[COL["Sentence"]].value for r in rows]
        self.assertTrue(any("\ufffd" in t and "\t" in t for t in sentences), sentences)
        titles = {r[2] for r in wb["Sources"].iter_rows(min_row=2, values_only=True) if r[2]}
        self.assertIn(shown(next(c["title"] for c in claims if c["title"])), titles)
        with zipfile.ZipFile(self.path("hostile.xlsx")) as z:
            self.assertTrue(any(n.startswith("xl/charts/chart") for n in z.namelist()))
            # The bold figure makes the sentences rich strings.
            self.assertIn("<r><rPr><b", z.read("xl/sharedStrings.xml").decode())

    def test_streamed_workbook(self):
        name = self.put_bytes(b"many " + CONTROLS + b"\xff.txt",
                              b"".join(b"Exports reached %d tonnes " % (1000 + i) + HOSTILE + b".\n"
                                       for i in range(20500)))
        wb = openpyxl.load_workbook(self.extract([name], "many.xlsx"), read_only=True)
        first = next(wb["Figures"].iter_rows(min_row=2, max_row=2, values_only=True))
        self.assertIn("\ufffd", first[COL["Sentence"]])
        self.assertEqual(first[COL["Document"]], shown(name.encode("utf-8", "surrogateescape")
                                                       .decode("utf-8", "replace")))


class SingleRead(Workdir):
    """Inputs are read once: a process substitution gives its figures and its checksum."""

    def test_process_substitution(self):
        r = subprocess.run(["/bin/bash", "-c", f'"{BIN}" extract <(printf "Trade rose 5%%.\\n") -o p.xlsx'],
                           cwd=self.dir, capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assert_xml_parts(self.path("p.xlsx"))
        wb = openpyxl.load_workbook(self.path("p.xlsx"))
        rows = self.figure_rows(wb)
        self.assertEqual([row[COL["Figure"]].value for row in rows], ["5%"])
        about = {r[0]: r[1:] for r in wb["About"].iter_rows(values_only=True) if r[0]}
        inputs = [k for k in about if str(k).startswith("/dev/fd/")]
        self.assertEqual(len(inputs), 1, about)
        data = b"Trade rose 5%.\n"
        self.assertEqual(about[inputs[0]][:2], (hashlib.sha256(data).hexdigest(), len(data)))


def audit_rows(wb):
    """The Audit sheet's rows below the header, up to the first empty one."""
    rows = []
    for row in wb["Audit"].iter_rows(min_row=2):
        if row[AUDIT_COL["Status"]].value is None:
            break
        rows.append(row)
    return rows


def findings(wb):
    """{finding number: (status, explanation, [figure texts])} from the Audit sheet."""
    out = {}
    for row in audit_rows(wb):
        n = row[AUDIT_COL["Finding"]].value
        status, explanation, texts = out.get(n, (row[AUDIT_COL["Status"]].value, None, []))
        explanation = explanation or row[AUDIT_COL["Explanation"]].value
        texts.append(row[AUDIT_COL["Figure"]].value)
        out[n] = (status, explanation, texts)
    return out


class AuditSheet(Workdir):
    """The Audit sheet: findings with links into Figures, coloured statuses, frozen header."""

    def test_conflict_between_two_documents(self):
        self.put("a.txt", "Kazakhstan's trade reached 41 billion US dollars in 2023.\n")
        self.put("b.txt", "Kazakhstan's trade reached 45 billion US dollars in 2023.\n")
        wb = openpyxl.load_workbook(self.extract(["a.txt", "b.txt"], "ab.xlsx"))
        found = findings(wb)
        conflicts = [f for f in found.values() if f[0] == "conflict"]
        self.assertEqual(len(conflicts), 1, found)
        self.assertEqual(conflicts[0][2], ["41 billion US dollars", "45 billion US dollars"])
        self.assertIn("cannot both hold", conflicts[0][1])
        self.assertIn("[Kazakhstan \u00b7 trade \u00b7 2023 \u00b7 current]", conflicts[0][1])

    def test_links_colours_and_panes(self):
        self.put("a.txt", "Kazakhstan's bilateral trade reached 41 billion US dollars last year. Over 10,000 students "
                 "came.\n")
        self.put("b.txt", "Figures from Astana show the bilateral trade of Kazakhstan reached 41 billion US dollars in "
                 "2023.\n")
        wb = openpyxl.load_workbook(self.extract(["a.txt", "b.txt"], "ab.xlsx", ["--year", "2024"]))
        audit = wb["Audit"]
        self.assertEqual(audit.freeze_panes, "C2")
        self.assertIn("Audit", audit.tables)
        figures = wb["Figures"]
        rows = audit_rows(wb)
        self.assertGreater(len(rows), 0)
        for row in rows:
            cell = row[AUDIT_COL["Figure"]]
            self.assertIsNone(cell.hyperlink.target)
            m = re.fullmatch(r"'Figures'!A(\d+)", cell.hyperlink.location)
            self.assertIsNotNone(m, cell.hyperlink.location)
            self.assertEqual(figures.cell(int(m.group(1)), COL["Figure"] + 1).value, cell.value)
            place = row[AUDIT_COL["Place"]].value
            self.assertTrue(place.startswith(figures.cell(int(m.group(1)), COL["Document"] + 1).value), place)
        statuses = {r[AUDIT_COL["Status"]].value for r in rows}
        self.assertEqual(statuses, {"corroborated", "unsourced"})
        rules = {r.text: cf.sqref for cf in audit.conditional_formatting for r in cf.rules if r.type == "beginsWith"}
        self.assertEqual(set(rules), {"conflict", "arithmetic", "revised", "corroborated", "repeated", "vague", "unsourced"})
        for sqref in rules.values():
            self.assertEqual(str(sqref), f"B2:B{len(rows) + 1}")
        about = {row[0] for row in wb["About"].iter_rows(values_only=True) if row[0]}
        for key in ("Same fact", "Copies", "conflict", "corroborated", "repeated", "unsourced"):
            self.assertIn(key, about)

    def test_streamed_workbook_keeps_the_audit(self):
        self.put("many.txt", "".join(f"Kazakhstan's exports reached {1000 + i} tonnes in 2023.\n" for i in range(20500)))
        wb = openpyxl.load_workbook(self.extract(["many.txt"], "many.xlsx"))
        audit = wb["Audit"]
        self.assertEqual(dict(audit.tables), {})
        self.assertTrue(audit.auto_filter.ref.startswith("A1:I"))
        found = findings(wb)
        self.assertEqual(found[1][0], "conflict")
        self.assertEqual(found[1][2][-1], "\u2026 and 20,480 more figures")


class SeedHeadline(Workdir):
    """The acceptance check on the annotated article, when the evaluation data is there."""

    def seed(self):
        seed = os.path.join(SHARED, "eval", "000_75dfa83f04e34ea1.txt")
        if not os.path.exists(seed):
            self.skipTest(f"{seed} is not available")
        return seed

    def test_headline_figures(self):
        seed = self.seed()
        shutil.copy(seed, self.path("seed.txt"))
        wb = openpyxl.load_workbook(self.extract(["seed.txt"], "seed.xlsx", ["--year", "2024"]))
        rows = [r for r in wb["Headline figures"].iter_rows(min_row=2, values_only=True) if r[0]]
        self.assertLessEqual(len(rows), 25)
        facts = {(r[HCOL["Figure"]], r[HCOL["Unit"]]): r for r in rows}
        self.assertEqual(rows[0][HCOL["Slide line"]], "Bilateral trade: US$41 billion in 2023 (Chinese statistics)")
        self.assertEqual(facts[("US$41 billion", "USD")][HCOL["Sources"]], 2)
        # Both mentions are in the summary that copies the Xinhua report: one source, not two.
        self.assertEqual(facts[("US$41 billion", "USD")][HCOL["Audit"]], "repeated")
        self.assertEqual(facts[("26 of 45 (57.8%)", "project")][HCOL["Audit"]], "repeated")
        self.assertIsNone(facts[("22 resolutions", "resolution")][HCOL["Audit"]])
        self.assertEqual(sum(1 for r in rows if r[HCOL["Value"]] == 41e9), 1)
        for key in [("26 of 45 (57.8%)", "project"), ("more than 10,000 students", "student"),
                    ("more than 1,000 students", "student"), ("more than 180 events", "event"),
                    ("more than 100 events", "event"), ("22 resolutions", "resolution"),
                    ("more than 20 documents", "document")]:
            self.assertIn(key, facts)
        self.assertEqual(facts[("22 resolutions", "resolution")][HCOL["Slide line"]],
                         "Twenty-two resolutions signed at the meeting of the Council")
        for minor in ("side", "country", "head of state", "man", "leader", "people", "time"):
            self.assertNotIn(minor, {r[HCOL["Unit"]] for r in rows})
        for kind in ("date", "year", "ordinal", "other", "time"):
            self.assertNotIn(kind, {r[HCOL["Kind"]] for r in rows})
        scores = [r[HCOL["Score"]] for r in rows]
        self.assertEqual(scores, sorted(scores, reverse=True))
        self.assertTrue(all(r[HCOL["Places"]].startswith("seed.txt #") for r in rows))

    def test_audit(self):
        seed = self.seed()
        shutil.copy(seed, self.path("seed.txt"))
        wb = openpyxl.load_workbook(self.extract(["seed.txt"], "seed.xlsx", ["--year", "2024"]))
        found = list(findings(wb).values())
        statuses = {f[0] for f in found}
        self.assertNotIn("conflict", statuses)
        self.assertNotIn("arithmetic", statuses)
        # The summary copies the Xinhua report: its figures are repeated, not corroborated.
        self.assertNotIn("corroborated", statuses)
        repeated = [f[2] for f in found if f[0] == "repeated"]
        self.assertIn(["41 billion US dollars", "41 billion U.S. dollars"], repeated)
        self.assertIn(["26 out of the 45 capacity cooperation projects"] * 2, repeated)


if __name__ == "__main__":
    BIN, SOURCE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    SHARED = os.environ.get("FACTSHEET_SHARED_DIR") or os.path.join(SOURCE, "..", "shared")
    result = unittest.main(argv=[sys.argv[0]] + sys.argv[3:], verbosity=2, exit=False).result
    if not result.wasSuccessful():
        sys.exit(1)
    if result.skipped:
        # A skipped check is not a pass: report it to CTest as a skip.
        print(f"{len(result.skipped)} of {result.testsRun} checks skipped", file=sys.stderr)
        sys.exit(SKIPPED)
    if result.testsRun == 0:
        sys.exit("no checks ran")
