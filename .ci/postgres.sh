#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: initdb in a temporary folder, started on a
# free port on 127.0.0.1 with trust authentication and no fsync, stopped (and its folder
# removed) when the shell that started it exits. Exports CUSTCTL_TEST_PG_URL.
#
#   source .ci/postgres.sh            # from .ci/run: the server lives until that shell exits
#   .ci/postgres.sh cargo test --test postgres   # runs one command with a server, then stops it
#
# The server programs come from Debian's postgresql package (/usr/lib/postgresql/N/bin),
# installed with apt-get when missing. As root they run as the `postgres` user (initdb
# refuses root).

custctl_pg_start() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "postgres: initdb not found; installing the postgresql package" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    fi
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "postgres: no initdb under /usr/lib/postgresql/*/bin" >&2
        return 1
    fi
    CUSTCTL_PG_DIR=$(mktemp -d /tmp/custctl-pg.XXXXXX)
    CUSTCTL_PG_BIN=$bin
    local as=()
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$CUSTCTL_PG_DIR"
        as=(runuser -u postgres --)
    fi
    CUSTCTL_PG_AS=("${as[@]}")
    # A free port: the first from 55432 up that nothing answers on.
    local port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    if ! "${as[@]}" "$bin/initdb" -D "$CUSTCTL_PG_DIR/data" -U postgres --auth=trust --no-sync \
        -E UTF8 >"$CUSTCTL_PG_DIR/initdb.log" 2>&1; then
        cat "$CUSTCTL_PG_DIR/initdb.log" >&2
        return 1
    fi
    local hba="$CUSTCTL_PG_DIR/data/pg_hba.conf"
    # TLS for the sslmode tests: a CA and a certificate for "localhost" (not 127.0.0.1), and
    # a role that may connect over TLS only. Skipped (with its tests) without openssl.
    local tls=0
    if command -v openssl >/dev/null 2>&1; then
        local t="$CUSTCTL_PG_DIR/tls"
        mkdir -p "$t"
        if openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
                -days 2 -subj "/CN=custctl test CA" -keyout "$t/ca.key" -out "$t/ca.crt" \
                -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
                >/dev/null 2>&1 \
            && openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
                -subj "/CN=localhost" -keyout "$t/server.key" -out "$t/server.csr" >/dev/null 2>&1 \
            && printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$t/ext" \
            && openssl x509 -req -in "$t/server.csr" -CA "$t/ca.crt" -CAkey "$t/ca.key" -CAcreateserial \
                -days 2 -extfile "$t/ext" -out "$t/server.crt" >/dev/null 2>&1; then
            cp "$t/server.crt" "$t/server.key" "$CUSTCTL_PG_DIR/data/"
            chmod 600 "$CUSTCTL_PG_DIR/data/server.key"
            [ "$(id -u)" = 0 ] && chown postgres: "$CUSTCTL_PG_DIR/data/server.crt" "$CUSTCTL_PG_DIR/data/server.key"
            printf "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n" >>"$CUSTCTL_PG_DIR/data/postgresql.conf"
            { printf 'hostnossl all custctl_tls 0.0.0.0/0 reject\nhostnossl all custctl_tls ::/0 reject\n'; cat "$hba"; } >"$hba.new"
            cat "$hba.new" >"$hba" && rm -f "$hba.new"
            tls=1
        fi
    fi
    # A role that must give a password (scram-sha-256), for the PGPASSWORD and .pgpass tests.
    { printf 'host all custctl_pw 127.0.0.1/32 scram-sha-256\nhost all custctl_pw ::1/128 scram-sha-256\n'; cat "$hba"; } >"$hba.new"
    cat "$hba.new" >"$hba" && rm -f "$hba.new"
    if ! "${as[@]}" "$bin/pg_ctl" -D "$CUSTCTL_PG_DIR/data" -l "$CUSTCTL_PG_DIR/server.log" -w \
        -o "-p $port -k $CUSTCTL_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >/dev/null; then
        cat "$CUSTCTL_PG_DIR/server.log" >&2
        return 1
    fi
    export CUSTCTL_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    local pw
    pw="pw-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    if "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
            -c "CREATE ROLE custctl_pw LOGIN SUPERUSER PASSWORD '$pw'" >/dev/null; then
        export CUSTCTL_TEST_PG_PASSWORD_ROLE="custctl_pw:$pw"
    fi
    if [ "$tls" = 1 ] && "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
            -c "CREATE ROLE custctl_tls LOGIN SUPERUSER" >/dev/null; then
        export CUSTCTL_TEST_PG_TLS_CA="$CUSTCTL_PG_DIR/tls/ca.crt"
    fi
    echo "postgres: $("$bin/postgres" --version) on port $port ($CUSTCTL_PG_DIR)"
}

custctl_pg_stop() {
    if [ -n "${CUSTCTL_PG_DIR:-}" ] && [ -d "$CUSTCTL_PG_DIR/data" ]; then
        ${CUSTCTL_PG_AS[@]+"${CUSTCTL_PG_AS[@]}"} "$CUSTCTL_PG_BIN/pg_ctl" -D "$CUSTCTL_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    if [ -n "${CUSTCTL_PG_DIR:-}" ]; then
        rm -rf "$CUSTCTL_PG_DIR"
    fi
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    # Sourced: start, and stop when the sourcing shell exits.
    trap custctl_pg_stop EXIT
    custctl_pg_start || return 1
else
    set -euo pipefail
    trap custctl_pg_stop EXIT
    custctl_pg_start
    if [ "$#" -gt 0 ]; then
        "$@"
    else
        echo "CUSTCTL_TEST_PG_URL=$CUSTCTL_TEST_PG_URL (the server stops when this script exits)"
    fi
fi
