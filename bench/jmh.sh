#!/bin/sh
# Builds the JMH benchmarks (Maven profile -Pbench, sources in src/bench/java) and runs them from
# the project folder. Arguments go to JMH, e.g.:
#   bench/jmh.sh RenderBenchmark                       # every brief x locale, brief/xhtml/pdf
#   bench/jmh.sh 'RenderBenchmark.brief' -p brief=comparative
#   bench/jmh.sh RenderBenchmark.brief -prof jfr        # with a flight recording per benchmark
# Set SKIP_BUILD=1 to reuse the last build.
set -e
cd "$(dirname "$0")/.."
if [ -z "$SKIP_BUILD" ]; then
	mvn -B -q -Pbench -DskipTests package
fi
exec java -cp "target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"
