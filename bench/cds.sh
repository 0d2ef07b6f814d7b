#!/bin/sh
# Class data sharing for a faster start (Java 17 AppCDS, dynamic archive): extracts the boot jar
# into target/extracted, makes one training run on the shipped data with
# -XX:ArchiveClassesAtExit, and leaves the archive beside the extracted jar. Then run with:
#   java -XX:SharedArchiveFile=target/extracted/policy-briefs.jsa -jar target/extracted/policy-briefs.jar run
# The archive belongs to this build and this JDK: make it again after every build (a stale
# archive is refused by the JVM with a warning, and the run goes on without it).
set -e
cd "$(dirname "$0")/.."
rm -rf target/extracted target/bench/cds-training
java -Djarmode=tools -jar target/policy-briefs.jar extract --destination target/extracted >/dev/null
java -XX:ArchiveClassesAtExit=target/extracted/policy-briefs.jsa -jar target/extracted/policy-briefs.jar run \
	--as-of=2025-01-01 --output=target/bench/cds-training \
	--spring.datasource.url="jdbc:h2:file:./target/bench/cds-training/.db/cds" >/dev/null
ls -l target/extracted/policy-briefs.jsa
