#!/bin/sh
# Times the comparison of two editions of 1,000 regions x 100 indicators (synthetic, labelled so)
# from their indicators.csv, against reading one edition and comparing in memory, in the same run.
#   bench/editions.sh            # JMH: EditionComparisonBenchmark (wall time, sampled)
#   bench/editions.sh timing     # wall and CPU time per operation (CPU time: the cost on a free core)
set -e
cd "$(dirname "$0")/.."
if [ "$1" = "timing" ]; then
	[ -n "$SKIP_BUILD" ] || mvn -B -q -Pbench -DskipTests package
	exec java -Xmx512m -cp "target/classes:$(cat target/bench-classpath.txt)" \
		org.policybriefs.editions.EditionComparisonTiming
fi
exec bench/jmh.sh EditionComparisonBenchmark "$@"
