#!/usr/bin/env bash
# custctl benchmarks, side by side with the sqlite3 shell in the same run (engineering.md §6).
#
# usage: benches/run.sh [CONTACTS] [PERSONS]        defaults: 1000000 100000
#   BENCH_DIR=DIR   where to put the data (default: a new temp dir, removed at the end)
#   RUNS=N          runs of each import, alternating; the minimum counts (default 3)
#   BIG=1           also measure the peak memory of a 10x larger import
#   IMPORT_ONLY=1   stop after the import figures (skip add and list)
#   PERSONS=M       also time `person import` of M new persons, then `account import` of
#                   ACCOUNTS accounts for them (default M) and `instrument import` of
#                   INSTRUMENTS bank accounts on those (default 100000), each against
#                   `sqlite3 .import` of the same CSV into a bare table, RUNS times
#                   alternating, minimum of each (issue 14: 1000000 persons and accounts)
#   EXCLUSIVE=1     run custctl's contact imports (first and again) with --exclusive
#   CUSTCTL_BIN=F   measure this custctl binary; NO_BUILD=1 skips the cargo build
#
# Needs: cargo, python3, sqlite3, /usr/bin/time. Prints a markdown table of the results.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-1000000}
P=${2:-100000}
WORK=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK"

[ "${NO_BUILD:-0}" = 1 ] || cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml" --bin custctl --example floor_loader
B=${CUSTCTL_BIN:-$ROOT/target/release/custctl}
FLOOR=$ROOT/target/release/examples/floor_loader
RUNS_IMPORT=${RUNS:-3}
XFLAG=()
[ "${EXCLUSIVE:-0}" = 1 ] && XFLAG=(--exclusive)
export CUSTCTL_ACTOR=bench
unset CUSTCTL_NOW

echo "generating $N contacts for $P persons in $WORK" >&2
python3 "$ROOT/benches/gen_contacts.py" "$WORK" "$N" "$P"

setup() { # a fresh database with the catalog and the persons
    local db=$1
    rm -f "$db" "$db.key" "$db-wal" "$db-shm"
    "$B" --db "$db" -q init >/dev/null
    "$B" --db "$db" -q catalog contact-class add BILLING --description Billing >/dev/null
    for t in QUESTION COMPLAINT PAYMENT; do
        "$B" --db "$db" -q catalog contact-type add BILLING "$t" --description "$t" >/dev/null
    done
    "$B" --db "$db" -q person import "$WORK/persons.csv" >/dev/null
}

# measure OUT CMD...: runs CMD under /usr/bin/time; OUT gets "seconds max_rss_kib"
measure() {
    local out=$1; shift
    /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >/dev/null
}
secs() { cut -d' ' -f1 "$1"; }
rss() { cut -d' ' -f2 "$1"; }
cpu() { awk '{printf "%.2f\n", $3 + $4}' "$1"; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}' if b>0 else 'n/a')" "$1" "$2"; }
now() { date +%s.%N; }
per_run() { python3 -c "import sys; print(f'{(float(sys.argv[2])-float(sys.argv[1]))/int(sys.argv[3]):.4f}')" "$1" "$2" "$3"; }

DB=$WORK/bench.db
REF=$WORK/ref.db

# 1. import, side by side and alternating: custctl `contact import` into a database holding
#    the catalog and the persons, `sqlite3 .import` of the same CSV into a bare table, and
#    the hand-written floor loader (examples/floor_loader.rs) into the same database as
#    custctl; then custctl again on its loaded database (every row unchanged). Each figure
#    is the minimum of RUNS runs; the ratios are of those minima.
TMPL=$WORK/template.db
setup "$TMPL"
sqlite3 "$TMPL" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
fresh() { # a copy of the template (database and key file)
    rm -f "$1" "$1-wal" "$1-shm"
    cp "$TMPL" "$1"; cp "$TMPL.key" "$1.key"
}
min_of() { sort -g | head -n1; }
run_custctl() { fresh "$DB"; measure "$WORK/t_import.$i" "$B" --db "$DB" -q contact import "$WORK/contacts.csv" ${XFLAG[@]+"${XFLAG[@]}"}; }
run_ref() { rm -f "$REF"; measure "$WORK/t_ref.$i" sqlite3 "$REF" ".mode csv" ".import '$WORK/contacts.csv' bare"; }
run_floor() { fresh "$FDB"; measure "$WORK/t_floor.$i" "$FLOOR" "$FDB" "$WORK/contacts.csv"; }
FDB=$WORK/floor.db
for i in $(seq "$RUNS_IMPORT"); do
    echo "import run $i of $RUNS_IMPORT" >&2
    if [ $((i % 2)) = 1 ]; then run_custctl; run_ref; run_floor; else run_floor; run_ref; run_custctl; fi
    # the same file again on the loaded database: every row unchanged
    measure "$WORK/t_again.$i" "$B" --db "$DB" -q contact import "$WORK/contacts.csv" ${XFLAG[@]+"${XFLAG[@]}"}
    for t in import ref floor again; do echo "  $t: $(secs "$WORK/t_$t.$i") s wall, $(cpu "$WORK/t_$t.$i") s cpu" >&2; done
