#!/usr/bin/env python3
"""Renders factsheet's HTML report in headless Chromium and checks it through the DevTools
protocol: every claim of the same run's JSON Lines is highlighted, in order and with its
exact text; the table has one row per claim and sorts and filters; hover and keyboard focus
show a figure's details; the page loads nothing from outside, logs no error and fits a phone's
width. Saves screenshots (desktop 1280x2000, phone 390x844) and a printed PDF in OUT_DIR.

Usage: check_report.py FACTSHEET SOURCE_DIR OUT_DIR
Exits 77 (skipped) when no headless Chromium is installed (Debian chromium-headless-shell).
"""
import base64
import json
import os
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import cdp  # noqa: E402

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
        print("FAIL:", message)
    return ok


def run_factsheet(binary, args, cwd=None):
    proc = subprocess.run([binary, "extract", *args], capture_output=True, text=True, cwd=cwd)
    if proc.returncode != 0:
        sys.exit(f"factsheet extract {' '.join(args)} failed ({proc.returncode}): {proc.stderr}")


# Collected in the page: what the checks below compare with the run's claims.
PAGE_FACTS = r"""(() => {
  const marks = [...document.querySelectorAll("mark.fig")];
  const rows = document.querySelectorAll("#figures-table tbody tr");
  const outside = [...document.querySelectorAll("[src], link[href], [srcset], object, embed, iframe")]
    .map(e => e.outerHTML.slice(0, 80));
  return {
    ready: document.documentElement.getAttribute("data-ready"),
    error: document.documentElement.getAttribute("data-script-error"),
    lang: document.documentElement.lang,
    title: document.title,
    marks: marks.map(m => m.textContent),
    markIds: marks.map(m => m.id),
    focusable: marks.every(m => m.tabIndex === 0),
    rows: rows.length,
    scripts: document.scripts.length,
    outside: outside,
    headlines: document.querySelectorAll("#headline .cards li").length,
    findings: document.querySelectorAll("#audit .findings > li").length,
    unlabelledButtons: [...document.querySelectorAll("button")].filter(b => !b.textContent.trim()).length,
    unlabelledInputs: [...document.querySelectorAll("input, select")]
      .filter(i => !(i.labels && i.labels.length)).length,
  };
})()"""

# The lowest WCAG contrast between any visible text and the background behind it.
CONTRAST = r"""(() => {
  const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
  const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const background = e => { for (; e; e = e.parentElement) {
    const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0) return c; }
    return [255, 255, 255]; };
  let worst = [99, ""];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const e = n.parentElement;
    if (!n.textContent.trim() || !e.offsetParent || e.closest("#tip, .skip")) continue;
    const a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < worst[0]) worst = [ratio, e.outerHTML.slice(0, 80)];
  }
  return worst;
})()"""

TIP = r"""(() => { const t = document.getElementById("tip");
  return {hidden: t.hidden, text: t.textContent, active: document.activeElement && document.activeElement.id}; })()"""


def screenshot(browser, path, full_page=False):
    params = {"format": "png"}
    if full_page:
        params["captureBeyondViewport"] = True
        size = browser.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": min(size[1], 16000), "scale": 1}
    data = browser.send("Page.captureScreenshot", params)["data"]
    path.write_bytes(base64.b64decode(data))
    print("screenshot:", path)


def set_viewport(browser, width, height, mobile):
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def page_problems(browser, report_url):
    """Console errors, uncaught exceptions, log errors and requests for anything but the report."""
    problems = []
    for event in browser.events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            problems.append("exception: " + json.dumps(params.get("exceptionDetails", {}))[:300])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
            problems.append("console " + params["type"] + ": " + json.dumps(params.get("args"))[:300])
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
            problems.append("log: " + params["entry"].get("text", "")[:300])
        elif method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
            if url != report_url and not url.startswith("data:"):
                problems.append("request: " + url)
    return problems


