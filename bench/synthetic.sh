# Sourced by bench/ingest.sh and bench/scale.sh: the built jar, the SYNTHETIC million-row input
# (made once by bench/GenerateSynthetic.java), H2 taken from inside the jar, and the timing helpers.
JAR=target/policy-briefs.jar
WORK="$(pwd)/${BENCH_DIR:-target/bench}"

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

# timed LOG COMMAND...: runs the command with its output in LOG; sets WALL and CPU (user + sys) in
# seconds and CODE, the command's exit code
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
# measured LOG COMMAND...: timed, and the benchmark stops when the command fails
measured() {
	timed "$@"
	[ "$CODE" = 0 ] || { echo "failed (exit $CODE): ${*:2}" >&2; tail -20 "$1" >&2; exit 1; }
}
min() { awk -v a="$1" -v b="${2:-$1}" 'BEGIN { print (a < b) ? a : b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
