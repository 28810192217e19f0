#!/bin/sh
# Runs the collector's test suite against a throwaway PostgreSQL cluster on a free local port.
# Installs Debian's postgresql when it is missing (needs root and the Debian archive).
# Usage: sh scripts/pg-test.sh   (from packages/collector; also `npm run test:pg`)
set -eu
cd "$(dirname "$0")/.."

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "Installing PostgreSQL (apt-get install -y postgresql)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# A free port: ask the kernel for one.
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
dir=$(mktemp -d /tmp/netweave-pg-XXXXXX)
chmod 755 "$dir"
run_as_pg() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
[ "$(id -u)" = "0" ] && chown postgres "$dir"

cleanup() {
  run_as_pg "'$bindir/pg_ctl' -D '$dir/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

run_as_pg "'$bindir/initdb' -D '$dir/data' -U netweave --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
run_as_pg "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=on\" start" >/dev/null
run_as_pg "'$bindir/createdb' -h 127.0.0.1 -p $port -U netweave netweave_test"

started=$(date +%s)
NETWEAVE_TEST_DB="postgres://netweave@127.0.0.1:$port/netweave_test" node --import tsx --test --test-reporter=tap --test-concurrency=1 test/*.test.ts
echo "PostgreSQL suite took $(( $(date +%s) - started )) s (cluster set-up not included)."
