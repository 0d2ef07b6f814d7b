#!/bin/sh
# Side-by-side: the very same kept XHTML files (run --keep-xhtml on the shipped data) rendered to
# PDF three ways in one run, each warm and timed per document:
#   policy-briefs  the project's PdfRenderer and bundled fonts, one JVM (bench/RenderXhtmlFiles),
#                  tagged (PDF/UA, the default); policy-briefs-untagged the same renderer with
#                  briefs.render.tagged=false, each file rendered both ways in turn
#   weasyprint     one Python process, `import weasyprint` and start-up not timed
#   chromium       one headless Chromium driven over DevTools (--remote-debugging-pipe),
#                  browser start-up not timed; plus chromium-cli: `chromium --headless
#                  --print-to-pdf` per document, start-up timed with every document
# Charts are the kept PNG images for all of them. Prints the median ms per document for each
# renderer (median over ROUNDS rounds after WARMUP rounds, per file, then the median of files)
# and the ratios, with the load average before and after; the table is also written to
# target/bench/compare.md (and kept per run as target/bench/compare-<date>.md).
#   bench/compare.sh [ROUNDS=5] [WARMUP=2]        SKIP_BUILD=1 reuses the last -Pbench build
# Works on a fresh clone: Maven fetches what the bench profile needs (JMH, build-helper) the first time.
set -e
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
WARMUP=${2:-2}
WORK=target/bench/compare
if [ -z "$SKIP_BUILD" ]; then
	mvn -B -q -Pbench -DskipTests package
fi
rm -rf "$WORK"
mkdir -p "$WORK"
java -jar target/policy-briefs.jar run --as-of=2025-01-01 --output="$WORK/run" --keep-xhtml \
	--spring.datasource.url="jdbc:h2:file:./$WORK/run/.db/bench" >"$WORK/run.log"
XHTML="$WORK/run/2025-01-01/xhtml"
FILES=$(ls "$XHTML"/*.xhtml)
# The peers find the bundled fonts through fontconfig, as the project's renderer finds them in templates/fonts.
cat >"$WORK/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
	<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
	<dir>$(pwd)/templates/fonts</dir>
	<cachedir>$(pwd)/$WORK/fontcache</cachedir>
</fontconfig>
CONF
export FONTCONFIG_FILE="$(pwd)/$WORK/fonts.conf"
fc-cache "$(pwd)/templates/fonts" >/dev/null 2>&1 || true
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load before: $LOAD_BEFORE" >&2
java -Xmx512m -Djava.awt.headless=true -cp "target/classes:$(cat target/bench-classpath.txt)" \
	org.policybriefs.pdf.RenderXhtmlFiles "$WARMUP" "$ROUNDS" "$WORK/pdf/policy-briefs" $FILES >"$WORK/modes.txt"
awk '$2 == "tagged" { print $1, $3, $4 }' "$WORK/modes.txt" >"$WORK/policy-briefs.txt"
awk '$2 == "untagged" { print $1, $3, $4 }' "$WORK/modes.txt" >"$WORK/policy-briefs-untagged.txt"
/usr/bin/python3 bench/peers.py weasyprint "$WARMUP" "$ROUNDS" "$WORK/pdf/weasyprint" $FILES >"$WORK/weasyprint.txt"
/usr/bin/python3 bench/peers.py chromium "$WARMUP" "$ROUNDS" "$WORK/pdf/chromium" $FILES >"$WORK/chromium.txt"
/usr/bin/python3 bench/peers.py chromium-cli 1 "$ROUNDS" "$WORK/pdf/chromium-cli" $FILES >"$WORK/chromium-cli.txt"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load after: $LOAD_AFTER" >&2
TABLE=target/bench/compare.md
/usr/bin/python3 - "$WORK" "$ROUNDS" "$WARMUP" "$LOAD_BEFORE" "$LOAD_AFTER" <<'PY' | tee "$TABLE"
import collections, statistics, sys, os
work = sys.argv[1]
names = ["policy-briefs", "policy-briefs-untagged", "weasyprint", "chromium", "chromium-cli"]
per = {}
for name in names:
    times = collections.defaultdict(list)
    for line in open(os.path.join(work, name + ".txt")):
        _, file, ms = line.split()
        times[file].append(float(ms))
    per[name] = {f: statistics.median(v) for f, v in times.items()}
files = sorted(per["policy-briefs"])
print("| document | " + " | ".join(names) + " |")
print("|---|" + "---:|" * len(names))
for f in files:
    print("| %s | %s |" % (f, " | ".join("%.0f" % per[n][f] for n in names)))
overall = {n: statistics.median(per[n].values()) for n in names}
print("| **median per document (ms)** | %s |" % " | ".join("**%.0f**" % overall[n] for n in names))
print("| ratio to policy-briefs | %s |" % " | ".join("%.1f×" % (overall[n] / overall["policy-briefs"]) for n in names))
print()
print("`bench/compare.sh %s %s`, %s rounds after %s warm-up rounds; load average (1, 5, 15 min) %s before, %s after."
      % (sys.argv[2], sys.argv[3], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]))
PY
cp "$TABLE" "target/bench/compare-$(date -u +%Y%m%dT%H%M%SZ).md"
