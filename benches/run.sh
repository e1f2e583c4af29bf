#!/usr/bin/env bash
# custctl benchmarks, side by side with the sqlite3 shell in the same run (engineering.md §6).
#
# usage: benches/run.sh [CONTACTS] [PERSONS]        defaults: 1000000 100000
#   BENCH_DIR=DIR   where to put the data (default: a new temp dir, removed at the end)
#   BIG=1           also measure the peak memory of a 10x larger import
#
# Needs: cargo, python3, sqlite3, /usr/bin/time. Prints a markdown table of the results.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-1000000}
P=${2:-100000}
WORK=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK"

cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
B=$ROOT/target/release/custctl
export CUSTCTL_ACTOR=bench
unset CUSTCTL_NOW

echo "generating $N contacts for $P persons in $WORK" >&2
python3 "$ROOT/benches/gen_contacts.py" "$WORK" "$N" "$P"

setup() { # a fresh database with the catalog and the persons
    local db=$1
    rm -f "$db" "$db.key" "$db-wal" "$db-shm"
    "$B" --db "$db" -q catalog contact-class add BILLING --description Billing >/dev/null
    for t in QUESTION COMPLAINT PAYMENT; do
        "$B" --db "$db" -q catalog contact-type add BILLING "$t" --description "$t" >/dev/null
    done
    "$B" --db "$db" -q person import "$WORK/persons.csv" >/dev/null
}

# measure OUT CMD...: runs CMD under /usr/bin/time; OUT gets "seconds max_rss_kib"
measure() {
    local out=$1; shift
    /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null
}
secs() { cut -d' ' -f1 "$1"; }
rss() { cut -d' ' -f2 "$1"; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}' if b>0 else 'n/a')" "$1" "$2"; }
now() { date +%s.%N; }
per_run() { python3 -c "import sys; print(f'{(float(sys.argv[2])-float(sys.argv[1]))/int(sys.argv[3]):.4f}')" "$1" "$2" "$3"; }

DB=$WORK/bench.db
REF=$WORK/ref.db

# 1. import: custctl contact import vs sqlite3 .import into a bare table, same CSV.
setup "$DB"
measure "$WORK/t_import" "$B" --db "$DB" -q contact import "$WORK/contacts.csv"
rm -f "$REF"
measure "$WORK/t_ref" sqlite3 "$REF" ".mode csv" ".import '$WORK/contacts.csv' bare"
IMPORT=$(secs "$WORK/t_import"); IMPORT_RSS=$(rss "$WORK/t_import"); REFT=$(secs "$WORK/t_ref")

# 1b. memory at a tenth of the rows (flat memory means about the same peak)
head -n $((N / 10 + 1)) "$WORK/contacts.csv" > "$WORK/tenth.csv"
setup "$WORK/small.db"
measure "$WORK/t_small" "$B" --db "$WORK/small.db" -q contact import "$WORK/tenth.csv"
SMALL_RSS=$(rss "$WORK/t_small")

# 1c. the same file again: every row unchanged
measure "$WORK/t_again" "$B" --db "$DB" -q contact import "$WORK/contacts.csv"
AGAIN=$(secs "$WORK/t_again")

BIG_RSS="not run (BIG=1)"
if [ "${BIG:-0}" = 1 ]; then
    python3 "$ROOT/benches/gen_contacts.py" "$WORK/big" $((N * 10)) "$P"
    setup "$WORK/big.db"
    measure "$WORK/t_big" "$B" --db "$WORK/big.db" -q contact import "$WORK/big/contacts.csv"
    BIG_RSS="$(rss "$WORK/t_big") KiB in $(secs "$WORK/t_big") s"
fi

# 2. one contact add as a process vs one sqlite3 INSERT as a process, on the loaded database
RUNS=20
t0=$(now)
for i in $(seq $RUNS); do
    "$B" --db "$DB" -q contact add --person P0000001 --class BILLING --type QUESTION --method phone >/dev/null
done
t1=$(now)
for i in $(seq $RUNS); do
    sqlite3 "$DB" "INSERT INTO contact (person_id, contact_type_id, contacted_at, user, method, created_at) VALUES (1, 1, '2026-11-22T10:00:00Z', 'bench', 'phone', '2026-11-22T10:00:00Z')"
done
t2=$(now)
ADD=$(per_run "$t0" "$t1" $RUNS); ADD_REF=$(per_run "$t1" "$t2" $RUNS)

# 3. contacts of one person as JSON vs sqlite3 -json of the same query
PID=$(sqlite3 "$DB" "SELECT person_id FROM contact GROUP BY person_id ORDER BY count(*) DESC LIMIT 1")
t0=$(now)
for i in $(seq $RUNS); do "$B" --db "$DB" contact list --person "$PID" --format json >/dev/null; done
t1=$(now)
for i in $(seq $RUNS); do
    sqlite3 -json "$DB" "SELECT c.*, cc.code AS class, ct.code AS type FROM contact c JOIN contact_type ct ON ct.id = c.contact_type_id JOIN contact_class cc ON cc.id = ct.class_id WHERE c.person_id = $PID ORDER BY c.contacted_at DESC, c.id DESC" >/dev/null
done
t2=$(now)
LIST1=$(per_run "$t0" "$t1" $RUNS); LIST1_REF=$(per_run "$t1" "$t2" $RUNS)

# 4. every contact as NDJSON vs sqlite3 -json of the same rows
measure "$WORK/t_all" "$B" --db "$DB" contact list --format ndjson
measure "$WORK/t_all_ref" sqlite3 -json "$DB" "SELECT c.*, cc.code AS class, ct.code AS type FROM contact c JOIN contact_type ct ON ct.id = c.contact_type_id JOIN contact_class cc ON cc.id = ct.class_id ORDER BY c.contacted_at DESC, c.id DESC"
ALL=$(secs "$WORK/t_all"); ALL_REF=$(secs "$WORK/t_all_ref"); ALL_RSS=$(rss "$WORK/t_all")

cat <<REPORT
| figure | custctl | sqlite3 | ratio | target |
|---|---|---|---|---|
| contact import of $N rows (s) | $IMPORT | $REFT (.import, bare table) | $(ratio "$IMPORT" "$REFT") | ≤ 2 (aim 1.5) |
| peak memory of that import (KiB) | $IMPORT_RSS | | | < 65536 |
| peak memory at $((N / 10)) rows (KiB) | $SMALL_RSS | | | flat |
| peak memory at $((N * 10)) rows | $BIG_RSS | | | < 65536 |
| the same import again, all unchanged (s) | $AGAIN | | | |
| one contact add, as a process (s) | $ADD | $ADD_REF (INSERT) | $(ratio "$ADD" "$ADD_REF") | ≤ 2 |
| contact list --person (person $PID) --format json (s) | $LIST1 | $LIST1_REF (-json) | $(ratio "$LIST1" "$LIST1_REF") | ≤ 2 |
| contact list --format ndjson, all rows (s) | $ALL | $ALL_REF (-json) | $(ratio "$ALL" "$ALL_REF") | ≤ 1 |
REPORT
