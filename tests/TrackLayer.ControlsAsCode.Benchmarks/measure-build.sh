#!/usr/bin/env bash
# Build-level measurement: packs the toolkit, generates a tracking codebase twice (with planted violations, and the
# same codebase with none: every personal member classified, every export to a declared host), builds each with the
# package, the build-level floor analyzer (an analyzer registering the callbacks ours register, doing nothing) and
# -p:ReportAnalyzer=true, and reports our analyzers' time beside the floor's and the SDK's NetAnalyzers' in the same
# build; then rebuilds with no change and checks that no document generation ran and no document was touched.
# With TLC_MEASURE_COMPILER_RUNS=N it also runs the build's own compiler command N more times on each codebase, with one
# compiler thread (/parallel-: each analyzer's time is its own work) and concurrent (as in a build), and reports medians:
# single builds on a shared machine vary too much to compare two versions of the analyzers. With one thread it also
# runs the command without our analyzer after each run, and reports what our analyzers add to the whole compile
# (wall-clock and CPU of the compiler process, medians of the paired differences). With TLC_MEASURE_SERVER_RUNS=N it
# runs the compiler command N times in a compiler server of its own and reports the steady state (the second half).
# Usage: tests/TrackLayer.ControlsAsCode.Benchmarks/measure-build.sh [files=500] [seed=42]
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
files=${1:-500}
seed=${2:-42}
version=0.0.0-perf

work=$(mktemp -d /tmp/tlc-measure-XXXXXX)
# The compiler server the server runs start (if any) is stopped on the way out too, even when a step fails.
own_server=()
trap '[ ${#own_server[@]} -eq 0 ] || "${own_server[@]}" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The generated projects restore into a package folder of their own (the package packed here is never cached beside
# real ones); the repository's projects restore as usual, so their obj folders do not point into $work once it is gone.
app_packages="$work/packages"

echo "== build the floor analyzer and check its callbacks match ours"
dotnet build tests/TrackLayer.ControlsAsCode.Benchmarks -c Release -nodeReuse:false >"$work/bench-build.log" 2>&1 \
  || { tail -30 "$work/bench-build.log"; exit 1; }
dotnet run -c Release --no-build --project tests/TrackLayer.ControlsAsCode.Benchmarks -- --check-floor-shape
floor_dll="$repo/tests/TrackLayer.ControlsAsCode.Benchmarks.Floor/bin/Release/netstandard2.0/TrackLayer.ControlsAsCode.Benchmarks.Floor.dll"

echo "== pack TrackLayer.ControlsAsCode $version"
dotnet pack src/TrackLayer.ControlsAsCode -c Release -o "$work/feed" -p:PackageVersion=$version -nodeReuse:false >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; exit 1; }

