#!/usr/bin/env bash
# Benchmark of delta re-screening (issue #8): SUBJECTS monitored subjects registered under the UN
# list of 2026-01-28, then the 2026-02-27 list put in force (it adds SDi.007-SDi.010); times the
# re-screening of every subject against the added entries, stored alerts included. Not part of
# `./mvnw verify`: run it by hand, figures go to docs/performance.md.
#
#   bench/delta-rescreen.sh [SUBJECTS] [JDBC-URL]
#
# Subjects: four people spelled like the four added entries (the subjects who should be alerted),
# then yente's synthetic clean people from ../shared/data/eval/yente-fixtures/negatives_*.csv
# (100,000; set PEOPLE to other CSV files with full_name, date_of_birth, nationality columns).
# Store: an embedded H2 database in a temporary folder (deleted after), or the PostgreSQL database
# of JDBC-URL (give an empty schema; the subjects stay there after the run).
set -euo pipefail
cd "$(dirname "$0")/.."
subjects=${1:-100000}
url=${2:-}
people=${PEOPLE:-"../shared/data/eval/yente-fixtures/negatives_global.csv ../shared/data/eval/yente-fixtures/negatives_us.csv"}
for f in $people; do
  [ -f "$f" ] || { echo "delta-rescreen: no such file: $f (set PEOPLE)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/added-entries.csv" <<'CSV'
name,dob,nationality
Gedo Hamdan Ahmed,,SD
Abdelrahim Hamdan Dagalo,1972-01-01,
Al Fateh Abdallah Idris,,Sudan
Tijani Ibrahim Moussa Mohamed,,
CSV

./mvnw -B -q install -DskipTests
./mvnw -B -q -Pbench -pl bench package -DskipTests

# shellcheck disable=SC2086
java -Xmx4g -cp bench/target/benchmarks.jar org.mizan.load.DeltaRescreen \
  service/src/test/resources/lists/un/consolidated-2026-01-28.xml \
  service/src/main/resources/org/mizan/app/un-sc-consolidated.xml \
  "$subjects" $url -- "$work/added-entries.csv" $people
