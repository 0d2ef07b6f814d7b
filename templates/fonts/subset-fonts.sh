#!/usr/bin/env bash
# Regenerates the fonts bundled in templates/fonts/ from Debian's Noto packages.
#
# Maintainer tool only: the build never runs it, the generated fonts are committed.
# Needs (Debian 12 "bookworm" package versions used for the committed files):
#   fonts-noto-cjk    1:20220127+repack1-1   (Noto Sans CJK 2.004)
#   fonts-noto-core   20201225-1             (Noto Serif / Noto Sans 2.004, Noto Sans Math, Noto Sans Symbols2)
#   python3-fonttools 4.38.0-1+deb12u1       (pyftsubset = python3 -m fontTools.subset)
# Usage: bash templates/fonts/subset-fonts.sh [output-dir]   (default: this script's directory)
# The output is byte-for-byte reproducible with the versions above (timestamps are kept, not recalculated).
set -euo pipefail

OUT="$(cd "${1:-$(dirname "$0")}" && pwd)"
PY="${PYTHON:-/usr/bin/python3}"          # an interpreter that can `import fontTools` (Debian's python3-fonttools)
CJK_DIR=/usr/share/fonts/opentype/noto    # fonts-noto-cjk
LATIN_DIR=/usr/share/fonts/truetype/noto  # fonts-noto-core
SC_INDEX=2                                # face 2 of NotoSansCJK-*.ttc = "Noto Sans CJK SC" (0 JP, 1 KR, 2 SC, 3 TC, 4 HK)
MAX_BYTES=$((8 * 1024 * 1024))            # no tracked file may exceed 8 MB

pyftsubset() { "$PY" -m fontTools.subset "$@"; }   # the Debian package ships the module, not the pyftsubset launcher

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------------------
# 1. Character set of the CJK subset (written as one U+XXXX per line).
#    - every character of GB2312 (incl. its 6763 Han characters)
#    - every character of Big5 as in Python's cp950 codec (Big5 level 1 + 2 Han = 13060, plus the 7 ETEN Han extensions)
#    - the whole CJK Unified Ideographs block U+4E00-U+9FFF (GBK/GB18030 BMP level; covers names such as 镕 that are outside GB2312)
#    - Latin, Latin-1, Latin Extended A/B/Additional (pinyin tone marks), IPA/spacing modifiers, Greek, Cyrillic,
#      General Punctuation, super/subscripts, currency, letterlike (℃ №), number forms, arrows, math operators,
#      misc technical, enclosed alphanumerics, box drawing, blocks, geometric shapes, misc symbols, dingbats,
#      CJK Symbols and Punctuation, kana, bopomofo, enclosed CJK, CJK compatibility (㎡), CJK compatibility forms,
#      small forms, Halfwidth and Fullwidth Forms, U+FFFD
#    - the characters of ARTICLE_CHARS below (characters of the Chinese source article that are in none of the above:
#      currently none, the variable is there to add characters later)
#    Code points the source font has no glyph for are silently skipped by pyftsubset (checked in step 4).
# ---------------------------------------------------------------------------
ARTICLE_CHARS=''
"$PY" - "$TMP/cjk-unicodes.txt" "$ARTICLE_CHARS" <<'PY'
import sys
out, extra = sys.argv[1], sys.argv[2]

def decodable(codec, leads, trails):
    cps = set()
    for a in leads:
        for b in trails:
            try:
                s = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(s) == 1:
                cps.add(ord(s))
    return cps

