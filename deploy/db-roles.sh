#!/usr/bin/env bash
# Creates BTA's two database roles and its database on a fresh PostgreSQL (docker-compose mounts this into
# /docker-entrypoint-initdb.d; on Kubernetes, CloudNativePG's managed roles in deploy/kubernetes/base/database/cluster.yaml
# create the same two). The owner runs Flyway and owns the schema;
# the runtime role is what the backend connects as and may only append to the access log. Neither is a superuser.
set -euo pipefail
: "${BTA_DB_OWNER:=bta}" "${BTA_DB_OWNER_PASSWORD:?set BTA_DB_OWNER_PASSWORD}"
: "${BTA_DB_USER:=bta_app}" "${BTA_DB_PASSWORD:?set BTA_DB_PASSWORD}"
: "${BTA_DB_NAME:=bta}"
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v owner="$BTA_DB_OWNER" -v owner_pw="$BTA_DB_OWNER_PASSWORD" \
  -v runtime="$BTA_DB_USER" -v runtime_pw="$BTA_DB_PASSWORD" -v db="$BTA_DB_NAME" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'owner', :'owner_pw')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'runtime', :'runtime_pw')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'runtime') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
