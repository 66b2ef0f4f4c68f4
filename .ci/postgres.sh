# Sourced by .ci/run: start a throwaway PostgreSQL cluster on loopback for the test suite and
# export DEFCOOP_TEST_DB; the cluster and its folder are removed when the calling shell exits.
# Debian's `postgresql` is installed first when missing (as root). Without it, the PostgreSQL
# variants of the tests skip with the reason.

start_test_postgres() {
  if [ -n "${DEFCOOP_TEST_DB:-}" ]; then
    echo "PostgreSQL for the tests: DEFCOOP_TEST_DB as given" >&2
    return 0
  fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] && [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  if [ -z "$bin" ]; then
    echo "warning: PostgreSQL is not installed and this is not root; the PostgreSQL tests will be skipped" >&2
    return 0
  fi
  PG_TEST_DIR=$(mktemp -d /tmp/defcoop-pg.XXXXXX)
  local as_owner=()
  if [ "$(id -u)" = 0 ]; then  # PostgreSQL refuses to run as root: the cluster belongs to `postgres`
    chown postgres: "$PG_TEST_DIR"
    as_owner=(runuser -u postgres --)
  fi
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  PG_TEST_BIN=$bin
  PG_TEST_OWNER=("${as_owner[@]}")
  trap stop_test_postgres EXIT
  if ! "${as_owner[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
       >"$PG_TEST_DIR/initdb.log" 2>&1; then
    echo "warning: initdb failed; the PostgreSQL tests will be skipped:" >&2
    tail -n 5 "$PG_TEST_DIR/initdb.log" >&2
    return 0
  fi
  # Throwaway data: durability off for speed; loopback only, the socket inside the temporary folder.
  if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w start -o \
       "-p $port -c listen_addresses=127.0.0.1 -k $PG_TEST_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
    echo "warning: PostgreSQL did not start; the PostgreSQL tests will be skipped:" >&2
    tail -n 5 "$PG_TEST_DIR/log" >&2
    return 0
  fi
  export DEFCOOP_TEST_DB="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL for the tests: $DEFCOOP_TEST_DB" >&2
}

stop_test_postgres() {
  if [ -n "${PG_TEST_DIR:-}" ]; then
    "${PG_TEST_OWNER[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}