cps = set()
cps |= decodable("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
cps |= decodable("cp950", range(0x81, 0xFF), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
ranges = [
    (0x0020, 0x007E), (0x00A0, 0x024F), (0x02B0, 0x036F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x1E00, 0x1EFF),
    (0x2000, 0x206F), (0x2070, 0x209F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2150, 0x218F), (0x2190, 0x21FF),
    (0x2200, 0x22FF), (0x2300, 0x23FF), (0x2460, 0x24FF), (0x2500, 0x257F), (0x2580, 0x259F), (0x25A0, 0x25FF),
    (0x2600, 0x26FF), (0x2700, 0x27BF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F), (0x3200, 0x32FF),
    (0x3300, 0x33FF), (0x4E00, 0x9FFF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F), (0xFE50, 0xFE6F), (0xFF00, 0xFFEF),
    (0xFFFD, 0xFFFD),
]
for lo, hi in ranges:
    cps |= set(range(lo, hi + 1))
cps |= {ord(c) for c in extra}
with open(out, "w") as f:
    f.write("\n".join("U+%04X" % c for c in sorted(cps)) + "\n")
PY

# ---------------------------------------------------------------------------
# 2. CJK: subset face "Noto Sans CJK SC" out of the TTC (CFF outlines), then convert the subset to TrueType
#    outlines (OpenPDF 2.0.5's CFF subsetter writes a broken CID-keyed CFF for this font: glyphs render blank).
#    Dropped: OpenType layout (GSUB/GPOS/GDEF/BASE: OpenPDF/Flying Saucer do no shaping), vertical metrics
#    (vhea/vmtx/VORG: no vertical writing). Kept: all name records (copyright, licence, URLs).
# ---------------------------------------------------------------------------
for w in Regular Bold; do
  pyftsubset "$CJK_DIR/NotoSansCJK-$w.ttc" --font-number=$SC_INDEX \
    --unicodes-file="$TMP/cjk-unicodes.txt" \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,BASE,vhea,vmtx,VORG \
    --name-IDs='*' --name-languages='*' \
    --output-file="$TMP/NotoSansSC-$w-subset.otf"
done

"$PY" - "$TMP" "$OUT" <<'PY'
# CFF (cubic) -> glyf (quadratic) conversion, max error 1 font unit (of 1000), no hinting, post format 3 (no glyph names).
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
tmp, out = sys.argv[1], sys.argv[2]
for w in ("Regular", "Bold"):
    font = TTFont(f"{tmp}/NotoSansSC-{w}-subset.otf", recalcTimestamp=False)
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for k in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, k, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 3.0
    post.extraNames, post.mapping = [], {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(f"{out}/NotoSansSC-{w}-subset.ttf")
PY

# ---------------------------------------------------------------------------
# 3. Latin: Noto Serif Regular/Bold/Italic and Noto Sans Regular/Bold, all glyphs kept (Latin, Greek, Cyrillic,
#    Vietnamese...), plus glyphs these fonts lack but briefs use: Arrows U+2190-21FF and Mathematical Operators
#    U+2200-22FF (≈ ≥ ≤ − → ≠ ∞ ...) from Noto Sans Math Regular; Geometric Shapes U+25A0-25FF, ★☆ U+2605-2606,
#    ballot boxes U+2610-2612 and check/cross marks U+2713-2718 from Noto Sans Symbols2 Regular.
#    Flying Saucer does not fall back per character to the next font-family, so a glyph missing from the
#    first font of the list is silently dropped from the PDF. Glyphs already in the font are never replaced.
#    The added glyphs are upright, regular weight and unhinted in all five fonts. DSIG (a stale signature) is removed.
# ---------------------------------------------------------------------------
"$PY" - "$LATIN_DIR" "$OUT" <<'PY'
import sys
from fontTools.ttLib import TTFont
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
src_dir, out = sys.argv[1], sys.argv[2]
math = TTFont(f"{src_dir}/NotoSansMath-Regular.ttf")
sym2 = TTFont(f"{src_dir}/NotoSansSymbols2-Regular.ttf")
wanted = [(math, range(0x2190, 0x2200)), (math, range(0x2200, 0x2300)),
          (sym2, range(0x25A0, 0x2600)), (sym2, range(0x2605, 0x2607)),
          (sym2, range(0x2610, 0x2613)), (sym2, range(0x2713, 0x2719))]
for name in ("NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSans-Regular", "NotoSans-Bold"):
    font = TTFont(f"{src_dir}/{name}.ttf", recalcTimestamp=False)
    assert font["head"].unitsPerEm == 1000
    cmap = font.getBestCmap()
    order = list(font.getGlyphOrder())
    existing = set(order)
    added = {}
    for src, cps in wanted:
        assert src["head"].unitsPerEm == 1000
        scmap = src.getBestCmap()
        sgs = src.getGlyphSet()
        for cp in cps:
            if cp in cmap or cp in added or cp not in scmap:
                continue
            gname = "uni%04X" % cp
            while gname in existing:
                gname += ".add"
            rec = DecomposingRecordingPen(sgs)
            sgs[scmap[cp]].draw(rec)
            pen = TTGlyphPen(None)
            rec.replay(pen)
            glyph = pen.glyph()
            font["glyf"][gname] = glyph          # also appends gname to the glyf table's glyph order
            glyph.recalcBounds(font["glyf"])
            font["hmtx"][gname] = (src["hmtx"][scmap[cp]][0], glyph.xMin if glyph.numberOfContours else 0)
            order.append(gname)
            existing.add(gname)
            added[cp] = gname
    font.setGlyphOrder(order)
    for table in font["cmap"].tables:
        if table.isUnicode():
            for cp, g in added.items():
                if cp <= 0xFFFF or table.format in (12, 13):
                    table.cmap[cp] = g
    if "DSIG" in font:
        del font["DSIG"]
    font["OS/2"].recalcUnicodeRanges(font)
    font.save(f"{out}/{name}.ttf")
    print(f"{name}.ttf: added {len(added)} glyphs")
PY

# ---------------------------------------------------------------------------
# 4. Checks: required coverage, family names, file sizes.
# ---------------------------------------------------------------------------
# Optional: CHECK_TEXT="file1.txt file2.txt" also requires every character of these UTF-8 files in the CJK fonts
# (e.g. the Chinese source article the briefs quote).
"$PY" - "$OUT" "$MAX_BYTES" ${CHECK_TEXT:-} <<'PY'
import os, sys
from fontTools.ttLib import TTFont
out, max_bytes, check_files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

def decodable(codec, leads, trails):
    s = set()
    for a in leads:
        for b in trails:
            try:
                c = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(c) == 1:
                s.add(ord(c))
    return s

gb_han = decodable("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))
big5_trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
big5_l1 = {c for c in decodable("big5", range(0xA4, 0xC7), big5_trails) if 0x4E00 <= c <= 0x9FFF}  # A440-C67E
big5_l2 = decodable("big5", range(0xC9, 0xFA), big5_trails)                                         # C940-F9D5
big5_han = big5_l1 | big5_l2
assert (len(gb_han), len(big5_l1), len(big5_l2)) == (6763, 5401, 7652), (len(gb_han), len(big5_l1), len(big5_l2))
common = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | {ord(c) for c in "—–“”‘’…•≈≥≤×÷−→℃€"}
fullwidth = set(range(0xFF01, 0xFF61)) | set(range(0xFFE0, 0xFFE7))
cjk_punct = set(range(0x3000, 0x3040))
src_cmap = TTFont("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", fontNumber=2, lazy=True).getBestCmap()
ok = True
for f in ("NotoSansSC-Regular-subset.ttf", "NotoSansSC-Bold-subset.ttf"):
    cmap = TTFont(f"{out}/{f}", lazy=True).getBestCmap()
    need = gb_han | big5_han | common | fullwidth | {c for c in cjk_punct if c in src_cmap} | set(range(0x4E00, 0x9FF0))
    for t in check_files:
        need |= {ord(c) for c in open(t, encoding="utf-8").read() if c not in "\r\n\t\ufeff"}
    missing = sorted(c for c in need if c not in cmap)
    print(f"{f}: {len(cmap)} code points, GB2312 Han {len(gb_han)}, Big5 level 1 + 2 Han {len(big5_l1)} + {len(big5_l2)}, missing {['U+%04X' % c for c in missing][:20]}")
    ok &= not missing
for f in ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
    cmap = TTFont(f"{out}/{f}", lazy=True).getBestCmap()
    missing = sorted(c for c in common if c not in cmap)
    print(f"{f}: {len(cmap)} code points, missing {['U+%04X' % c for c in missing]}")
    ok &= not missing
for f in sorted(os.listdir(out)):
    p = os.path.join(out, f)
    if f.endswith(".ttf"):
        n = TTFont(p, lazy=True)["name"]
        print(f"  {f}: {os.path.getsize(p)} bytes, family '{n.getDebugName(1)}' / subfamily '{n.getDebugName(2)}' / PostScript '{n.getDebugName(6)}'")
    if os.path.getsize(p) > max_bytes:
        print(f"  {f} is larger than {max_bytes} bytes")
        ok = False
sys.exit(0 if ok else 1)
PY