# Per-assembly lines of the analyzer report: "   0.255   14   TrackLayer.ControlsAsCode.Analyzers, Version=...".
seconds_of() { grep -E "^\s+[<0-9.]+\s+[<0-9]+\s+$2, Version=" "$1" | awk '{ v=$1; sub("<","",v); s+=v } END { printf "%.3f", s+0 }'; }
# The task's line of MSBuild's performance summary: "      583 ms  GenerateComplianceDocuments   1 calls".
task_ms() { { grep -E '^\s+[0-9]+ ms\s+GenerateComplianceDocuments\s' "$1" || true; } | awk '{ print $1 }' | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'; }
# timed <folder> <output log> <command...>: runs the command in the folder; prints "wall cpu" in seconds (the compiler
# process's user and system time, from bash's own timer: no external time command needed).
timed() {
  local folder=$1 log=$2 t LC_NUMERIC=C
  shift 2
  t=$( { TIMEFORMAT='%R %U %S'; time (cd "$folder" && "$@" >"$log" 2>&1 || true); } 2>&1 )
  awk -v t="$t" 'BEGIN { split(t, p, " "); printf "%.2f %.2f", p[1], p[2] + p[3] }'
}

# compiler_command <build log (-v:d)> <label>: sets csc and rsp to the build's compiler and its command line (from the
# log), writing its outputs aside so the build's obj folder is untouched, and writes "$rsp.without", the same command
# without our analyzer (its code fixes stay: the compiler only loads them). Fails when the log has no command line.
compiler_command() {
  local line
  line=$(grep -m1 -E '/csc(\.exe)? .*/reportanalyzer' "$1" | sed -E 's/^[[:space:]]+//' || true)
  [ -n "$line" ] || { results+=("  (no compiler command line in the log: compiler runs skipped)"); return 1; }
  csc=$(echo "$line" | awk '{ print $1 }')
  rsp="$work/csc-$2.rsp"
  echo "$line" | cut -d' ' -f2- | sed -E "s#/out:[^ ]+#/out:$work/csc-out.dll#; s#/refout:[^ ]+#/refout:$work/csc-ref.dll#" >"$rsp"
  sed -E 's#/analyzer:[^ ]*TrackLayer\.ControlsAsCode\.Analyzers\.dll##g' "$rsp" >"$rsp.without"
}

# compiler_runs <app>: reruns the compiler command (csc, rsp: see compiler_command) and reports medians.
compiler_runs() {
  local runs=${TLC_MEASURE_COMPILER_RUNS:-0} mode out ours net
  [ "$runs" -gt 0 ] || return 0
  for mode in "/parallel-" ""; do
    local o=() n=() r=() wall=() wall0=() cpu=() cpu0=() dwall=() dcpu=() with without
    for _ in $(seq "$runs"); do
      out="$work/csc-run.log"
      with=$(timed "$1" "$out" "$csc" $mode "@$rsp")
      ours=$(seconds_of "$out" 'TrackLayer\.ControlsAsCode\.Analyzers')
      net=$(seconds_of "$out" 'Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers')
      o+=("$ours"); n+=("$net"); r+=("$(ratio "$ours" "$net")")
      if [ -n "$mode" ]; then
        without=$(timed "$1" "$work/csc-run-without.log" "$csc" $mode "@$rsp.without")
        wall+=("${with% *}"); cpu+=("${with#* }"); wall0+=("${without% *}"); cpu0+=("${without#* }")
        dwall+=("$(awk -v a="${with% *}" -v b="${without% *}" 'BEGIN { printf "%.2f", a - b }')")
        dcpu+=("$(awk -v a="${with#* }" -v b="${without#* }" 'BEGIN { printf "%.2f", a - b }')")
      fi
    done
    results+=("  compiler alone, $runs runs, $([ -n "$mode" ] && echo "one thread (/parallel-)" || echo "concurrent"): medians TrackLayer $(printf '%s\n' "${o[@]}" | median)s, NetAnalyzers $(printf '%s\n' "${n[@]}" | median)s, ratio $(printf '%s\n' "${r[@]}" | median)x")
    if [ -n "$mode" ]; then
      results+=("  whole compile with and without our analyzer, $runs runs each alternating, one thread: wall $(printf '%s\n' "${wall[@]}" | median)s vs $(printf '%s\n' "${wall0[@]}" | median)s, CPU $(printf '%s\n' "${cpu[@]}" | median)s vs $(printf '%s\n' "${cpu0[@]}" | median)s (medians); what ours adds, median of the pairs: $(printf '%s\n' "${dwall[@]}" | median)s wall, $(printf '%s\n' "${dcpu[@]}" | median)s CPU")
    fi
  done
}

# server_runs <app> <label>: with TLC_MEASURE_SERVER_RUNS=N, runs the build's compiler command N times
# in a compiler server of its own (a pipe name no build uses), one compiler thread, and reports the first compile and the
# medians of the second half, once the server has compiled our code and NetAnalyzers' hot code (tiered JIT). This is
# what a developer's repeated `dotnet build` in one server settles to; the fifth build above is still on its way there.
server_runs() {
  local runs=${TLC_MEASURE_SERVER_RUNS:-0} out ours net i pipe="tlc-measure-$$-$2" o=() n=() r=() first=""
  [ "$runs" -gt 1 ] || return 0
  own_server=("$(dirname "$csc")/VBCSCompiler" "-pipename:$pipe" -shutdown)
  for i in $(seq "$runs"); do
    out="$work/csc-server.log"
    (cd "$1" && "$csc" "/shared:$pipe" /parallel- "@$rsp" >"$out" 2>&1) || true
    grep -q 'Total analyzer execution time' "$out" || { tail -20 "$out"; echo "the compile in the compiler server failed"; exit 1; }
    ours=$(seconds_of "$out" 'TrackLayer\.ControlsAsCode\.Analyzers')
    net=$(seconds_of "$out" 'Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers')
    [ "$i" -gt 1 ] || first="${ours}s vs ${net}s, $(ratio "$ours" "$net")x"
    # The compiler falls back to compiling in its own process when it cannot reach a server: every compile would be cold.
    pgrep -f -- "-pipename:$pipe" >/dev/null || { echo "no compiler server runs on pipe $pipe: the compiles were not in a server"; exit 1; }
    if [ "$i" -gt $((runs / 2)) ]; then o+=("$ours"); n+=("$net"); r+=("$(ratio "$ours" "$net")"); fi
  done
  # The server is this script's own: stop it, so nothing it loaded outlives the measurement.
  "${own_server[@]}" >/dev/null 2>&1 || true
  own_server=()
  results+=("  compiler server of its own, $runs compiles, one thread: first ${first}; compiles $((runs / 2 + 1))-$runs: medians TrackLayer $(printf '%s\n' "${o[@]}" | median)s, NetAnalyzers $(printf '%s\n' "${n[@]}" | median)s, ratio $(printf '%s\n' "${r[@]}" | median)x (range $(printf '%s\n' "${r[@]}" | sort -n | head -1)x-$(printf '%s\n' "${r[@]}" | sort -n | tail -1)x)")
}

# report <log> <label>: our analyzers', the floor's and the SDK NetAnalyzers' time in one build.
report() {
  local ours net floor total
  ours=$(seconds_of "$1" 'TrackLayer\.ControlsAsCode\.Analyzers')
  net=$(seconds_of "$1" 'Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers')
  floor=$(seconds_of "$1" 'TrackLayer\.ControlsAsCode\.Benchmarks\.Floor')
  total=$(grep -m1 -oE 'Total analyzer execution time: [0-9.]+' "$1" | grep -oE '[0-9.]+$')
  results+=("  $2: all analyzers ${total}s; TrackLayer ${ours}s, floor ${floor}s, SDK NetAnalyzers ${net}s; TrackLayer / NetAnalyzers $(ratio "$ours" "$net")x (budget 0.1x)")
}

# measure <violations: planted|none>: generates, builds with ReportAnalyzer, prints the figures.
measure() {
  local violations=$1 app="$work/app-$1" log="$work/build-$1.log"
  echo "== generate $files files (seed $seed, violations: $violations)"
  dotnet run -c Release --project tests/TrackLayer.ControlsAsCode.CodebaseGenerator -- "$app" \
    --files "$files" --seed "$seed" --violations "$violations" --package-source "$work/feed" --package-version $version
  cat >"$app/Directory.Build.props" <<EOF
<Project>
  <ItemGroup><Analyzer Include="$floor_dll" /></ItemGroup>
</Project>
EOF
  (cd "$app" && NUGET_PACKAGES="$app_packages" dotnet restore -nodeReuse:false >"$work/restore-$violations.log" 2>&1) || { cat "$work/restore-$violations.log"; exit 1; }

  echo "== build with ReportAnalyzer: a cold compiler process, then the compiler server (after $warm_builds builds in it)"
  local start wall
  start=$(date +%s%N)
  (cd "$app" && NUGET_PACKAGES="$app_packages" dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary >"$log" 2>&1) \
    || { tail -50 "$log"; exit 1; }
  wall=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  # A realistic codebase compiles clean: thousands of compiler warnings would make the figures the build's logging.
  local compiler_warnings
  compiler_warnings=$(grep -cE 'warning CS[0-9]+' "$log" || true)
  [ "$compiler_warnings" -eq 0 ] || { grep -m3 -E 'warning CS[0-9]+' "$log"; echo "the generated codebase has $compiler_warnings compiler warnings"; exit 1; }
  # The compiler server, as `dotnet build` uses it by default. Named explicitly: a machine (this project's among them)
  # may set UseSharedCompilation=false in the environment, and then every "warm" build would be a new compiler process.
  # Its first builds compile our code and NetAnalyzers' hot code anew (tiered JIT), so several builds come first.
  dotnet build-server shutdown >/dev/null 2>&1 || true
  local i
  for i in $(seq "$warm_builds"); do
    (cd "$app" && NUGET_PACKAGES="$app_packages" dotnet build --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=true -p:ReportAnalyzer=true -v:d >"$work/warm-up-$violations-$i.log" 2>&1) \
      || { tail -50 "$work/warm-up-$violations-$i.log"; exit 1; }
    results_warm_up+=("$(seconds_of "$work/warm-up-$violations-$i.log" 'TrackLayer\.ControlsAsCode\.Analyzers')/$(seconds_of "$work/warm-up-$violations-$i.log" 'Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers')")
  done
  (cd "$app" && NUGET_PACKAGES="$app_packages" dotnet build --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=true -p:ReportAnalyzer=true -v:d >"$work/warm-$violations.log" 2>&1) \
    || { tail -50 "$work/warm-$violations.log"; exit 1; }
  grep -q 'server processed compilation' "$work/warm-$violations.log" || { echo "the warm build did not use the compiler server"; exit 1; }
  results+=("Violations $violations: diagnostics: $(grep -oE 'warning TLC[0-9]+' "$log" | sort | uniq -c | awk '{ printf "%s%d %s", (n++ ? ", " : ""), $1 / 2, $3 }')")
  report "$log" "cold compiler process (build ${wall}s)"
  results+=("  document generation in that build (first build, all 16 documents written): $(task_ms "$log") ms")
  report "$work/warm-$violations.log" "compiler server, after $warm_builds builds in it"
  results+=("    (TrackLayer/NetAnalyzers seconds in those builds: ${results_warm_up[*]})")
  results_warm_up=()
  # Both reruns take the build's compiler command, read from its log once.
  local csc rsp
  if [ "${TLC_MEASURE_COMPILER_RUNS:-0}" -gt 0 ] || [ "${TLC_MEASURE_SERVER_RUNS:-0}" -gt 1 ]; then
    if compiler_command "$log" "$violations"; then
      compiler_runs "$app"
      server_runs "$app" "$violations"
    fi
  fi
  results+=("  our analyzers one by one, cold:")
  while IFS= read -r line; do results+=("  $line"); done < <(grep -A40 -E "^\s+[<0-9.]+\s+[<0-9]+\s+TrackLayer\.ControlsAsCode\.Analyzers, Version=" "$log" \
    | tail -n +2 | awk '/, Version=/ || NF == 0 { exit } { print }' | head -8)
}

results=()
results_warm_up=()
warm_builds=${TLC_MEASURE_WARM_BUILDS:-4}
measure planted
measure none

echo "== rebuild the planted codebase with no change"
app="$work/app-planted"
soa="$app/bin/Debug/net10.0/compliance/StatementOfApplicability.md"
written=$(grep -c 'Statement of Applicability written to' "$work/build-planted.log" || true)
before=$(date -r "$soa" +%s%N)
(cd "$app" && NUGET_PACKAGES="$app_packages" dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false -v:d -clp:PerformanceSummary >"$work/rebuild.log" 2>&1) \
  || { tail -50 "$work/rebuild.log"; exit 1; }
after=$(date -r "$soa" +%s%N)
skipped=$(grep -c 'Skipping target "TrackLayerGenerateComplianceDocuments" because all output files are up-to-date' "$work/rebuild.log" || true)
ran=$(grep -c 'Statement of Applicability written to' "$work/rebuild.log" || true)
task_ran=$(task_ms "$work/rebuild.log")

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), dotnet $(dotnet --version)"
echo "Codebase: $files generated files (seed $seed); times are the compiler's ReportAnalyzer figures, one build each"
echo "(ReportAnalyzer times the work inside callbacks, so the empty floor costs next to nothing here: the floor budget,"
echo " which counts the driver's cost of visiting the code, is measured with BenchmarkDotNet.)"
printf '%s\n' "${results[@]}"
echo "First build wrote the documents: $written; no-change rebuild: generation target skipped: $skipped, generation ran: $ran (task time: ${task_ran:-none}), SoA timestamp unchanged: $([ "$before" = "$after" ] && echo yes || echo no)"
cp "$work/build-planted.log" "${TLC_MEASURE_LOG:-/dev/null}" 2>/dev/null || true
dotnet build-server shutdown >/dev/null 2>&1 || true
