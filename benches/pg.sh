#!/usr/bin/env bash
# custctl on PostgreSQL, side by side with psql and with custctl on SQLite in the same run
# (issue 15, engineering.md §6). Prints a markdown table.
#
# usage: benches/pg.sh [CONTACTS] [PERSONS]            defaults: 100000 10000
#   CUSTCTL_BENCH_PG_URL   a server where this may create and drop databases (required;
#                          `.ci/postgres.sh benches/pg.sh` runs one on a throwaway server:
#                          then CUSTCTL_TEST_PG_URL is used)
#   RUNS=N                 runs of each import, alternating; the minimum counts (default 3)
#   ADDS=N                 `contact add` processes per backend (default 50)
#   WRITERS_SECS=S         how long the 8 concurrent writers run per backend (default 10)
#   CUSTCTL_BIN=F, NO_BUILD=1   as benches/run.sh
#
# Needs: cargo, python3, psql, /usr/bin/time.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-100000}
P=${2:-10000}
RUNS=${RUNS:-3}
ADDS=${ADDS:-50}
SECS=${WRITERS_SECS:-10}
ADMIN=${CUSTCTL_BENCH_PG_URL:-${CUSTCTL_TEST_PG_URL:?set CUSTCTL_BENCH_PG_URL to a PostgreSQL server}}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ "${NO_BUILD:-0}" = 1 ] || cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml" --bin custctl
B=${CUSTCTL_BIN:-$ROOT/target/release/custctl}
export CUSTCTL_ACTOR=bench
unset CUSTCTL_NOW

url() { python3 -c "import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path='/'+sys.argv[2])))" "$ADMIN" "$1"; }
sql() { psql -q -X -v ON_ERROR_STOP=1 "$ADMIN" -c "$1" >/dev/null; }
measure() { local out=$1; shift; /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >/dev/null; }
secs() { cut -d' ' -f1 "$1"; }
rss() { cut -d' ' -f2 "$1"; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}' if b>0 else 'n/a')" "$1" "$2"; }
min_of() { sort -g | head -n1; }
now() { date +%s.%N; }

python3 "$ROOT/benches/gen_contacts.py" "$WORK" "$N" "$P"
KEY=$WORK/team.key
TMPL=custctl_bench_tmpl_$$
DBS=("$TMPL")
cleanup_dbs() { for d in "${DBS[@]}"; do psql -q -X "$ADMIN" -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1 || true; done; rm -rf "$WORK"; }
trap cleanup_dbs EXIT

# The template: custctl's schema, the catalog and the persons; and the reference table of
# the same columns and indexes as `contact` for psql's \copy of the same CSV.
sql "CREATE DATABASE $TMPL"
T=$(url "$TMPL")
"$B" --db "$T" --key-file "$KEY" -q init >/dev/null
"$B" --db "$T" --key-file "$KEY" -q catalog contact-class add BILLING --description Billing >/dev/null
for t in QUESTION COMPLAINT PAYMENT; do
    "$B" --db "$T" --key-file "$KEY" -q catalog contact-type add BILLING "$t" --description "$t" >/dev/null
done
"$B" --db "$T" --key-file "$KEY" -q person import "$WORK/persons.csv" >/dev/null
psql -q -X -v ON_ERROR_STOP=1 "$T" >/dev/null <<'EOF'
CREATE TABLE copy_ref (
    external_id text COLLATE "C" NOT NULL, person_external_id text COLLATE "C" NOT NULL,
    class text COLLATE "C" NOT NULL, type text COLLATE "C" NOT NULL, method text COLLATE "C",
    direction text COLLATE "C", contacted_at timestamptz NOT NULL, "user" text COLLATE "C" NOT NULL,
    comment text COLLATE "C", open boolean NOT NULL);
CREATE UNIQUE INDEX copy_ref_external_id ON copy_ref (external_id);
CREATE INDEX copy_ref_by_person ON copy_ref (person_external_id, contacted_at);
CREATE INDEX copy_ref_by_type ON copy_ref (type);
CREATE INDEX copy_ref_by_time ON copy_ref (contacted_at);
EOF

# 1. contact import into a copy of the template against psql \copy into copy_ref of another
#    copy, alternating, minimum of RUNS; and the same import with --exclusive (its database is
#    dropped at once: the disk holds one loaded copy more, not RUNS).
for i in $(seq "$RUNS"); do
    d=custctl_bench_c_$$_$i; r=custctl_bench_r_$$_$i; DBS+=("$d" "$r")
    sql "CREATE DATABASE $d TEMPLATE $TMPL"; sql "CREATE DATABASE $r TEMPLATE $TMPL"
    measure "$WORK/t_import.$i" "$B" --db "$(url "$d")" --key-file "$KEY" -q contact import "$WORK/contacts.csv"
    measure "$WORK/t_copy.$i" psql -q -X -v ON_ERROR_STOP=1 "$(url "$r")" -c "\\copy copy_ref FROM '$WORK/contacts.csv' CSV HEADER"
    x=custctl_bench_x_$$_$i; DBS+=("$x")
    sql "CREATE DATABASE $x TEMPLATE $TMPL"
    measure "$WORK/t_excl.$i" "$B" --db "$(url "$x")" --key-file "$KEY" -q contact import --exclusive "$WORK/contacts.csv"
    sql "DROP DATABASE $x"
