#!/usr/bin/env bash
# Remote partitioning benchmark (not a test). The same run of BRIEFS briefs (default 1,000: 500
# SYNTHETIC regions x 2 locales, --brief=regions, made by bench/generate_dataset.py), on one
# PostgreSQL database, two ways, alternating ROUNDS times (default 2) because a shared machine is
# noisy:
#   local:  the run renders in its own process on 2 threads (--briefs.render.threads=2);
#   remote: an Artemis broker (the jar's broker command), 2 workers with 1 render thread each, and
#           the run as manager handing them partitions of PARTITION briefs (default 4).
# It reports the wall time of the run command for each, the broker's overhead in % of the local
# time, and the hand-off time of a partition: from one partition ending to the next starting on
# the worker it freed (step executions' times in the job repository).
#
#   mvn -q -DskipTests package && bench/remote.sh
#
# Needs PostgreSQL (as .ci/run sets it up: role briefs, password briefs, on 127.0.0.1:5432).
# On a 2-core machine this shows correctness and overhead, not speed-up: 2 workers of 1 thread
# have the same 2 cores as the local run's 2 threads, plus a manager and a broker beside them.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/policy-briefs.jar
WORK="$(pwd)/${BENCH_DIR:-target/bench/remote}"
BRIEFS="${BRIEFS:-1000}"
ROUNDS="${ROUNDS:-2}"
PARTITION="${PARTITION:-4}"
PG="${PG:-jdbc:postgresql://127.0.0.1:5432}"
export PGPASSWORD=briefs

if [ ! -f "$JAR" ]; then
	echo "no $JAR: build it first with: mvn -q -DskipTests package" >&2
	exit 1
fi
regions=$((BRIEFS / 2))
mkdir -p "$WORK"
if [ ! -f "$WORK/input-$regions/regions.csv" ]; then
	python3 bench/generate_dataset.py --regions "$regions" --indicators 7 --periods 2 --output "$WORK/input-$regions"
	printf 'email,name,locale,briefs\n' > "$WORK/input-$regions/analysts.csv"
fi
INPUT="$WORK/input-$regions"

pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap cleanup EXIT

psql_admin() { psql -h 127.0.0.1 -U briefs -d postgres -qtAc "$1"; }
fresh_db() {
	psql_admin "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
	psql_admin "CREATE DATABASE $1" >/dev/null
}
db_args() { echo "--spring.datasource.url=$PG/$1 --spring.datasource.username=briefs --spring.datasource.password=briefs"; }
# waits until LOG has a line matching PATTERN (a process starting)
await_line() {
	for _ in $(seq 1 600); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.5; done
	echo "no '$2' in $1" >&2; tail -20 "$1" >&2; exit 1
}
# run NAME AS-OF ARGS...: the run command, timed; sets WALL in seconds
run() {
	local name="$1" asof="$2" start end
	shift 2
	rm -rf "$WORK/out-$name"
	start=$(date +%s.%N)
	java -jar "$JAR" run --as-of="$asof" --brief=regions --locale=en,zh-CN --input="$INPUT" \
		--output="$WORK/out-$name" --no-distribute --briefs.render.reference-region=R0001 "$@" > "$WORK/$name.log" 2>&1 \
		|| { echo "run $name failed" >&2; tail -20 "$WORK/$name.log" >&2; exit 1; }
	end=$(date +%s.%N)
	WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
	local made
	made=$(ls "$WORK/out-$name/$asof/"*.pdf | wc -l)
	[ "$made" -eq "$BRIEFS" ] || { echo "run $name made $made PDFs, not $BRIEFS" >&2; exit 1; }
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "input:   $regions SYNTHETIC regions x 2 locales = $BRIEFS briefs; partitions of $PARTITION briefs (x 2 locales)"

# the broker and two workers stay up for every remote round, as in production
fresh_db bench_remote
java -jar "$JAR" broker --port=0 --output="$WORK/broker" > "$WORK/broker.log" 2>&1 &
pids+=($!)
await_line "$WORK/broker.log" "broker listening on"
BROKER=$(sed -n 's/^broker listening on \(tcp:[^ ]*\).*/\1/p' "$WORK/broker.log")
for w in 1 2; do
	# shellcheck disable=SC2046
	java -jar "$JAR" worker $(db_args bench_remote) --spring.artemis.broker-url="$BROKER" --briefs.workers.name="worker-$w" \
		--briefs.render.threads=1 --briefs.render.reference-region=R0001 > "$WORK/worker-$w.log" 2>&1 &
	pids+=($!)
done
await_line "$WORK/worker-1.log" "takes render partitions"
await_line "$WORK/worker-2.log" "takes render partitions"

best_local=""
best_remote=""
for round in $(seq 1 "$ROUNDS"); do
	# a new as-of date per round: a new run in the same database, the workers staying up
	asof="2025-01-0$round"
	fresh_db bench_local
	# shellcheck disable=SC2046
	run local "$asof" $(db_args bench_local) --briefs.render.threads=2
	local_wall=$WALL
	# shellcheck disable=SC2046
	run remote "$asof" $(db_args bench_remote) --spring.artemis.broker-url="$BROKER" --briefs.workers.partition-size="$PARTITION" \
		--briefs.workers.poll-interval=200ms
	remote_wall=$WALL
	echo "round $round: local $local_wall s, remote $remote_wall s"
	best_local=$(awk -v a="$local_wall" -v b="${best_local:-$local_wall}" 'BEGIN { print (a < b) ? a : b }')
	best_remote=$(awk -v a="$remote_wall" -v b="${best_remote:-$remote_wall}" 'BEGIN { print (a < b) ? a : b }')
done

# hand-off: from a partition ending to the next one starting (on the worker it freed), over every
# partition that started after another had ended; and the first two, from creation to start
handoff=$(psql -h 127.0.0.1 -U briefs -d bench_remote -qtA -F' ' -c "
	SELECT EXTRACT(EPOCH FROM create_time), EXTRACT(EPOCH FROM start_time), EXTRACT(EPOCH FROM end_time)
	FROM batch_step_execution WHERE step_name LIKE 'render-partition:%'" | python3 -c '
import statistics, sys
rows = sorted((tuple(map(float, line.split())) for line in sys.stdin if line.strip()), key=lambda r: r[1])
ends = sorted(r[2] for r in rows)
gaps = sorted(s - max(e for e in ends if e <= s) for c, s, e in rows if any(e <= s for e in ends))
first = sorted(s - c for c, s, e in rows)[:2]
print("median %.3f s, 90th percentile %.3f s over %d partitions (end of one to start of the next);"
      " the first two %.1f and %.1f s from creation to start" % (statistics.median(gaps), gaps[int(0.9 * len(gaps))],
      len(gaps), first[0], first[1]))')
parts=$(grep -h -c '^render ' "$WORK"/worker-1.log "$WORK"/worker-2.log | paste -sd/ -)
echo "best:    local (2 threads) $best_local s, remote (2 workers x 1 thread) $best_remote s"
awk -v l="$best_local" -v r="$best_remote" 'BEGIN { printf "overhead of the broker: %+.1f %% of the local time\n", 100 * (r - l) / l }'
echo "hand-off of a partition: $handoff"
echo "briefs rendered by worker-1/worker-2 over all rounds: $parts"
