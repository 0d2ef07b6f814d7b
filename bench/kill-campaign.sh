#!/usr/bin/env bash
# Kill campaign (not part of `mvn verify`, which runs three of its moments). Every moment of a
# run on the shipped data (every brief in both languages, the three shipped analysts, outbox
# delivery) in turn: the start of each of the 10 steps, each of the 8 briefs rendered, each of
# the 14 points of publish (data files written, manifest written, each of the 11 files moved,
# all moved), sending to and sent to each analyst, and the end of the run; 39 moments. At each,
# the run is killed with SIGKILL in a JVM of its own (KillAtLogLine, at the log line that marks
# the moment) and started again; the second run must exit 0 with every PDF whole, the as-of folder
# holding exactly what its manifest lists, one message per analyst in the outbox, and no
# temporary or staging file left.
#
#   bench/kill-campaign.sh        # about 25 minutes on 2 cores
#
# Prints one line per moment (moment, exit code of the second run, PDFs, messages) and the tally.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target && rm -f target/kill-campaign.tsv
status=0
mvn -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=KillCampaignFunctionalTests \
	-Dkill.campaign=all > target/kill-campaign.log 2>&1 || status=$?
column -t -s $'\t' target/kill-campaign.tsv
echo "moments: $(wc -l < target/kill-campaign.tsv), completed with exit 0: $(awk -F'\t' '$2 == 0' target/kill-campaign.tsv | wc -l)"
grep -E "Tests run:.*Fail" target/kill-campaign.log | tail -1 || true
exit $status
