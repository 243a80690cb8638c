#!/usr/bin/env bash
# The whole test suite on a fresh machine with the .NET SDK and Node.js: installs what the tests need, then runs them.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages for the browser tests (Chromium), the spreadsheet check (LibreOffice) and the Nu HTML Checker (Java),
# only when missing.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Azurite, axe-core and the Nu HTML Checker, exactly as locked.
npm ci --no-audit --no-fund --loglevel=error

dotnet restore IpsMonitor.sln --verbosity quiet
dotnet build IpsMonitor.sln --no-restore --configuration Release --verbosity quiet -nologo

results="$(pwd)/TestResults"
rm -rf "$results"
status=0
dotnet test IpsMonitor.sln --no-build --configuration Release --logger "trx;LogFileName=results.trx" --results-directory "$results" || status=$?

# The plain summary line, read from the test results so it shows that tests really ran.
trx="$results/results.trx"
if [ -f "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  failed=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  echo "$passed passed, $failed failed"
else
  echo "0 passed, 0 failed"
  status=1
fi
exit $status