def check_example(browser, binary, source, out, work):
    # Run as a user would, from the checkout, so the report names examples/...
    example = "examples/regional-trade-brief.txt"
    report, claims_file = work / "report.html", work / "claims.jsonl"
    run_factsheet(binary, [example, "-o", str(report)], cwd=source)
    run_factsheet(binary, [example, "-o", str(claims_file)], cwd=source)
    claims = [json.loads(line) for line in claims_file.read_text(encoding="utf-8").splitlines()]
    check(len(claims) > 50, f"the example gives {len(claims)} claims, expected more than 50")

    url = report.as_uri()
    set_viewport(browser, 1280, 2000, False)
    browser.navigate(url)
    facts = browser.evaluate(PAGE_FACTS)
    check(facts["ready"] == "1", "the report's script did not finish setting up")
    check(facts["error"] is None, f"the report's script reported an error: {facts['error']}")
    check(facts["lang"] == "en", "<html> has no lang attribute")
    check(facts["scripts"] == 1, f"{facts['scripts']} script elements, expected 1")
    check(not facts["outside"], f"elements that load something: {facts['outside']}")
    worst = browser.evaluate(CONTRAST)
    check(worst[0] >= 4.5, f"text with a contrast of {worst[0]:.2f}:1 (under 4.5:1): {worst[1]}")
    print(f"lowest text contrast: {worst[0]:.2f}:1")
    check(facts["unlabelledButtons"] == 0 and facts["unlabelledInputs"] == 0, "a control has no label")

    # Every figure highlighted, in document order, with exactly its text.
    texts = [c["text"] for c in claims]
    check(len(facts["marks"]) == len(claims),
          f"{len(facts['marks'])} highlighted figures, but the run's JSON Lines has {len(claims)} claims")
    for i, (mark, claim) in enumerate(zip(facts["marks"], texts)):
        if not check(mark == claim, f"highlight {i + 1} reads {mark!r}, the claim {claim!r}"):
            break
    for figure in ("41 billion", "26 out of the 45"):
        check(any(figure in m for m in facts["marks"]), f"{figure!r} is not inside a highlight")
        check(any(figure in t for t in texts), f"{figure!r} is not a claim of the example any more")
    check(facts["focusable"], "a highlighted figure cannot be reached with the keyboard")
    check(facts["rows"] == len(claims), f"the table has {facts['rows']} rows for {len(claims)} claims")
    check(facts["headlines"] > 0, "no headline figures")
    check(facts["findings"] > 0, "no audit findings")

    # Keyboard: focus the figure before "41 billion", press Tab: the focus and the
    # tooltip move to it.
    target = next(i for i, t in enumerate(texts) if "41 billion" in t)
    mark_id = facts["markIds"][target]
    browser.evaluate(f'document.getElementById("{facts["markIds"][target - 1]}").focus()')
    for kind in ("rawKeyDown", "keyUp"):
        browser.send("Input.dispatchKeyEvent", {"type": kind, "key": "Tab", "code": "Tab",
                                                "windowsVirtualKeyCode": 9})
    tip = browser.evaluate(TIP)
    check(tip["active"] == mark_id, f"Tab moved the focus to {tip['active']!r}, not to {mark_id!r}")
    check(not tip["hidden"], "keyboard focus on a figure shows no tooltip")
    claim = claims[target]
    for want in ("money", "US$41 billion", "USD", claim["subject"] or "", claim["time"] or "",
                 claim["attribution"] or ""):
        check(want in tip["text"], f"the tooltip of {claim['text']!r} lacks {want!r}: {tip['text']!r}")
    screenshot(browser, out / "report-tooltip.png")
    for kind in ("rawKeyDown", "keyUp"):
        browser.send("Input.dispatchKeyEvent", {"type": kind, "key": "Escape", "code": "Escape",
                                                "windowsVirtualKeyCode": 27})
    check(browser.evaluate(TIP)["hidden"], "Escape does not close the tooltip")

    # Hover: the mouse over another figure shows its details.
    other = next(i for i, c in enumerate(claims) if c["kind"] == "percent")
    box = browser.evaluate(f'(() => {{ const m = document.getElementById("{facts["markIds"][other]}");'
                           f' m.scrollIntoView({{block: "center"}}); const r = m.getBoundingClientRect();'
                           f' return [r.x + r.width / 2, r.y + r.height / 2]; }})()')
    browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": box[0], "y": box[1]})
    tip = browser.evaluate(TIP)
    check(not tip["hidden"] and "percent" in tip["text"], f"hovering {texts[other]!r} shows no tooltip: {tip}")
    browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": 1, "y": 1})

    # Sort by value (descending on the second click), then filter by kind and by words.
    order = browser.evaluate(r"""(() => {
      const th = [...document.querySelectorAll("#figures-table th")].find(t => t.textContent.includes("Value"));
      th.querySelector("button").click(); th.querySelector("button").click();
      const rows = [...document.querySelectorAll("#figures-table tbody tr")];
      return {sort: th.getAttribute("aria-sort"), first: rows[0].id,
              numbers: rows.map(r => r.cells[3].getAttribute("data-sort"))
                           .filter(v => v !== null && v !== "" && !isNaN(Number(v))).map(Number)};
    })()""")
    check(order["sort"] == "descending", f"the Value column reads aria-sort={order['sort']!r} after two clicks")
    check(order["numbers"] == sorted(order["numbers"], reverse=True), "sorting by value does not order the values")
    money = sum(1 for c in claims if c["kind"] == "money")
    shown = browser.evaluate(r"""(() => {
      const k = document.getElementById("filter-kind"); k.value = "money"; k.dispatchEvent(new Event("change"));
      const n = [...document.querySelectorAll("#figures-table tbody tr")].filter(r => !r.hidden).length;
      const t = document.getElementById("filter-text"); t.value = "billion";
      t.dispatchEvent(new Event("input"));
      const m = [...document.querySelectorAll("#figures-table tbody tr")].filter(r => !r.hidden).length;
      k.value = ""; k.dispatchEvent(new Event("change")); t.value = ""; t.dispatchEvent(new Event("input"));
      return [n, m, document.getElementById("filter-status").textContent];
    })()""")
    check(shown[0] == money, f"the money filter shows {shown[0]} rows for {money} money claims")
    check(0 < shown[1] < money, f"filtering by words shows {shown[1]} rows")
    check(shown[2] == f"Showing {len(claims)} of {len(claims)} figures", f"status after reset: {shown[2]!r}")

    browser.evaluate('document.getElementById("figures").scrollIntoView()')
    screenshot(browser, out / "report-desktop-table.png")
    browser.evaluate("window.scrollTo(0, 0)")
    screenshot(browser, out / "report-desktop.png")
    screenshot(browser, out / "report-full.png", full_page=True)

    # A phone: nothing wider than the screen; the text and the table fit or scroll inside.
    set_viewport(browser, 390, 844, True)
    browser.navigate(url)
    width = browser.evaluate("document.documentElement.scrollWidth")
    check(width <= 390, f"on a 390 px wide phone the page is {width} px wide")
    screenshot(browser, out / "report-phone.png")
    browser.evaluate('document.getElementById("documents").scrollIntoView()')
    screenshot(browser, out / "report-phone-text.png")
    browser.evaluate(f'document.getElementById("{mark_id}").focus()')
    screenshot(browser, out / "report-phone-tooltip.png")
    browser.evaluate('document.getElementById("figures").scrollIntoView()')
    screenshot(browser, out / "report-phone-table.png")

    pdf = browser.send("Page.printToPDF", {"printBackground": True})["data"]
    (out / "report-print.pdf").write_bytes(base64.b64decode(pdf))
    check(len(pdf) > 1000, "printing gives no PDF")

    problems = page_problems(browser, url)
    check(not problems, "the page logged problems: " + "; ".join(problems))


