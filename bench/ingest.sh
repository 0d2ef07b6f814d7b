#!/usr/bin/env bash
# Ingest benchmark (not a test). Times `validate` of the built jar on 1,000,000 SYNTHETIC
# observation rows (1,000 regions x 100 indicators x 10 periods, made by bench/GenerateSynthetic.java)
# with -Xmx256m, against H2's own CSVREAD loading the same file into a table, in the same run.
# The two alternate ROUNDS times (default 3) because a shared machine is noisy; compare the best.
#
#   mvn -q -DskipTests package && bench/ingest.sh
#
# Builds nothing: it needs target/policy-briefs.jar, and takes H2 from inside that jar.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/policy-briefs.jar
WORK="$(pwd)/${BENCH_DIR:-target/bench}"
ROUNDS="${ROUNDS:-3}"
HEAP="${HEAP:--Xmx256m}"

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

# timed LOG COMMAND...: runs the command with its output in LOG; sets WALL and CPU (user + sys) in seconds
timed() {
	local log="$1" times
	shift
	TIMEFORMAT='%R %U %S'
	times=$( { time "$@" > "$log" 2>&1; } 2>&1 ) || { echo "failed: $*" >&2; tail -20 "$log" >&2; exit 1; }
	WALL=$(awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%.1f", a[1] }')
	CPU=$(awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%.1f", a[2] + a[3] }')
}
min() { awk -v a="$1" -v b="${2:-$1}" 'BEGIN { print (a < b) ? a : b }'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "input:   $(wc -l < "$WORK/input/observations.csv") lines, $(du -h "$WORK/input/observations.csv" | cut -f1) observations.csv (SYNTHETIC)"
best_app=""
best_h2=""
best_app_cpu=""
best_h2_cpu=""
for round in $(seq 1 "$ROUNDS"); do
	rm -rf "$WORK/db-app" "$WORK/db-csvread"

	timed "$WORK/validate.log" java "$HEAP" -jar "$JAR" validate --input="$WORK/input" \
		--spring.datasource.url="jdbc:h2:file:$WORK/db-app/briefs;AUTO_SERVER=TRUE"
	app=$WALL
	app_cpu=$CPU

	timed "$WORK/csvread.log" java "$HEAP" -cp "$H2JAR" org.h2.tools.Shell \
		-url "jdbc:h2:file:$WORK/db-csvread/csvread" -user sa \
		-sql "CREATE TABLE observation_csv AS SELECT * FROM CSVREAD('$WORK/input/observations.csv', NULL, 'charset=UTF-8')"
	h2=$WALL
	h2_cpu=$CPU

	steps=$(java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/db-app/briefs" -user sa -sql \
		"SELECT STEP_NAME || '=' || CAST(DATEDIFF('MILLISECOND', START_TIME, END_TIME) / 1000.0 AS DECIMAL(8,1)) || 's'
		 FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID" | grep -E '^(ingest|indicators|check)' | tr '\n' ' ')
	echo "round $round: validate ${app}s (cpu ${app_cpu}s) | H2 CSVREAD ${h2}s (cpu ${h2_cpu}s) | steps: $steps| load $(cut -d' ' -f1 /proc/loadavg)"
	best_app=$(min "$app" "$best_app")
	best_h2=$(min "$h2" "$best_h2")
	best_app_cpu=$(min "$app_cpu" "$best_app_cpu")
	best_h2_cpu=$(min "$h2_cpu" "$best_h2_cpu")
done
grep -E '^(sources|regions|indicators|observations)' "$WORK/validate.log" || true
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "best wall: validate ${best_app}s | H2 CSVREAD ${best_h2}s | ratio $(ratio "$best_app" "$best_h2") (target <= 2.00)"
echo "best cpu:  validate ${best_app_cpu}s | H2 CSVREAD ${best_h2_cpu}s | ratio $(ratio "$best_app_cpu" "$best_h2_cpu")"
