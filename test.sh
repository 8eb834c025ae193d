#!/usr/bin/env bash
# Runs every test. Installs what NuGet cannot bring (Debian's chromium, poppler-utils, zbar-tools)
# when it is missing and this runs as root; otherwise says what to install. Then dotnet test.
set -euo pipefail
cd "$(dirname "$0")"

needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || needed+=(zbar-tools)
fc-list 2>/dev/null | grep -qi dejavu || needed+=(fonts-dejavu-core)
if [ ${#needed[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${needed[*]} from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
  else
    echo "Missing: ${needed[*]}. Install them (as root: apt-get update && apt-get install ${needed[*]}) and run again." >&2
    exit 1
  fi
fi

dotnet tool restore >/dev/null
dotnet build Claro.sln -c Release --nologo -v quiet
dotnet test Claro.sln -c Release --no-build --nologo -v quiet --logger "console;verbosity=normal" 2>&1 | tee /tmp/claro-test.log | grep -E '^\s*(Passed|Failed|Skipped) [A-Z]|Failed!|Passed!|error' || true
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed:\s+[0-9]+' /tmp/claro-test.log | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed:\s+[0-9]+' /tmp/claro-test.log | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped:\s+[0-9]+' /tmp/claro-test.log | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
