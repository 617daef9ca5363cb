#!/usr/bin/env bash
# Fetch the survey exports and build the report.
set -euo pipefail

OUT="${1:-build}"
YEARS=(2022 2023 2024)

mkdir -p "$OUT"
for year in "${YEARS[@]}"; do
  if [[ ! -f "data/$year.csv" ]]; then
    echo "missing data/$year.csv" >&2
    exit 1
  fi
  python3 scripts/clean.py --year "$year" > "$OUT/$year.csv"
done

count=$(wc -l < "$OUT/2024.csv")
echo "cleaned $count rows into $OUT"
