#!/bin/sh
# Where the time of one brief goes: JMH RenderBenchmark.brief (warm) under a flight recording,
# summed by stage and hot method with bench/jfr_hotspots.py.
#   bench/profile.sh [BRIEF=comparative] [LOCALE=en]         SKIP_BUILD=1 reuses the last -Pbench build
# and for a whole run (cold start included), e.g. on the shipped data:
#   java -XX:StartFlightRecording=filename=run.jfr,settings=profile -jar target/policy-briefs.jar run
#   jfr print --json --stack-depth 200 --events jdk.ExecutionSample run.jfr | bench/jfr_hotspots.py
set -e
cd "$(dirname "$0")/.."
BRIEF=${1:-comparative}
LOCALE=${2:-en}
if [ -z "$SKIP_BUILD" ]; then
	mvn -B -q -Pbench -DskipTests package
fi
mkdir -p target/bench
JFR="$(pwd)/target/bench/profile-$BRIEF-$LOCALE.jfr"
java -cp "target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main RenderBenchmark.brief \
	-p brief="$BRIEF" -p locale="$LOCALE" -wi 5 -w 2 -i 5 -r 4 \
	-jvmArgsAppend "-XX:StartFlightRecording=filename=$JFR,settings=profile" | grep -E "p0.50|^RenderBenchmark.brief "
jfr print --json --stack-depth 200 --events jdk.ExecutionSample "$JFR" \
	| python3 bench/jfr_hotspots.py --top 10 --within RenderBenchmark.brief