done
IMPORT=$(for f in "$WORK"/t_import.*; do secs "$f"; done | min_of)
REFT=$(for f in "$WORK"/t_ref.*; do secs "$f"; done | min_of)
FLOORT=$(for f in "$WORK"/t_floor.*; do secs "$f"; done | min_of)
AGAIN=$(for f in "$WORK"/t_again.*; do secs "$f"; done | min_of)
IMPORT_CPU=$(for f in "$WORK"/t_import.*; do cpu "$f"; done | min_of)
REF_CPU=$(for f in "$WORK"/t_ref.*; do cpu "$f"; done | min_of)
FLOOR_CPU=$(for f in "$WORK"/t_floor.*; do cpu "$f"; done | min_of)
AGAIN_CPU=$(for f in "$WORK"/t_again.*; do cpu "$f"; done | min_of)
IMPORT_RSS=$(for f in "$WORK"/t_import.*; do rss "$f"; done | sort -g | tail -n1)
FLOOR_RSS=$(for f in "$WORK"/t_floor.*; do rss "$f"; done | sort -g | tail -n1)
AGAIN_RSS=$(for f in "$WORK"/t_again.*; do rss "$f"; done | sort -g | tail -n1)

# 1b. memory at a tenth of the rows (flat memory means about the same peak)
head -n $((N / 10 + 1)) "$WORK/contacts.csv" > "$WORK/tenth.csv"
fresh "$WORK/small.db"
measure "$WORK/t_small" "$B" --db "$WORK/small.db" -q contact import "$WORK/tenth.csv"
SMALL_RSS=$(rss "$WORK/t_small")

BIG_RSS="not run (BIG=1)"
if [ "${BIG:-0}" = 1 ]; then
    python3 "$ROOT/benches/gen_contacts.py" "$WORK/big" $((N * 10)) "$P"
    fresh "$WORK/big.db"
    measure "$WORK/t_big" "$B" --db "$WORK/big.db" -q contact import "$WORK/big/contacts.csv"
    BIG_RSS="$(rss "$WORK/t_big") KiB in $(secs "$WORK/t_big") s"
fi

