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

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "input:   $(wc -l < "$WORK/input/observations.csv") lines, $(du -h "$WORK/input/observations.csv" | cut -f1) observations.csv (SYNTHETIC)"
best_app=""
best_h2=""
for round in $(seq 1 "$ROUNDS"); do
	rm -rf "$WORK/db-app" "$WORK/db-csvread"

	start=$(now)
	java "$HEAP" -jar "$JAR" validate --input="$WORK/input" \
		--spring.datasource.url="jdbc:h2:file:$WORK/db-app/briefs;AUTO_SERVER=TRUE" > "$WORK/validate.log" 2>&1 \
		|| { echo "validate failed:" >&2; tail -20 "$WORK/validate.log" >&2; exit 1; }
	app=$(seconds "$start" "$(now)")

	start=$(now)
	java "$HEAP" -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/db-csvread/csvread" -user sa -sql \
		"CREATE TABLE observation_csv AS SELECT * FROM CSVREAD('$WORK/input/observations.csv', NULL, 'charset=UTF-8')" \
		> "$WORK/csvread.log" 2>&1
	h2=$(seconds "$start" "$(now)")

	steps=$(java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/db-app/briefs" -user sa -sql \
		"SELECT STEP_NAME || '=' || CAST(DATEDIFF('MILLISECOND', START_TIME, END_TIME) / 1000.0 AS DECIMAL(8,1)) || 's'
		 FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID" | grep -E '^(ingest|indicators|check)' | tr '\n' ' ')
	echo "round $round: validate ${app}s | H2 CSVREAD ${h2}s | steps: $steps"
	best_app=$(awk -v a="$app" -v b="${best_app:-$app}" 'BEGIN { print (a < b) ? a : b }')
	best_h2=$(awk -v a="$h2" -v b="${best_h2:-$h2}" 'BEGIN { print (a < b) ? a : b }')
done
grep -E '^(sources|regions|indicators|observations)' "$WORK/validate.log" || true
echo "best:    validate ${best_app}s | H2 CSVREAD ${best_h2}s | ratio $(awk -v a="$best_app" -v b="$best_h2" 'BEGIN { printf "%.2f", a / b }') (target <= 2.00)"
