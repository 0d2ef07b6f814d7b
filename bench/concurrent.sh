#!/usr/bin/env bash
# Many runs asked for at once against `serve`: RUNS (default 50) `POST /api/runs` sent at the same
# moment (after one GET /api/runs that sets up the web stack), each for an as-of date of its own
# (comparative brief, English, with delivery), on a copy
# of the shipped input, with a real SMTP server (GreenMail, in bench/ConcurrentRuns.java) and the
# default H2 file database under the output folder (PG=1: a fresh PostgreSQL database on the local
# cluster, as .ci/run makes it). Every accepted run is followed to its end; then the delivery log
# is set against the messages the mail server received. Prints accepted / refused up front (429 or
# 409, with their bodies) / completed / failed, the delivery states, false states, wall time and
# load; exits 1 when a run failed half-way or a delivery state is false.
#
#   mvn -q -DskipTests package && bench/concurrent.sh          # RUNS=50 PG=0 SERVE_ARGS="..."
# SERVE_ARGS passes settings to serve, e.g. "--spring.datasource.hikari.maximum-pool-size=6 --briefs.runs.queue=30".
set -euo pipefail
JAR=target/policy-briefs.jar
WORK="$(pwd)/${BENCH_DIR:-target/bench}/concurrent"
RUNS=${RUNS:-50}
[ -f "$JAR" ] || { echo "no $JAR: build it first with: mvn -q -DskipTests package" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK"
cp -r input "$WORK/input"
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null

read -r -a serve_args <<< "${SERVE_ARGS:-}"
if [ "${PG:-0}" = 1 ]; then
	cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
	pg_ctlcluster $cluster start 2>/dev/null || pg_ctlcluster $cluster status > /dev/null
	runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'briefs'" | grep -q 1 \
		|| runuser -u postgres -- psql -qc "CREATE ROLE briefs LOGIN PASSWORD 'briefs' CREATEDB"
	database="bench_concurrent_$(date +%s)"
	PGPASSWORD=briefs psql -q -h localhost -U briefs -d postgres -c "CREATE DATABASE $database"
	URL="jdbc:postgresql://localhost:5432/$database" DB_USER=briefs DB_PASSWORD=briefs
	serve_args+=("--spring.datasource.url=$URL" "--spring.datasource.username=briefs" "--spring.datasource.password=briefs")
else
	URL="jdbc:h2:file:$WORK/output/.db/policy-briefs;AUTO_SERVER=TRUE;WRITE_DELAY=0" DB_USER=sa DB_PASSWORD=
fi

echo "$(nproc) processors; serve ${serve_args[*]:-(defaults)}; database ${URL%%;*}"
java -cp "$(cat "$WORK/classpath.txt")" bench/ConcurrentRuns.java "$WORK" "$RUNS" "$URL" "$DB_USER" "$DB_PASSWORD" \
	"${serve_args[@]}" 2> "$WORK/bench.err" | tee "$WORK/report.txt" && status=0 || status=$?
[ "${PG:-0}" != 1 ] || PGPASSWORD=briefs psql -q -h localhost -U briefs -d postgres -c "DROP DATABASE $database"
[ "$status" = 0 ] || { echo "serve's log: $WORK/serve.log; the bench's errors: $WORK/bench.err" >&2; tail -5 "$WORK/bench.err" >&2; }
grep -o 'HikariPool[^"]*Connection is not available[^"]*' "$WORK/serve.log" | head -3 || true
exit "$status"