done
IMPORT=$(for i in $(seq "$RUNS"); do secs "$WORK/t_import.$i"; done | min_of)
COPY=$(for i in $(seq "$RUNS"); do secs "$WORK/t_copy.$i"; done | min_of)
IMPORT_RSS=$(for i in $(seq "$RUNS"); do rss "$WORK/t_import.$i"; done | sort -g | tail -n1)
EXCL=$(for i in $(seq "$RUNS"); do secs "$WORK/t_excl.$i"; done | min_of)
EXCL_RSS=$(for i in $(seq "$RUNS"); do rss "$WORK/t_excl.$i"; done | sort -g | tail -n1)
LOADED=$(url "custctl_bench_c_$$_1")

# 2. one `contact add` as a process, and `contact list --person`, on PostgreSQL (the loaded
#    database) and on SQLite (a file with the same catalog, persons and contacts).
LITE=$WORK/bench.db
"$B" --db "$LITE" -q init >/dev/null
"$B" --db "$LITE" -q catalog contact-class add BILLING --description Billing >/dev/null
for t in QUESTION COMPLAINT PAYMENT; do
    "$B" --db "$LITE" -q catalog contact-type add BILLING "$t" --description "$t" >/dev/null
done
"$B" --db "$LITE" -q person import "$WORK/persons.csv" >/dev/null
"$B" --db "$LITE" -q contact import "$WORK/contacts.csv" >/dev/null
adds() { # DB [KEYFILE...]: seconds per `contact add` process
    local t0 t1; t0=$(now)
    for _ in $(seq "$ADDS"); do
        "$B" --db "$@" -q contact add --person P0000001 --class BILLING --type QUESTION --method phone >/dev/null
    done
    t1=$(now); python3 -c "print(f'{($t1-$t0)/$ADDS:.4f}')"
}
lists() {
    local t0 t1; t0=$(now)
    for _ in $(seq "$ADDS"); do
        "$B" --db "$@" contact list --person P0000001 --format json >/dev/null
    done
    t1=$(now); python3 -c "print(f'{($t1-$t0)/$ADDS:.4f}')"
}
ADD_PG=$(adds "$LOADED" --key-file "$KEY"); ADD_LITE=$(adds "$LITE")
LIST_PG=$(lists "$LOADED" --key-file "$KEY"); LIST_LITE=$(lists "$LITE")

# 3. eight concurrent writers adding contacts for SECS seconds on each backend: commits per
#    second, and every exit 0 counted against the rows added (none lost).
writers() { # label DB [KEYFILE...]
    local label=$1; shift
    local before after ok=0
    before=$("$B" --db "$@" contact list --format ndjson | wc -l)
    # The clock is bash's own (EPOCHREALTIME, in microseconds): starting a process to read
    # it would cost each writer as much as one of its commits.
    local end=$(( ${EPOCHREALTIME/./} + SECS * 1000000 ))
    for w in $(seq 8); do
        (n=0; while (( ${EPOCHREALTIME/./} < end )); do
            "$B" --db "$@" -q contact add --person "P000000$w" --class BILLING --type PAYMENT >/dev/null && n=$((n+1))
         done; echo "$n" >"$WORK/w_${label}_$w") &
    done
    wait
    for w in $(seq 8); do ok=$((ok + $(cat "$WORK/w_${label}_$w"))); done
    after=$("$B" --db "$@" contact list --format ndjson | wc -l)
    echo "$ok $((after - before))"
}
read -r OK_PG ROWS_PG < <(writers pg "$LOADED" --key-file "$KEY")
read -r OK_LITE ROWS_LITE < <(writers lite "$LITE")

runs() { for i in $(seq "$RUNS"); do secs "$WORK/$1.$i"; done | paste -sd' ' -; }
echo "runs (s): import $(runs t_import); --exclusive $(runs t_excl); psql \\copy $(runs t_copy)"
echo
cat <<EOF
| figure ($N contacts, $P persons; min of $RUNS) | custctl | reference | ratio | target |
|---|---|---|---|---|
| \`contact import\` into PostgreSQL (s) | $IMPORT | $COPY (\`psql \\copy\`, same columns and indexes) | $(ratio "$IMPORT" "$COPY") | ≤ 2 |
| peak memory of that import (KiB) | $IMPORT_RSS | | | < 65536 |
| \`contact import --exclusive\` into PostgreSQL (s) | $EXCL | $COPY | $(ratio "$EXCL" "$COPY") | ≤ 2 |
| peak memory of that import (KiB) | $EXCL_RSS | | | < 65536 |
| one \`contact add\` as a process (s) | $ADD_PG (PostgreSQL) | $ADD_LITE (SQLite) | $(ratio "$ADD_PG" "$ADD_LITE") | |
| \`contact list --person\` as a process (s) | $LIST_PG (PostgreSQL) | $LIST_LITE (SQLite) | $(ratio "$LIST_PG" "$LIST_LITE") | |
| 8 writers for ${SECS} s: commits/s, rows added / commits | $(python3 -c "print(f'{$OK_PG/$SECS:.1f}')") (PostgreSQL), $ROWS_PG / $OK_PG | $(python3 -c "print(f'{$OK_LITE/$SECS:.1f}')") (SQLite), $ROWS_LITE / $OK_LITE | | none lost |
EOF
