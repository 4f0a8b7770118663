# Shared helpers for bin/dev and bin/test. Source it; do not run it.
# Everything binds to 127.0.0.1 and is stopped by its PID.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KEYCLOAK_VERSION=26.4.7
KEYCLOAK_HOME="$ROOT/.cache/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_PORT=8180
DB_USER=bta
DB_PASSWORD=bta
# The role the backend connects as: it may only append to the access log (the owner above runs the migrations)
DB_RUNTIME_USER=bta_app
DB_RUNTIME_PASSWORD=bta_app
LOG_DIR="$ROOT/.cache/logs"
mkdir -p "$LOG_DIR"
STARTED_PIDS=()

say() { printf '\033[1m[bta]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[bta]\033[0m %s\n' "$*" >&2; exit 1; }

# Java: the backend targets Java 21; any JDK >= 21 on the machine builds it.
pick_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && "$JAVA_HOME/bin/javac" -version 2>&1 | grep -Eq 'javac (2[1-9]|[3-9][0-9])'; then
    :
  else
    local j
    for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
      if [[ -x "$j/bin/javac" ]] && "$j/bin/javac" -version 2>&1 | grep -Eq 'javac (2[1-9]|[3-9][0-9])'; then export JAVA_HOME="$j"; break; fi
    done
  fi
  [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] || die "Fant ingen JDK 21 eller nyere. Installer f.eks. 'apt-get install -y openjdk-21-jdk' (eller Temurin 21/25)."
  export PATH="$JAVA_HOME/bin:$PATH"
  if "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[4-9]|[3-9][0-9])'; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