import_report() {
cat <<REPORT
| figure | wall | cpu (user+sys) | target |
|---|---|---|---|
| runs (alternating; minimum of each) | $RUNS_IMPORT | | |
| \`contact import\` of $N rows (s) | $IMPORT | $IMPORT_CPU | |
| \`sqlite3 .import\`, bare table (s) | $REFT | $REF_CPU | |
| floor loader (examples/floor_loader.rs) (s) | $FLOORT | $FLOOR_CPU | |
| **custctl / .import** | **$(ratio "$IMPORT" "$REFT")** | $(ratio "$IMPORT_CPU" "$REF_CPU") | ≤ 2 (aim 1.6) |
| floor / .import | $(ratio "$FLOORT" "$REFT") | $(ratio "$FLOOR_CPU" "$REF_CPU") | (1.4–1.75 measured before) |
| **custctl / floor** | **$(ratio "$IMPORT" "$FLOORT")** | $(ratio "$IMPORT_CPU" "$FLOOR_CPU") | ≤ 1.1 |
| the same import again, all unchanged (s) | $AGAIN | $AGAIN_CPU | |
| **again / first import** | **$(ratio "$AGAIN" "$IMPORT")** | $(ratio "$AGAIN_CPU" "$IMPORT_CPU") | ≤ 0.5 |
| peak RSS of the import (KiB) | $IMPORT_RSS (floor: $FLOOR_RSS) | | < 32768 |
| peak RSS of the re-import (KiB) | $AGAIN_RSS | | < 32768 |
| peak RSS at $((N / 10)) rows (KiB) | $SMALL_RSS | | flat |
| peak RSS at $((N * 10)) rows | $BIG_RSS | | flat |
REPORT
}
PERSON_LINES=""
if [ -n "${PERSONS:-}" ]; then
    ACCOUNTS=${ACCOUNTS:-$PERSONS}
    INSTRUMENTS=${INSTRUMENTS:-100000}
    PD=$WORK/persons
    python3 "$ROOT/benches/gen_contacts.py" "$PD" 0 "$PERSONS"
    python3 "$ROOT/benches/gen_accounts.py" "$PD" "$ACCOUNTS" "$INSTRUMENTS"
    # custctl: the three imports in turn into one fresh database (accounts need the
    # persons, instruments the accounts); sqlite3: each CSV into a bare table of its own.
    run_entities() {
        rm -f "$WORK/p.db" "$WORK/p.db.key" "$WORK/p.db-wal" "$WORK/p.db-shm"
        "$B" --db "$WORK/p.db" -q init >/dev/null
        measure "$WORK/t_persons.$i" "$B" --db "$WORK/p.db" -q person import "$PD/persons.csv"
        measure "$WORK/t_accounts.$i" "$B" --db "$WORK/p.db" -q account import "$PD/accounts.csv"
        measure "$WORK/t_instruments.$i" "$B" --db "$WORK/p.db" -q instrument import "$PD/instruments.csv"
    }
    run_entity_refs() {
        for t in persons accounts instruments; do
            rm -f "$WORK/ref_$t.db"
            measure "$WORK/t_${t}_ref.$i" sqlite3 "$WORK/ref_$t.db" ".mode csv" ".import '$PD/$t.csv' bare"
        done
    }
    for i in $(seq "$RUNS_IMPORT"); do
        echo "person/account/instrument run $i of $RUNS_IMPORT" >&2
        if [ $((i % 2)) = 1 ]; then run_entities; run_entity_refs; else run_entity_refs; run_entities; fi
        for t in persons accounts instruments; do
            echo "  $t: $(secs "$WORK/t_$t.$i") s / .import $(secs "$WORK/t_${t}_ref.$i") s wall" >&2
        done
    done
    for t in persons accounts instruments; do
        case $t in persons) n=$PERSONS cmd="person import";; accounts) n=$ACCOUNTS cmd="account import";;
            instruments) n=$INSTRUMENTS cmd="instrument import";; esac
        W=$(for f in "$WORK"/t_$t.*; do secs "$f"; done | min_of)
        WR=$(for f in "$WORK"/t_${t}_ref.*; do secs "$f"; done | min_of)
        C=$(for f in "$WORK"/t_$t.*; do cpu "$f"; done | min_of)
        CR=$(for f in "$WORK"/t_${t}_ref.*; do cpu "$f"; done | min_of)
        R=$(for f in "$WORK"/t_$t.*; do rss "$f"; done | sort -g | tail -n1)
        PERSON_LINES="$PERSON_LINES| \`$cmd\` of $n new rows (s) / .import | $W / $WR = **$(ratio "$W" "$WR")** | $C / $CR = $(ratio "$C" "$CR") | ≤ 2 (peak RSS $R KiB) |
"
    done
fi
if [ "${IMPORT_ONLY:-0}" = 1 ]; then import_report; printf %s "$PERSON_LINES"; exit 0; fi

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

import_report
printf %s "$PERSON_LINES"
echo
cat <<REPORT
| figure | custctl | sqlite3 | ratio | target |
|---|---|---|---|---|
| one contact add, as a process (s) | $ADD | $ADD_REF (INSERT) | $(ratio "$ADD" "$ADD_REF") | ≤ 2 |
| contact list --person (person $PID) --format json (s) | $LIST1 | $LIST1_REF (-json) | $(ratio "$LIST1" "$LIST1_REF") | ≤ 2 |
| contact list --format ndjson, all rows (s) | $ALL | $ALL_REF (-json) | $(ratio "$ALL" "$ALL_REF") | ≤ 1 |
REPORT
