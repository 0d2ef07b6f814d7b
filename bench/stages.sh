#!/bin/sh
# Where one warm brief's time goes, stage by stage, in thread CPU time (bench's RenderStages):
# model and XHTML, XML parsing, typesetting, style and layout, paint and write PDF.
#   bench/stages.sh [BRIEF=comparative] [LOCALE=en] [WARM-UP=150] [ROUNDS=150]   SKIP_BUILD=1 reuses the last -Pbench build
set -e
cd "$(dirname "$0")/.."
if [ -z "$SKIP_BUILD" ]; then
	mvn -B -q -Pbench -DskipTests package
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx512m -Djava.awt.headless=true -cp "target/classes:$(cat target/bench-classpath.txt)" \
	org.policybriefs.render.RenderStages "${1:-comparative}" "${2:-en}" "${3:-150}" "${4:-150}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
