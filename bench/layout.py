#!/usr/bin/python3
"""Measures the layout of published briefs, as an editor reads it.

    bench/layout.py OUTPUT/DATE

For every PDF of the folder: each page's fill (how far down the content area its text goes, from
`pdftotext -bbox-layout`), and the pages less than a third full that are not a section's last (a
section's last is the page before one that opens with a section heading, and the last page).
With --keep-xhtml kept, also the share of empty cells ("", "—", "n/a", "暂无") in the tables of the
comparative brief. Prints one line per brief and a total; exit 0 (it measures, it does not judge).
"""
import glob
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

MM = 72 / 25.4
MARGIN = 22 * MM  # the page margins of templates/brief.css: above or below is the running head or foot
NS = {"x": "http://www.w3.org/1999/xhtml"}
EMPTY = re.compile(r"^\s*(|[—–-]|n/a|暂无)\s*$")


def pages(pdf):
    """[(height, [(yMin, yMax, text, line height)])] per page, lines of the content area only."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(out)
    result = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        height = float(page.get("height"))
        lines = []
        for line in page.iter("{http://www.w3.org/1999/xhtml}line"):
            y_min, y_max = float(line.get("yMin")), float(line.get("yMax"))
            if y_min > MARGIN and y_max < height - MARGIN:
                words = [w.text or "" for w in line.iter("{http://www.w3.org/1999/xhtml}word")]
                lines.append((y_min, y_max, " ".join(words), y_max - y_min))
        lines.sort()
        result.append((height, lines))
    return result


def fill(height, lines):
    lowest = max((y_max for _, y_max, _, _ in lines), default=MARGIN)
    return (lowest - MARGIN) / (height - 2 * MARGIN)


def underfull(pdf):
    """[(page, fill)] of the pages less than a third full that are not a section's last."""
    all_pages = pages(pdf)
    body = [line[3] for _, lines in all_pages for line in lines]
    body_size = sorted(body)[len(body) // 2] if body else 10
    found = []
    for number, (height, lines) in enumerate(all_pages[:-1], start=1):
        following = all_pages[number][1]
        # a section heading is set at least 1.6 times the body text
        section_ends = bool(following) and following[0][3] >= 1.6 * body_size
        if not section_ends and fill(height, lines) < 1 / 3:
            found.append((number, fill(height, lines)))
    return found, [round(fill(h, l), 2) for h, l in all_pages]


def empty_cells(xhtml):
    cells = empty = 0
    for td in ET.parse(xhtml).getroot().iter("{http://www.w3.org/1999/xhtml}td"):
        cells += 1
        if EMPTY.match("".join(td.itertext())):
            empty += 1
    return empty, cells


def main(folder):
    total = 0
    for pdf in sorted(glob.glob(os.path.join(folder, "*.pdf"))):
        found, fills = underfull(pdf)
        total += len(found)
        print(f"{os.path.basename(pdf)}: {len(fills)} pages, fill {fills}, "
              f"less than a third full (not a section's last): {found or 'none'}")
    print(f"pages less than a third full, not a section's last: {total}")
    for xhtml in sorted(glob.glob(os.path.join(folder, "xhtml", "comparative.*.xhtml"))):
        empty, cells = empty_cells(xhtml)
        share = 100 * empty / cells if cells else 0
        print(f"{os.path.basename(xhtml)}: {empty} of {cells} table cells empty ({share:.1f} %)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
