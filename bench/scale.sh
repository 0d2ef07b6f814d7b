#!/usr/bin/env bash
# Scale benchmark (not a test): 1,000,000 SYNTHETIC observation rows (1,000 regions x 100
# indicators x 10 periods, bench/GenerateSynthetic.java, every text labelled synthetic) through
#   1. `validate` as a user runs it, with no database configured (the temporary file database
#      validate makes for itself), in -Xmx256m, against H2's own CSVREAD of the same file into a
#      file table in the same heap, alternated ROUNDS times (default 2); best round and ratio; and
#      the same pair on 4 rows of the same generator (what each program costs before its first
#      row: start, schema, job), so that the ratio of the cost of the million rows themselves,
#      (validate - its start) / (CSVREAD - its start), is printed beside the whole ratio;
#   2. `run --brief=comparative --locale=en --no-distribute` on the same input in -Xmx512m, once:
#      its exit code (124: stopped after RUN_LIMIT seconds, default 900), wall and CPU time, the
#      brief's pages and size, and the time of each step from the job repository.
#
#   mvn -q -DskipTests package && bench/scale.sh
#
# Builds nothing: it needs target/policy-briefs.jar, and takes H2 from inside that jar.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${ROUNDS:-2}"
. bench/synthetic.sh

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input:   $(wc -l < "$WORK/input/observations.csv") lines of observations.csv, $(du -h "$WORK/input/observations.csv" | cut -f1) (SYNTHETIC)"
if [ ! -f "$WORK/input-4/observations.csv" ]; then
	java bench/GenerateSynthetic.java "$WORK/input-4" 1 4 1 > /dev/null
fi
best_app=""
best_h2=""
best_app4=""
best_h24=""
for round in $(seq 1 "$ROUNDS"); do
	rm -rf "$WORK/db-csvread"
	measured "$WORK/scale-validate-4.log" java -Xmx256m -jar "$JAR" validate --input="$WORK/input-4"
	app4=$WALL
	measured "$WORK/scale-csvread-4.log" java -Xmx256m -cp "$H2JAR" org.h2.tools.Shell \
		-url "jdbc:h2:file:$WORK/db-csvread/csvread-4" -user sa \
		-sql "CREATE TABLE observation_csv AS SELECT * FROM CSVREAD('$WORK/input-4/observations.csv', NULL, 'charset=UTF-8')"
	h24=$WALL
	measured "$WORK/scale-validate.log" java -Xmx256m -jar "$JAR" validate --input="$WORK/input"
	app=$WALL
	app_cpu=$CPU
	measured "$WORK/scale-csvread.log" java -Xmx256m -cp "$H2JAR" org.h2.tools.Shell \
		-url "jdbc:h2:file:$WORK/db-csvread/csvread" -user sa \
		-sql "CREATE TABLE observation_csv AS SELECT * FROM CSVREAD('$WORK/input/observations.csv', NULL, 'charset=UTF-8')"
	h2=$WALL
	echo "round $round: validate -Xmx256m ${app}s (cpu ${app_cpu}s) | H2 CSVREAD -Xmx256m ${h2}s (cpu ${CPU}s) | on 4 rows: validate ${app4}s, CSVREAD ${h24}s | load $(cut -d' ' -f1 /proc/loadavg)"
	best_app=$(min "$app" "$best_app")
	best_h2=$(min "$h2" "$best_h2")
	best_app4=$(min "$app4" "$best_app4")
	best_h24=$(min "$h24" "$best_h24")
done
grep -E '^(observations|indicators)' "$WORK/scale-validate.log" || true
echo "best wall: validate ${best_app}s | H2 CSVREAD ${best_h2}s | ratio $(ratio "$best_app" "$best_h2") (goal <= 2.00)"
echo "on 4 rows: validate ${best_app4}s | H2 CSVREAD ${best_h24}s | ratio of the million rows alone: $(ratio "$(awk -v a="$best_app" -v b="$best_app4" 'BEGIN { print a - b }')" "$(awk -v a="$best_h2" -v b="$best_h24" 'BEGIN { print a - b }')")"

OUT="$WORK/scale-out"
rm -rf "$OUT"
timed "$WORK/scale-run.log" timeout "${RUN_LIMIT:-900}" java -Xmx512m -jar "$JAR" run --input="$WORK/input" --output="$OUT" \
	--as-of=2026-01-01 --brief=comparative --locale=en --no-distribute
PDF="$OUT/2026-01-01/comparative.en.pdf"
pages=$( [ -f "$PDF" ] && pdfinfo "$PDF" | awk '/^Pages/ { print $2 }' || echo "-")
size=$( [ -f "$PDF" ] && du -h "$PDF" | cut -f1 || echo "-")
echo "run --brief=comparative -Xmx512m: exit $CODE, ${WALL}s (cpu ${CPU}s), brief ${pages} pages, ${size}; load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$OUT/.db/policy-briefs.mv.db" ]; then
	echo "run steps: $(java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$OUT/.db/policy-briefs" -user sa -sql \
		"SELECT STEP_NAME || '=' || CAST(DATEDIFF('MILLISECOND', START_TIME, END_TIME) / 1000.0 AS DECIMAL(8,1)) || 's'
		 FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID" | grep '=' | grep -v STEP_NAME | tr '\n' ' ')"
fi
[ "$CODE" = 0 ] || tail -5 "$WORK/scale-run.log" >&2
