#!/usr/bin/env bash
# Build-level measurement: packs the toolkit, generates a tracking codebase, builds it with the package and
# -p:ReportAnalyzer=true, and reports our analyzers' time beside the SDK's NetAnalyzers in the same build; then
# rebuilds with no change and checks that no document generation ran and no document was touched.
# Usage: tests/TrackLayer.ControlsAsCode.Benchmarks/measure-build.sh [files=500] [seed=42]
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-500}
seed=${2:-42}
version=0.0.0-perf

work=$(mktemp -d /tmp/tlc-measure-XXXXXX)
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages" MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== pack TrackLayer.ControlsAsCode $version"
dotnet pack src/TrackLayer.ControlsAsCode -c Release -o "$work/feed" -p:PackageVersion=$version -nodeReuse:false >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; exit 1; }

echo "== generate $files files (seed $seed)"
dotnet run -c Release --project tests/TrackLayer.ControlsAsCode.CodebaseGenerator -- "$work/app" \
  --files "$files" --seed "$seed" --package-source "$work/feed" --package-version $version

cd "$work/app"
dotnet restore -nodeReuse:false >"$work/restore.log" 2>&1 || { cat "$work/restore.log"; exit 1; }

echo "== build with ReportAnalyzer"
start=$(date +%s%N)
dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d >"$work/build.log" 2>&1 \
  || { tail -50 "$work/build.log"; exit 1; }
wall=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')

# Per-assembly lines of the analyzer report: "   0.255   14   TrackLayer.ControlsAsCode.Analyzers, Version=...".
seconds_of() { grep -E "^\s+[<0-9.]+\s+[<0-9]+\s+$1, Version=" "$work/build.log" | awk '{ v=$1; sub("<","",v); s+=v } END { printf "%.3f", s+0 }'; }
ours=$(seconds_of 'TrackLayer\.ControlsAsCode\.Analyzers')
net=$(seconds_of 'Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers')
total=$(grep -m1 -oE 'Total analyzer execution time: [0-9.]+' "$work/build.log" | grep -oE '[0-9.]+$')
warnings=$(grep -oE 'warning TLC[0-9]+' "$work/build.log" | sort | uniq -c | tr -s ' ' | paste -sd, -)
written=$(grep -c 'Statement of Applicability written to' "$work/build.log" || true)

echo "== rebuild with no change"
soa=bin/Debug/net10.0/compliance/StatementOfApplicability.md
before=$(date -r "$soa" +%s%N)
dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false -v:d >"$work/rebuild.log" 2>&1 \
  || { tail -50 "$work/rebuild.log"; exit 1; }
after=$(date -r "$soa" +%s%N)
skipped=$(grep -c 'Skipping target "TrackLayerGenerateComplianceDocuments" because all output files are up-to-date' "$work/rebuild.log" || true)
ran=$(grep -c 'Statement of Applicability written to' "$work/rebuild.log" || true)

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), dotnet $(dotnet --version)"
echo "Codebase: $files generated files (seed $seed)"
echo "Build wall time: ${wall}s; total analyzer time: ${total}s"
echo "TrackLayer analyzers: ${ours}s; SDK NetAnalyzers: ${net}s; ratio: $(awk -v a="$ours" -v b="$net" 'BEGIN { printf "%.3f", a / b }')x (budget 0.1x)"
echo "Diagnostics (each is listed twice in a build log: where raised and in the summary): ${warnings:-none}; documents written: $written"
echo "Our analyzers, one by one:"
grep -A40 -E "^\s+[<0-9.]+\s+[<0-9]+\s+TrackLayer\.ControlsAsCode\.Analyzers, Version=" "$work/build.log" | tail -n +2 \
  | awk '/, Version=/ { exit } { print "  " $0 }'
cp "$work/build.log" "${TLC_MEASURE_LOG:-/dev/null}" 2>/dev/null || true
echo "No-change rebuild: generation target skipped: $skipped, generation ran: $ran, SoA timestamp unchanged: $([ "$before" = "$after" ] && echo yes || echo no)"
