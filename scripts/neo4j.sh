#!/usr/bin/env bash
# Run a local Neo4j Community 5.26 server from Maven Central jars (no Neo4j install needed).
#
#   scripts/neo4j.sh fetch    download the jars once into the cache (needs Maven)
#   scripts/neo4j.sh start    fresh home, minimal neo4j.conf, start, wait for Bolt `RETURN 1`
#   scripts/neo4j.sh stop     SIGTERM and wait for a clean shutdown
#   scripts/neo4j.sh status   exit 0 if the server answers on Bolt
#
# Environment:
#   NEWSGRAPH_CACHE           cache folder (default ~/.cache/newsgraph)
#   NEWSGRAPH_NEO4J_HOME      server home, recreated on each start (default $cache/neo4j/run/home)
#   NEWSGRAPH_NEO4J_PORT      Bolt port on 127.0.0.1 (default 7687)
#   NEWSGRAPH_NEO4J_VERSION   Neo4j version (default 5.26.8; 5.26 is the last line on Java 17)
#   NEWSGRAPH_NEO4J_PASSWORD  if set, auth is on with user neo4j and this password (never echoed)
#   JAVA                      java binary (default: Java 17, else `java` if it is 17 or 21)
#   PYTHON                    Python with the neo4j driver, used for the readiness probe
set -euo pipefail

readonly VERSION="${NEWSGRAPH_NEO4J_VERSION:-5.26.8}"
readonly CACHE="${NEWSGRAPH_CACHE:-$HOME/.cache/newsgraph}"
readonly LIB_DIR="$CACHE/neo4j/lib-$VERSION"
readonly RUN_DIR="$CACHE/neo4j/run"
readonly NEO4J_HOME_DIR="${NEWSGRAPH_NEO4J_HOME:-$RUN_DIR/home}"
readonly PORT="${NEWSGRAPH_NEO4J_PORT:-7687}"
readonly PID_FILE="$RUN_DIR/neo4j-$PORT.pid"
readonly URI="bolt://127.0.0.1:$PORT"
readonly START_TIMEOUT=180
readonly STOP_TIMEOUT=60
readonly SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"

die() { echo "neo4j.sh: $*" >&2; exit 1; }
log() { echo "neo4j.sh: $*" >&2; }

fetch() {
  if [[ -f "$LIB_DIR/neo4j-$VERSION.jar" ]]; then
    log "jars already cached in $LIB_DIR"
    return
  fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to download the Neo4j jars"
  log "downloading org.neo4j:neo4j:$VERSION and its dependencies into $LIB_DIR"
  local tmp="$LIB_DIR.partial"
  rm -rf "$tmp"
  mvn -B -q -f "$SCRIPT_DIR/neo4j/pom.xml" package \
    -Dneo4j.version="$VERSION" -Dneo4j.lib.dir="$tmp"
  rm -rf "$SCRIPT_DIR/neo4j/target"
  mv "$tmp" "$LIB_DIR"
}

java_major() {  # print the major version of the java binary $1
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

pick_java() {
  local candidate
  for candidate in "${JAVA:-}" /usr/lib/jvm/java-17-openjdk-amd64/bin/java "$(command -v java || true)"; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    case "$(java_major "$candidate")" in
      17|21) echo "$candidate"; return ;;
    esac
  done
  die "Neo4j $VERSION needs Java 17 or 21; set JAVA=/path/to/java"
}

