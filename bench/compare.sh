#!/bin/sh
# Side-by-side: the very same kept XHTML files (run --keep-xhtml on the shipped data) rendered to
# PDF three ways in one run, each warm and timed per document:
#   policy-briefs  the project's PdfRenderer and bundled fonts, one JVM (bench/RenderXhtmlFiles)
#   weasyprint     one Python process, `import weasyprint` and start-up not timed
#   chromium       one headless Chromium driven over DevTools (--remote-debugging-pipe),
#                  browser start-up not timed; plus chromium-cli: `chromium --headless
#                  --print-to-pdf` per document, start-up timed with every document
# Charts are the kept PNG images for all of them. Prints the median ms per document for each
# renderer (median over ROUNDS rounds after WARMUP rounds, per file, then the median of files)
# and the ratios.
#   bench/compare.sh [ROUNDS=5] [WARMUP=2]        SKIP_BUILD=1 reuses the last -Pbench build
set -e
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
WARMUP=${2:-2}
WORK=target/bench/compare
if [ -z "$SKIP_BUILD" ]; then
	mvn -B -q -o -Pbench -DskipTests package
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
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -Xmx512m -Djava.awt.headless=true -cp "target/classes:$(cat target/bench-classpath.txt)" \
	org.policybriefs.render.RenderXhtmlFiles "$WARMUP" "$ROUNDS" "$WORK/pdf/policy-briefs" $FILES >"$WORK/policy-briefs.txt"
/usr/bin/python3 bench/peers.py weasyprint "$WARMUP" "$ROUNDS" "$WORK/pdf/weasyprint" $FILES >"$WORK/weasyprint.txt"
/usr/bin/python3 bench/peers.py chromium "$WARMUP" "$ROUNDS" "$WORK/pdf/chromium" $FILES >"$WORK/chromium.txt"
/usr/bin/python3 bench/peers.py chromium-cli 1 "$ROUNDS" "$WORK/pdf/chromium-cli" $FILES >"$WORK/chromium-cli.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
/usr/bin/python3 - "$WORK" <<'PY'
import collections, statistics, sys, os
work = sys.argv[1]
names = ["policy-briefs", "weasyprint", "chromium", "chromium-cli"]
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
PY
