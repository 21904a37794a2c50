#!/usr/bin/env bash
# MentorHub's whole test suite: unit and HTTP integration tests on SQLite, the same integration
# tests on PostgreSQL, architecture tests and browser tests. Installs PostgreSQL and Chromium from
# Debian's packages when it can (root); otherwise says which suites it skipped and why.
# Ends with one line "N passed, N failed, N skipped" and exits non-zero on any failure or when no test ran.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
logs=artifacts/test-logs
mkdir -p "$logs"
skipped_suites=()
note() { printf '==> %s\n' "$*"; }

have_pkg() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

install_packages() {
  local missing=()
  for p in "$@"; do have_pkg "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    return 1
  fi
  note "installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  dpkg --configure -a >/dev/null 2>&1 || true
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq "${missing[@]}" >"$logs/apt.log" 2>&1
}

# --- PostgreSQL ------------------------------------------------------------------------------
pg_ok=0
PG_CONN="${MENTORHUB_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}"
if [ -n "${MENTORHUB_TEST_POSTGRES:-}" ]; then
  pg_ok=1
elif install_packages postgresql; then
  ver=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
  if [ -n "$ver" ]; then
    pg_lsclusters -h 2>/dev/null | grep -q "^$ver main" || pg_createcluster "$ver" main >/dev/null 2>&1
    if ! pg_lsclusters -h | grep -q "^$ver main .* online"; then
      pg_ctlcluster "$ver" main start -- -o "-c listen_addresses=127.0.0.1" >"$logs/postgres.log" 2>&1 || true
    fi
    for _ in $(seq 1 30); do
      su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
      sleep 1
    done
    if su postgres -c "psql -qAtc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null 2>&1; then
      pg_ok=1
    fi
  fi
fi
[ $pg_ok -eq 1 ] || skipped_suites+=("PostgreSQL integration tests: PostgreSQL is not installed and cannot be installed here (needs root and apt-get), and MENTORHUB_TEST_POSTGRES is not set")

# --- Chromium --------------------------------------------------------------------------------
chromium_ok=0
if [ -x "${MENTORHUB_CHROMIUM:-/usr/bin/chromium}" ] || install_packages chromium fonts-dejavu-core; then
  [ -x "${MENTORHUB_CHROMIUM:-/usr/bin/chromium}" ] && chromium_ok=1
fi
[ $chromium_ok -eq 1 ] || skipped_suites+=("browser tests: Chromium is not installed and cannot be installed here (needs root and apt-get)")

# --- Build once ------------------------------------------------------------------------------
note "building"
dotnet tool restore >/dev/null
if ! dotnet build MentorHub.slnx -c Debug -v q -nologo >"$logs/build.log" 2>&1; then
  tail -40 "$logs/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0; failed=0; skipped=0; runs_failed=0
rm -f "$logs/server-errors.log"
run_suite() {
  local name=$1; shift
  note "$name"
  local log="$logs/$(echo "$name" | tr ' /' '__').log"
  "$@" >"$log" 2>&1
  local code=$?
  local line
  line=$(grep -E '^(Passed|Failed)!' "$log" | tail -1)
  if [ -z "$line" ]; then
    tail -60 "$log"
    echo "    $name: no test summary (exit $code)"
    runs_failed=$((runs_failed + 1))
    return
  fi
  local p f s
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")
  f=$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$line")
  s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  echo "    $line"
  if [ "$f" -gt 0 ] || [ $code -ne 0 ]; then
    grep -E '^\s+Failed |Error Message' -A3 "$log" | head -80
    [ "$f" -gt 0 ] || runs_failed=$((runs_failed + 1))
  fi
}

run_suite "unit and integration tests (SQLite)" \
  dotnet test tests/MentorHub.Tests --no-build --nologo
if [ $pg_ok -eq 1 ]; then
  MENTORHUB_TEST_PROVIDER=Postgres MENTORHUB_TEST_POSTGRES="$PG_CONN" run_suite "integration tests (PostgreSQL)" \
    dotnet test tests/MentorHub.Tests --no-build --nologo --filter "Category=Integration"
fi
if [ -d tests/MentorHub.ArchitectureTests ]; then
  run_suite "architecture tests" dotnet test tests/MentorHub.ArchitectureTests --no-build --nologo
fi
if [ -d tests/MentorHub.BrowserTests ]; then
  if [ $chromium_ok -eq 1 ]; then
    run_suite "browser tests" dotnet test tests/MentorHub.BrowserTests --no-build --nologo
  fi
fi

# The kill test: submissions under load while the server is killed with SIGKILL and restarted;
# every acknowledged submission must be stored and counted exactly once. One check per provider.
run_check() {
  local name=$1; shift
  note "$name"
  local log="$logs/$(echo "$name" | tr ' /()' '____').log"
  if timeout 300 "$@" >"$log" 2>&1; then
    passed=$((passed + 1)); echo "    passed: $(tail -1 "$log")"
  else
    failed=$((failed + 1)); tail -20 "$log"; echo "    FAILED: $name"
  fi
}
bench_dll=bench/MentorHub.Bench/bin/Debug/net10.0/MentorHub.Bench.dll
web_dll=src/MentorHub.Web/bin/Debug/net10.0/MentorHub.Web.dll
run_check "kill test (SQLite)" dotnet "$bench_dll" --kill-test --server "$web_dll" --provider Sqlite --kills 3
if [ $pg_ok -eq 1 ]; then
  run_check "kill test (PostgreSQL)" dotnet "$bench_dll" --kill-test --server "$web_dll" --provider Postgres \
    --connection "$PG_CONN;Database=mentorhub_killtest;Maximum Pool Size=32" --kills 3 --fresh-database
fi

for s in "${skipped_suites[@]}"; do echo "skipped: $s"; done
if [ -f "$logs/server-errors.log" ]; then
  echo "server errors logged during the tests: $(grep -c 'Unhandled exception on' "$logs/server-errors.log") unhandled (500), see $logs/server-errors.log"
fi
echo "logs: $logs; screenshots: artifacts/screenshots"
failed=$((failed + runs_failed))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
