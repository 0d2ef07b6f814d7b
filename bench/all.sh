#!/bin/sh
# Every figure of BENCHMARKS.md (Render, Peers, Throughput, Scaling, Cold start, Profile) in one
# go, into target/bench/results/. About 25 minutes on 2 cores. Figures are medians; check that
# nothing else loads the machine (uptime) before and after.
set -e
cd "$(dirname "$0")/.."
R=target/bench/results
mkdir -p "$R"
uptime | tee "$R/uptime-start.txt"
mvn -B -q -Pbench -DskipTests package
# Render, warm, per brief (JMH, sample mode: p0.50 is the median)
java -cp "target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main RenderBenchmark.brief \
	-rf json -rff "$R/render.json" | tee "$R/render.txt"
# Throughput and scaling: regional briefs in English on synthetic data with 10, 100 and 1,000 regions
for n in 10 100 1000; do
	python3 bench/run_briefs.py --regions $n --runs 3 --heap-at 100,1000 2>&1 | tee "$R/scaling-$n.txt"
done
# Cold start: a plain run on the shipped data, every brief in both locales, then with AppCDS
python3 bench/run_briefs.py --input input --brief all --locale all --runs 5 --java-opts="" --label plain 2>&1 \
	| tee "$R/cold-plain.txt"
bench/cds.sh
python3 bench/run_briefs.py --input input --brief all --locale all --runs 5 --label cds \
	--jar target/extracted/policy-briefs.jar --java-opts="-XX:SharedArchiveFile=target/extracted/policy-briefs.jsa" 2>&1 \
	| tee "$R/cold-cds.txt"
# Peers: the same kept XHTML with this renderer, WeasyPrint and Chromium
SKIP_BUILD=1 bench/compare.sh 5 5 2>&1 | tee "$R/peers.txt"
uptime | tee "$R/uptime-end.txt"
