#!/usr/bin/env bash
# Measures how fast target/jeugdregie.jar starts: a first start on an empty data directory and a
# restart on the data it left, each until the "Started Jeugdregie in X seconds" line and until the
# login page answers HTTP 200, with the CPU time the JVM used until the Started line (a figure that
# depends less on what else the machine is doing). Each run is stopped with SIGTERM and checked for a
# clean shutdown.
#
#   scripts/opstarttijd.sh                 # builds the jar when sources are newer, then measures
#   RONDES=3 scripts/opstarttijd.sh        # three restarts instead of one
#   JAVA_OPTS='-XX:TieredStopAtLevel=1' scripts/opstarttijd.sh
#   JAR=/elders/jeugdregie.jar scripts/opstarttijd.sh
#   CDS=1 scripts/opstarttijd.sh           # with Class Data Sharing (Java 17 and newer), see below
#
# CDS=1 first extracts the jar to target/cds and records the classes a start loads in
# target/cds/jeugdregie.jsa (a training run that stops once the context is refreshed, on a scratch data
# directory); the measured starts then run target/cds/jeugdregie.jar with -XX:SharedArchiveFile.
# Logs and the data directory stay in a temporary directory whose name is printed at the end.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-target/jeugdregie.jar}
RONDES=${RONDES:-1}
POORT=${POORT:-18080}
JAVA=${JAVA:-java}
# Word splitting of JAVA_OPTS is intended: it holds several options.
read -r -a JAVA_OPTIES <<<"${JAVA_OPTS:-}"

if [[ $JAR == target/jeugdregie.jar ]] \
    && { [[ ! -f $JAR ]] || [[ -n $(find src pom.xml -newer "$JAR" -type f -print -quit) ]]; }; then
    echo "jar bouwen: ./mvnw -q -B package -DskipTests"
    ./mvnw -q -B package -DskipTests
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$POORT") 2>/dev/null; then
    echo "poort $POORT is bezet; kies een andere met POORT=..." >&2
    exit 1
fi

WERK=$(mktemp -d "${TMPDIR:-/tmp}/opstarttijd.XXXXXX")

if [[ ${CDS:-0} == 1 ]]; then
    echo "CDS-archief maken in target/cds"
    rm -rf target/cds
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination target/cds >/dev/null
    "$JAVA" -XX:ArchiveClassesAtExit=target/cds/jeugdregie.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Dspring.context.exit=onRefresh -jar target/cds/jeugdregie.jar \
        --server.port=0 --jeugdregie.embedded-db.data-dir="$WERK/training" \
        --jeugdregie.embedded-db.clean-on-start=true >"$WERK/cds-training.log" 2>&1
    JAR=target/cds/jeugdregie.jar
    JAVA_OPTIES+=(-XX:SharedArchiveFile=target/cds/jeugdregie.jsa -Xlog:cds=off)
fi
PID=
trap '[[ -n $PID ]] && kill "$PID" 2>/dev/null; true' EXIT

now_ms() { date +%s%3N; }

# CPU seconds (user + system) the process has used so far.
cpu_s() { awk -v tik="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tik }' "/proc/$1/stat"; }

# One start: prints "<seconds in the Started line> <ms until HTTP 200> <CPU s> <clean|errors>".
meet() {
    local log=$1 begin started="-" http="-" cpu="-"
    begin=$(now_ms)
    "$JAVA" "${JAVA_OPTIES[@]}" -jar "$JAR" \
        --server.port="$POORT" \
        --jeugdregie.embedded-db.data-dir="$WERK/postgres" >"$log" 2>&1 &
    PID=$!
    for _ in $(seq 1 1200); do
        if ! kill -0 "$PID" 2>/dev/null; then
            echo "de applicatie stopte tijdens het starten; zie $log" >&2
            exit 1
        fi
        if [[ $http == - ]] \
            && [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$POORT/inloggen") == 200 ]]; then
            http=$(($(now_ms) - begin))
        fi
        if [[ $started == - ]]; then
            started=$(sed -n 's/.*Started Jeugdregie in \([0-9.]*\) seconds.*/\1/p' "$log")
            started=${started:--}
            if [[ $started != - ]]; then
                cpu=$(cpu_s "$PID")
            fi
        fi
        if [[ $http != - && $started != - ]]; then
            break
        fi
        sleep 0.1
    done
    local regels
    regels=$(wc -l <"$log")
    kill -TERM "$PID"
    wait "$PID" || true
    PID=
    # Everything logged after the SIGTERM must be free of errors and stack traces (a late warning of the
    # start itself, such as springdoc's, does not count).
    local afsluiten=schoon
    if tail -n +"$((regels + 1))" "$log" | grep -qE 'ERROR|Exception|^\s+at '; then
        afsluiten="fouten (zie $log)"
    fi
    echo "$started $http $cpu $afsluiten"
}

printf '%-12s %18s %13s %9s  %s\n' run "Started-regel (s)" "HTTP 200 (s)" "CPU (s)" afsluiten
toon() {
    local naam=$1 started http cpu afsluiten
    read -r started http cpu afsluiten <<<"$2"
    printf '%-12s %18s %13s %9s  %s\n' "$naam" "$started" "$(awk "BEGIN { printf \"%.1f\", $http / 1000 }")" "$cpu" "$afsluiten"
}
toon "eerste start" "$(meet "$WERK/eerste-start.log")"
for ronde in $(seq 1 "$RONDES"); do
    toon "herstart $ronde" "$(meet "$WERK/herstart-$ronde.log")"
done
echo "logs: $WERK ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
