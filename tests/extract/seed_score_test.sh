#!/bin/sh
# Scores the seed article's attributions with ../shared/eval/score.py and fails
# below F1 0.90 or when a gold relay chain (via) is missing. Exits 77 (ctest:
# skipped) when ../shared is absent.
# usage: seed_score_test.sh SHARED_DIR CLAIMKB_BINARY
shared="$1"
cli="$2"
[ -f "$shared/eval/score.py" ] && [ -d "$shared/seeds" ] || exit 77
out=$(python3 "$shared/eval/score.py" --claimkb "$cli" --articles "$shared/seeds" \
  --gold-dir "$shared/eval/gold" --layers attributions --min-f1 0.90)
status=$?
echo "$out"
[ $status -eq 0 ] || exit 1
echo "$out" | grep -Eq 'via chains +([0-9]+)/\1 ' || { echo "a relay chain is missing"; exit 1; }