def check_hostile(browser, binary, out, work):
    """Markup, quotes and control characters in the text and the file name stay text."""
    name = work / 'x"><img src=x onerror=alert(1)>&amp;\'.txt'
    name.write_bytes(b'<script>document.title="pwned"</script> "quoted" & \'single\' \x01\x7f\xc2\x85\xff\n'
                     b'Sales rose 5% to <b>$3 billion</b> in 2023, the "company" said.\n')
    report = work / "hostile.html"
    run_factsheet(binary, [str(name), "-o", str(report)])
    url = report.as_uri()
    mark = len(browser.events)
    browser.navigate(url)
    facts = browser.evaluate(PAGE_FACTS)
    check(facts["scripts"] == 1, f"hostile input added script elements: {facts['scripts']}")
    check(facts["title"] != "pwned" and facts["ready"] == "1" and facts["error"] is None,
          f"hostile input ran or broke a script: {facts['title']!r} {facts['error']!r}")
    text = browser.evaluate('document.querySelector(".doc .text").textContent')
    check('<script>document.title="pwned"</script>' in text, "the text's markup is not shown as text")
    check("<b>$3 billion</b>" in text.replace("\u00a0", " "), "markup around a figure is not shown as text")
    check("\ufffd" in text, "control characters and a bad byte are not shown as U+FFFD")
    heading = browser.evaluate('document.querySelector(".doc h3").textContent')
    check(heading.endswith('x"><img src=x onerror=alert(1)>&amp;\'.txt'), f"the file name is not shown as written: {heading!r}")
    check(facts["marks"] == ["5%", "$3 billion", "2023"], f"hostile text highlights: {facts['marks']}")
    browser.events[mark:] = [e for e in browser.events[mark:] if e.get("method") != "Page.loadEventFired"]
    problems = page_problems(browser, url)
    check(not problems, "the hostile page logged problems: " + "; ".join(problems))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, source, out = os.path.abspath(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    chromium = cdp.find_browser()
    if not chromium:
        print("headless Chromium is not installed (Debian: chromium-headless-shell): skipped")
        return 77
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, cdp.Browser(chromium) as browser:
        work = pathlib.Path(tmp)
        browser.open_page()
        check_example(browser, binary, source, out, work)
        browser.events.clear()
        check_hostile(browser, binary, out, work)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all browser checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
