#!/usr/bin/python3
"""Where the time goes in a JFR recording: execution samples aggregated three ways.

    jfr print --json --stack-depth 200 --events jdk.ExecutionSample rec.jfr | bench/jfr_hotspots.py [--top 10] [--within RenderTasklet.execute]

- stage: the innermost frame of a known library or project package (FreeMarker, CSS parsing,
  layout, fonts, PDF writing, charts, XML, H2, Spring, class loading, ...), share of all samples;
- hot method: the innermost frame outside the JDK (java.*, jdk.*, sun.*), so that a JDK
  collection or regex call is charged to the library method that made it;
- self: the leaf frame itself.
"""
import argparse
import collections
import json
import sys

# (prefix of class name, stage) — first match from the leaf up wins.
STAGES = [
    ("org.xhtmlrenderer.css.parser", "CSS parsing (Flying Saucer)"),
    ("org.xhtmlrenderer.css", "CSS cascade/style (Flying Saucer)"),
    ("org.xhtmlrenderer.pdf", "PDF output (Flying Saucer ITextRenderer/OutputDevice)"),
    ("org.xhtmlrenderer.layout", "layout (Flying Saucer)"),
    ("org.xhtmlrenderer.render", "layout/paint boxes (Flying Saucer)"),
    ("org.xhtmlrenderer", "other Flying Saucer"),
    ("com.lowagie.text.pdf.TrueTypeFont", "font subsetting/metrics (OpenPDF)"),
    ("com.lowagie.text.pdf.CJKFont", "font subsetting/metrics (OpenPDF)"),
    ("com.lowagie.text.pdf.FontDetails", "font subsetting/metrics (OpenPDF)"),
    ("com.lowagie.text.pdf.BaseFont", "font subsetting/metrics (OpenPDF)"),
    ("com.lowagie.text.pdf.PdfGraphics2D", "chart drawing into PDF (OpenPDF Graphics2D)"),
    ("com.lowagie.text.xml.xmp", "XMP metadata (OpenPDF)"),
    ("com.lowagie", "PDF writing (OpenPDF)"),
    ("org.jfree", "charts (JFreeChart)"),
    ("freemarker", "XHTML templating (FreeMarker)"),
    ("org.policybriefs.pdf.LanguageMarkup", "language markup and glyph check"),
    ("org.policybriefs.pdf.ScriptRuns", "language markup and glyph check"),
    ("org.policybriefs.pdf.BundledFonts", "language markup and glyph check"),
    ("org.policybriefs", "project code (other)"),
    ("com.sun.org.apache.xerces", "XML parsing (JDK Xerces)"),
    ("com.sun.org.apache.xml", "XML parsing (JDK Xerces)"),
    ("javax.xml", "XML parsing (JDK Xerces)"),
    ("org.h2", "database (H2)"),
    ("org.springframework.boot.loader", "class loading (nested jar)"),
    ("org.springframework.batch", "Spring Batch"),
    ("org.springframework", "Spring (context start-up)"),
    ("org.apache.commons.csv", "CSV reading"),
    ("java.util.zip", "zip/jar reading"),
    ("jdk.internal.loader", "class loading"),
    ("java.lang.ClassLoader", "class loading"),
    ("sun.font", "AWT fonts (JDK)"),
    ("java.awt", "AWT (JDK)"),
    ("sun.java2d", "AWT (JDK)"),
]
JDK = ("java.", "jdk.", "sun.", "javax.", "com.sun.")


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def stage(names):
    for name in names:
        for prefix, label in STAGES:
            if name.startswith(prefix):
                return label
    return "other (JDK/JIT)"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--thread", help="only samples of threads whose name contains this")
    parser.add_argument("--within", help="only samples with a frame whose method name contains this, "
                        "e.g. RenderTasklet.execute for the render step")
    args = parser.parse_args()
    events = json.load(sys.stdin)["recording"]["events"]
    stages, hot, self_ = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for event in events:
        values = event["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or ""
        if args.thread and args.thread not in thread:
            continue
        frames = (values.get("stackTrace") or {}).get("frames") or []
        if not frames:
            continue
        names = [frame_name(f) for f in frames]
        if args.within and not any(args.within in n for n in names):
            continue
        total += 1
        stages[stage(names)] += 1
        self_[names[0]] += 1
        hot[next((n for n in names if not n.startswith(JDK)), names[0])] += 1
    print("samples: %d%s%s" % (total, " (threads matching '%s')" % args.thread if args.thread else "",
                               " (within %s)" % args.within if args.within else ""))
    for title, counter in (("stage", stages), ("hot method (innermost non-JDK frame)", hot), ("self (leaf frame)", self_)):
        print("\n| %s | samples | share |\n|---|---:|---:|" % title)
        for name, count in counter.most_common(args.top):
            print("| %s | %d | %.1f%% |" % (name, count, 100.0 * count / max(total, 1)))


if __name__ == "__main__":
    main()
