#!/usr/bin/env bash
# Kill campaign (not part of `mvn verify`, which runs three of its moments). Every moment of a
# run on the shipped data (every brief in both languages, the three shipped analysts, outbox
# delivery) in turn: the start of each of the 10 steps, each of the 8 briefs rendered, each of
# the 14 points of publish (data files written, manifest written, each of the 11 files moved,
# all moved), sending to and sent to each analyst, and the end of the run; 39 moments. At each,
# the run is killed with SIGKILL in a JVM of its own (KillAtLogLine, at the log line that marks
# the moment) and started again; the second run must exit 0 with every PDF whole (its sha256 as
# the manifest says, opened by PDFBox, and `qpdf --check` clean), the as-of folder holding exactly
# what its manifest lists, one message per analyst in the outbox, and no temporary or staging
# file left.
#
#   bench/kill-campaign.sh        # about 25 minutes on 2 cores
#
# Prints one line per moment and the tally. Columns: moment, exit code of the second run, PDFs,
# PDFs qpdf --check finds whole, manifest = files, outbox messages, analysts without a message.
# Outbox files are named by analyst, so an analyst cannot get two; a message lost would show.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v qpdf > /dev/null || { echo "qpdf is needed (Debian package qpdf)" >&2; exit 2; }
mkdir -p target && rm -f target/kill-campaign.tsv
status=0
mvn -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=KillCampaignFunctionalTests \
	-Dkill.campaign=all > target/kill-campaign.log 2>&1 || status=$?
( printf 'moment\texit\tpdfs\twhole\tmanifest=files\tmessages\tmissing\n'; cat target/kill-campaign.tsv ) | column -t -s $'\t'
awk -F'\t' '{ n++; ok += ($2 == 0); pdfs += $3; whole += $4; same += ($5 == "yes"); msgs += $6; missing += $7 }
	END { printf "moments: %d, completed with exit 0: %d, PDFs: %d, whole (qpdf --check): %d, manifest = files: %d, messages: %d (of %d expected), analysts without a message: %d\n",
		n, ok, pdfs, whole, same, msgs, 3 * n, missing }' target/kill-campaign.tsv
grep -E "Tests run:.*Fail" target/kill-campaign.log | tail -1 || true
exit $status
