#!/usr/bin/env bash
# Scale benchmark (not a test): 1,000,000 SYNTHETIC observation rows (1,000 regions x 100
# indicators x 10 periods, bench/GenerateSynthetic.java, every text labelled synthetic) through
#   1. `validate` as a user runs it, with no database configured (the temporary file database
#      validate makes for itself), in -Xmx256m, against H2's own CSVREAD of the same file into a
#      file table in the same heap, alternated ROUNDS times (default 2); best round and ratio;
#   2. `run --brief=comparative --locale=en --no-distribute` on the same input in -Xmx512m, once:
#      its exit code (124: stopped after RUN_LIMIT seconds, default 900), wall and CPU time, and
#      the brief's pages and size.
#
#   mvn -q -DskipTests package && bench/scale.sh
#
# Builds nothing: it needs target/policy-briefs.jar, and takes H2 from inside that jar.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/policy-briefs.jar
WORK="$(pwd)/${BENCH_DIR:-target/bench}"
ROUNDS="${ROUNDS:-2}"

if [ ! -f "$JAR" ]; then
	echo "no $JAR: build it first with: mvn -q -DskipTests package" >&2
	exit 1
fi
mkdir -p "$WORK"
if [ ! -f "$WORK/input/observations.csv" ]; then
	java bench/GenerateSynthetic.java "$WORK/input" 1000 100 10
fi
H2JAR="$WORK/h2.jar"
unzip -p "$JAR" 'BOOT-INF/lib/h2-*.jar' > "$H2JAR"

# timed LOG COMMAND...: runs the command with its output in LOG; sets WALL, CPU (user + sys, s) and CODE
timed() {
	local log="$1" times
	shift
	TIMEFORMAT='%R %U %S'
	CODE=0
	times=$( { time "$@" > "$log" 2>&1; } 2>&1 ) || CODE=$?
	times=$(echo "$times" | tail -1)
	WALL=$(awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%.1f", a[1] }')
	CPU=$(awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%.1f", a[2] + a[3] }')
}
min() { awk -v a="$1" -v b="${2:-$1}" 'BEGIN { print (a < b) ? a : b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input:   $(wc -l < "$WORK/input/observations.csv") lines of observations.csv, $(du -h "$WORK/input/observations.csv" | cut -f1) (SYNTHETIC)"
best_app=""
best_h2=""
for round in $(seq 1 "$ROUNDS"); do
	rm -rf "$WORK/db-csvread"
	timed "$WORK/scale-validate.log" java -Xmx256m -jar "$JAR" validate --input="$WORK/input"
	[ "$CODE" = 0 ] || { echo "validate failed (exit $CODE):" >&2; tail -5 "$WORK/scale-validate.log" >&2; exit 1; }
	app=$WALL
	app_cpu=$CPU
	timed "$WORK/scale-csvread.log" java -Xmx256m -cp "$H2JAR" org.h2.tools.Shell \
		-url "jdbc:h2:file:$WORK/db-csvread/csvread" -user sa \
		-sql "CREATE TABLE observation_csv AS SELECT * FROM CSVREAD('$WORK/input/observations.csv', NULL, 'charset=UTF-8')"
	h2=$WALL
	echo "round $round: validate -Xmx256m ${app}s (cpu ${app_cpu}s) | H2 CSVREAD -Xmx256m ${h2}s (cpu ${CPU}s) | load $(cut -d' ' -f1 /proc/loadavg)"
	best_app=$(min "$app" "$best_app")
	best_h2=$(min "$h2" "$best_h2")
done
grep -E '^(observations|indicators)' "$WORK/scale-validate.log" || true
echo "best wall: validate ${best_app}s | H2 CSVREAD ${best_h2}s | ratio $(ratio "$best_app" "$best_h2") (goal <= 2.00)"

OUT="$WORK/scale-out"
rm -rf "$OUT"
timed "$WORK/scale-run.log" timeout "${RUN_LIMIT:-900}" java -Xmx512m -jar "$JAR" run --input="$WORK/input" --output="$OUT" \
	--as-of=2026-01-01 --brief=comparative --locale=en --no-distribute
PDF="$OUT/2026-01-01/comparative.en.pdf"
pages=$( [ -f "$PDF" ] && pdfinfo "$PDF" | awk '/^Pages/ { print $2 }' || echo "-")
size=$( [ -f "$PDF" ] && du -h "$PDF" | cut -f1 || echo "-")
echo "run --brief=comparative -Xmx512m: exit $CODE, ${WALL}s (cpu ${CPU}s), brief ${pages} pages, ${size}; load $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$CODE" = 0 ] || tail -5 "$WORK/scale-run.log" >&2