is_running() {
  [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

bolt_ready() {  # one `RETURN 1` over Bolt, no retries; the password stays in the environment
  "$PYTHON" - "$URI" <<'EOF' >/dev/null 2>&1
import os, sys
from neo4j import GraphDatabase
password = os.environ.get("NEWSGRAPH_NEO4J_PASSWORD")
auth = ("neo4j", password) if password else None
with GraphDatabase.driver(sys.argv[1], auth=auth) as driver, driver.session() as session:
    session.run("RETURN 1").consume()
EOF
}

write_conf() {
  local auth=false
  [[ -n "${NEWSGRAPH_NEO4J_PASSWORD:-}" ]] && auth=true
  mkdir -p "$NEO4J_HOME_DIR/conf"
  cat >"$NEO4J_HOME_DIR/conf/neo4j.conf" <<EOF
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$PORT
server.bolt.tls_level=DISABLED
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=$auth
dbms.usage_report.enabled=false
server.memory.pagecache.size=256m
server.memory.heap.initial_size=1g
server.memory.heap.max_size=1g
db.tx_log.rotation.retention_policy=100M size
EOF
}

set_initial_password() {  # via a private picocli @argfile, so the password is never in argv
  local java="$1" argfile escaped rc=0
  argfile="$(umask 077 && mktemp "$RUN_DIR/pw.XXXXXX")"
  escaped="${NEWSGRAPH_NEO4J_PASSWORD//\\/\\\\}"
  escaped="${escaped//\"/\\\"}"
  printf 'dbms\nset-initial-password\n"%s"\n' "$escaped" >"$argfile"
  NEO4J_HOME="$NEO4J_HOME_DIR" NEO4J_CONF="$NEO4J_HOME_DIR/conf" \
    "$java" -cp "$LIB_DIR/*" org.neo4j.cli.AdminTool "@$argfile" \
    >/dev/null 2>"$NEO4J_HOME_DIR/admin.err" || rc=$?
  rm -f "$argfile"
  ((rc == 0)) || { cat "$NEO4J_HOME_DIR/admin.err" >&2; die "setting the initial password failed"; }
}

show_logs() {
  local f
  for f in "$NEO4J_HOME_DIR/logs/neo4j.log" "$NEO4J_HOME_DIR/logs/debug.log" "$NEO4J_HOME_DIR/stdout.log"; do
    [[ -f "$f" ]] || continue
    echo "---- tail of $f" >&2
    tail -n 30 "$f" >&2
  done
}

launch() {  # start the JVM in the background and record its pid
  local java="$1"
  "$java" -Xms1g -Xmx1g \
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC \
    -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields \
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    --enable-native-access=ALL-UNNAMED \
    -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
    -cp "$LIB_DIR/*" \
    org.neo4j.server.CommunityEntryPoint \
    --home-dir="$NEO4J_HOME_DIR" --config-dir="$NEO4J_HOME_DIR/conf" \
    >"$NEO4J_HOME_DIR/stdout.log" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
}

wait_until_ready() {
  local deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    is_running || { show_logs; rm -f "$PID_FILE"; die "the server exited during startup"; }
    bolt_ready && return
    sleep 2
  done
  show_logs
  stop
  die "the server did not answer on $URI within ${START_TIMEOUT}s"
}

start() {
  is_running && die "already running (pid $(cat "$PID_FILE")); run '$0 stop' first"
  port_in_use && die "port $PORT on 127.0.0.1 is already in use; set NEWSGRAPH_NEO4J_PORT"
  "$PYTHON" -c "import neo4j" 2>/dev/null || die "$PYTHON lacks the neo4j driver; set PYTHON"
  fetch
  local java
  java="$(pick_java)"
  mkdir -p "$RUN_DIR"
  rm -rf "$NEO4J_HOME_DIR"
  write_conf
  [[ -n "${NEWSGRAPH_NEO4J_PASSWORD:-}" ]] && set_initial_password "$java"
  log "starting Neo4j $VERSION with $java (home $NEO4J_HOME_DIR)"
  launch "$java"
  wait_until_ready
  echo "$URI"
}

stop() {
  if ! is_running; then
    rm -f "$PID_FILE"
    log "not running"
    return
  fi
  local pid deadline=$((SECONDS + STOP_TIMEOUT))
  pid="$(cat "$PID_FILE")"
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    ((SECONDS < deadline)) || die "pid $pid did not stop within ${STOP_TIMEOUT}s"
    sleep 1
  done
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  if bolt_ready; then
    local owner="not started by this script"
    is_running && owner="pid $(cat "$PID_FILE")"
    echo "up: $URI ($owner)"
  else
    echo "down: no answer to RETURN 1 on $URI (not running, or credentials refused)"
    return 1
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status|fetch" >&2; exit 2 ;;
esac
