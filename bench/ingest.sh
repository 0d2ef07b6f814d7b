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

ROUNDS="${ROUNDS:-3}"
HEAP="${HEAP:--Xmx256m}"
. bench/synthetic.sh

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "input:   $(wc -l < "$WORK/input/observations.csv") lines, $(du -h "$WORK/input/observations.csv" | cut -f1) observations.csv (SYNTHETIC)"
best_app=""
best_h2=""
best_app_cpu=""
best_h2_cpu=""
for round in $(seq 1 "$ROUNDS"); do
	rm -rf "$WORK/db-app" "$WORK/db-csvread"

	measured "$WORK/validate.log" java "$HEAP" -jar "$JAR" validate --input="$WORK/input" \
		--spring.datasource.url="jdbc:h2:file:$WORK/db-app/briefs;AUTO_SERVER=TRUE"
	app=$WALL
	app_cpu=$CPU

	measured "$WORK/csvread.log" java "$HEAP" -cp "$H2JAR" org.h2.tools.Shell \
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
echo "best wall: validate ${best_app}s | H2 CSVREAD ${best_h2}s | ratio $(ratio "$best_app" "$best_h2") (target <= 2.00)"
echo "best cpu:  validate ${best_app_cpu}s | H2 CSVREAD ${best_h2_cpu}s | ratio $(ratio "$best_app_cpu" "$best_h2_cpu")"