wait_for_url() { # url seconds what
  local url=$1 secs=$2 what=$3 i
  for ((i = 0; i < secs; i++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  die "$what svarte ikke på $url etter $secs s (se loggene i $LOG_DIR)"
}

ensure_postgres() { # database names...
  command -v pg_ctlcluster >/dev/null || die "PostgreSQL mangler. Installer: apt-get install -y postgresql-15 (Debian)."
  if ! pg_lsclusters -h 2>/dev/null | awk '$1=="15" && $2=="main"' | grep -q .; then
    die "Fant ingen PostgreSQL 15-klynge 'main'. Installer: apt-get install -y postgresql-15"
  fi
  if ! pg_lsclusters -h | awk '$1=="15" && $2=="main" {print $4}' | grep -q online; then
    say "Starter PostgreSQL 15 (Debian-klyngen main)"
    pg_ctlcluster 15 main start || die "Klarte ikke å starte PostgreSQL (pg_ctlcluster 15 main start)"
  fi
  postgres_ready
  postgres_as_in_production
  as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'" | grep -q 1 \
    || as_postgres psql -qc "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
  as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='$DB_RUNTIME_USER'" | grep -q 1 \
    || as_postgres psql -qc "CREATE ROLE $DB_RUNTIME_USER LOGIN PASSWORD '$DB_RUNTIME_PASSWORD'"
  local db
  for db in "$@"; do
    as_postgres psql -qtAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 \
      || as_postgres psql -qc "CREATE DATABASE $db OWNER $DB_USER"
  done
}

# The memory and WAL settings of production's PostgreSQL (deploy/kubernetes/base/database/cluster.yaml, their one
# home) on the local cluster too, so that tests and bench/run meet the database as it runs there (Debian's defaults
# give it 128 MB of shared buffers, 4 MB of work memory and 1 GB of WAL between checkpoints). Set once with ALTER
# SYSTEM; shared_buffers needs a restart.
postgres_as_in_production() {
  local yaml="$ROOT/deploy/kubernetes/base/database/cluster.yaml" name value changed=""
  while read -r name value; do
    [[ -n $name ]] || continue
    # the server's setting, not this session's: bench/generate exports PGOPTIONS with a work_mem of its own
    if [[ $(PGOPTIONS= as_postgres psql -qtAc "SELECT current_setting('$name') = '$value'" 2>/dev/null) != t ]]; then
      as_postgres psql -qc "ALTER SYSTEM SET $name = '$value'" >/dev/null || die "Klarte ikke å sette $name i PostgreSQL"
      changed="$changed $name"
    fi
  done < <(sed -n 's/^ *\(shared_buffers\|effective_cache_size\|work_mem\|maintenance_work_mem\|max_wal_size\|checkpoint_timeout\|wal_compression\): "\([0-9A-Za-z]*\)"$/\1 \2/p' "$yaml")
  [[ -n $changed ]] || return 0
  say "PostgreSQL får innstillingene fra produksjon:$changed (omstart)"
  pg_ctlcluster 15 main restart || die "Klarte ikke å starte PostgreSQL på nytt (pg_ctlcluster 15 main restart)"
  postgres_ready
}

# Waits up to 30 s for the local PostgreSQL to accept connections.
postgres_ready() {
  local i
  for ((i = 0; i < 30; i++)); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

ensure_keycloak_unpacked() {
  if [[ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]]; then
    say "Henter og pakker ut Keycloak $KEYCLOAK_VERSION (fra Maven Central)"
    (cd "$ROOT/backend" && ./mvnw -B -q dependency:unpack@unpack-keycloak) || die "Klarte ikke å hente Keycloak"
  fi
}

keycloak_running() { curl -fsS -o /dev/null "http://127.0.0.1:$KEYCLOAK_PORT/realms/bta" 2>/dev/null; }

# True when Keycloak's login page for the SPA comes in BTA's theme (keycloak/themes/bta), as the realm asks.
keycloak_has_login_theme() {
  curl -fsS "http://127.0.0.1:$KEYCLOAK_PORT/realms/bta/protocol/openid-connect/auth?client_id=bta-frontend&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2F&code_challenge_method=S256&code_challenge=bta-login-theme-probe-0000000000000000000000" 2>/dev/null \
    | grep -q '/login/bta/css/bta.css'
}

start_keycloak() {
  if keycloak_running; then
    say "Keycloak kjører allerede på $KEYCLOAK_PORT (gjenbrukes)"
    keycloak_has_login_theme \
      || say "Advarsel: den Keycloak-en viser ikke innloggingstemaet bta (startet før det kom?): stopp den og start på nytt"
    return 0
  fi
  ensure_keycloak_unpacked
  # Fresh dev database each start so the realm file is always what is imported.
  rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/import"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$ROOT/keycloak/realm-bta.json" "$KEYCLOAK_HOME/data/import/"
  # BTA's login theme (the realm names it): linked, so start-dev (theme cache off) shows an edit at the next page load
  rm -rf "$KEYCLOAK_HOME/themes/bta"
  ln -s "$ROOT/keycloak/themes/bta" "$KEYCLOAK_HOME/themes/bta"
  say "Starter Keycloak $KEYCLOAK_VERSION på http://localhost:$KEYCLOAK_PORT (25–40 s)"
  JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=$KEYCLOAK_PORT \
      --hostname=http://localhost:$KEYCLOAK_PORT --import-realm >"$LOG_DIR/keycloak.log" 2>&1 &
  KEYCLOAK_PID=$!
  STARTED_PIDS+=("$KEYCLOAK_PID")
  wait_for_url "http://127.0.0.1:$KEYCLOAK_PORT/realms/bta" 180 Keycloak
  say "Keycloak er oppe"
}

stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; fi
  done
  for pid in "${STARTED_PIDS[@]}"; do
    local i
    for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}

# True when something accepts connections on 127.0.0.1:port (bash's /dev/tcp; no extra tool needed).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Dies naming the first of the given ports that another process already uses on 127.0.0.1.
require_free_ports() { # port...
  local port
  for port in "$@"; do
    port_in_use "$port" && die "Port $port på 127.0.0.1 er i bruk av en annen prosess; stopp den først (ss -ltnp 'sport = :$port' viser hvem)"
  done
  return 0
}
