#!/usr/bin/env bash
# Save to refreshed page with `preview`: how long from writing an input file to the brief's page,
# as the open page's script gets it, holding the edit. preview runs on a copy of the shipped input
# (comparative brief, English); each round gives regions.csv a new English name for GZ (written as
# an editor does: a new file renamed over the old), asks the version endpoint to answer once a
# later version exists (the request the page's script keeps open), fetches the brief's XHTML and
# checks that it holds the new name (the browser's own parse and layout are not in that figure);
# then the same rounds in headless Chromium (bench/PreviewInChromium.java), until the reloaded
# page's laid-out text holds the new name.
# Peer, in the same run: `run --brief=comparative --locale=en --no-distribute` of the same input,
# what an author does without preview (JVM start to exit, with the PDF).
#
#   mvn -q -DskipTests package && bench/preview.sh            # ROUNDS=20 PEER_ROUNDS=3 WARM_UP=5
set -euo pipefail
JAR=target/policy-briefs.jar
WORK="$(pwd)/${BENCH_DIR:-target/bench}/preview"
ROUNDS=${ROUNDS:-20}
PEER_ROUNDS=${PEER_ROUNDS:-3}
WARM_UP=${WARM_UP:-5}
[ -f "$JAR" ] || { echo "no $JAR: build it first with: mvn -q -DskipTests package" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK"
cp -r input "$WORK/input"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
now_ms() { date +%s%3N; }
load() { cut -d' ' -f1 /proc/loadavg; }
rename_gz() { # NAME: regions.csv with GZ's English name NAME, written whole and renamed over the file
	awk -F, -v OFS=, -v name="$1" '$1 == "GZ" { $2 = name } { print }' "$WORK/input/regions.csv" > "$WORK/regions.tmp"
	mv "$WORK/regions.tmp" "$WORK/input/regions.csv"
}

echo "load before: $(load)"
java -jar "$JAR" preview --input="$WORK/input" --brief=comparative --locale=en --as-of=2026-12-06 --port=0 \
	> "$WORK/preview.log" 2>&1 &
PREVIEW=$!
trap 'kill $PREVIEW 2>/dev/null || true' EXIT
started=$(now_ms)
until grep -q 'token=' "$WORK/preview.log"; do
	kill -0 $PREVIEW 2>/dev/null || { cat "$WORK/preview.log" >&2; exit 1; }
	sleep 0.1
done
echo "preview up (first version made) in $(( $(now_ms) - started )) ms"
ADDRESS=$(grep -o 'http://127.0.0.1:[0-9]*/?token=[A-Za-z0-9_-]*' "$WORK/preview.log")
BASE=${ADDRESS%%/\?*}
curl -s -c "$WORK/cookies" -o /dev/null "$ADDRESS"
get() { curl -s -b "$WORK/cookies" "$BASE$1"; }
get /brief/comparative.en.xhtml > /dev/null

round() { # NAME: prints the milliseconds from the save to the page holding NAME
	local seen t0
	seen=$(get '/version?after=0')
	t0=$(now_ms)
	rename_gz "$1"
	# as the page does: reload at each later version until it shows the edit (a version may be made
	# between the temporary file and the rename when the machine is slow to rename)
	for attempt in 1 2 3 4 5; do
		seen=$(get "/version?after=$seen")
		# the whole page first: grep -q stopping at the match would cut curl off (a failed pipe here)
		get /brief/comparative.en.xhtml > "$WORK/page.xhtml"
		if grep -q "$1" "$WORK/page.xhtml"; then
			echo $(( $(now_ms) - t0 ))
			return
		fi
	done
	echo "the page does not show $1 after five versions" >&2
	exit 1
}
for i in $(seq 1 "$WARM_UP"); do round "Guizhou warm-up $i" > /dev/null; sleep 0.3; done
: > "$WORK/rounds"
for i in $(seq 1 "$ROUNDS"); do
	round "Guizhou round $i" >> "$WORK/rounds"
	sleep 0.3
done
PREVIEW_MS=$(median < "$WORK/rounds")
echo "preview, save to refreshed page: median $PREVIEW_MS ms over $ROUNDS rounds ($(tr '\n' ' ' < "$WORK/rounds"))"

# the same in headless Chromium, the page reloading by its own script (needs chromium and chromium-driver)
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
	mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null 2>&1
	java -cp "$(cat "$WORK/classpath.txt")" bench/PreviewInChromium.java "$ADDRESS" /brief/comparative.en.xhtml \
		"$WORK/input" "$ROUNDS" "$WARM_UP" > "$WORK/browser" 2> "$WORK/browser.log" \
		|| { cat "$WORK/browser.log" >&2; exit 1; }
	BROWSER_MS=$(median < "$WORK/browser")
	echo "preview in Chromium, save to page showing the edit: median $BROWSER_MS ms over $ROUNDS rounds ($(tr '\n' ' ' < "$WORK/browser"))"
fi
kill $PREVIEW; wait $PREVIEW 2>/dev/null || true
echo "load between: $(load)"

: > "$WORK/peer"
for i in $(seq 1 "$PEER_ROUNDS"); do
	rename_gz "Guizhou run $i"
	t0=$(now_ms)
	java -jar "$JAR" run --input="$WORK/input" --output="$WORK/out-$i" --brief=comparative --locale=en \
		--as-of=2026-12-06 --no-distribute > "$WORK/run-$i.log" 2>&1
	echo $(( $(now_ms) - t0 )) >> "$WORK/peer"
done
PEER_MS=$(median < "$WORK/peer")
echo "peer, run --brief=comparative --locale=en: median $PEER_MS ms over $PEER_ROUNDS runs ($(tr '\n' ' ' < "$WORK/peer"))"
echo "ratio: run takes $(awk -v a="$PEER_MS" -v b="$PREVIEW_MS" 'BEGIN { printf "%.1f", a / b }') times the save-to-page of preview"
[ -z "${BROWSER_MS:-}" ] || echo "ratio: run takes $(awk -v a="$PEER_MS" -v b="$BROWSER_MS" 'BEGIN { printf "%.1f", a / b }') times the save-to-page in Chromium"
echo "load after: $(load)"
