#!/usr/bin/env bash
# Creates (or brings in line) the PostgreSQL database of Zmd.Vocational with two roles:
#   ZMD_OWNER  owns the database and its tables; `zmd migrate`, `zmd restore` and upgrades run as this role.
#   ZMD_APP    what the web host signs in as: read and write the data, never change the schema, and only read and
#              append the audit tables (SysEntityChanges, SysPropertyChanges, IdnSecurityLog) — no UPDATE, DELETE,
#              TRUNCATE — so the log of who changed what cannot be rewritten from the application.
# Idempotent: run it before the first `zmd migrate` (roles, database, default privileges) and again after every
# `zmd migrate` or `zmd restore` (it then also tightens the audit tables the migrations created).
#
# Connects as a superuser with the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD); by default as the
# local `postgres` user:  sudo -u postgres env ZMD_OWNER_PASSWORD=… ZMD_APP_PASSWORD=… bash etc/postgresql/setup.sh
set -euo pipefail

: "${ZMD_DB:=zmd}"
: "${ZMD_OWNER:=zmd_owner}"
: "${ZMD_APP:=zmd_app}"
: "${ZMD_OWNER_PASSWORD:?set ZMD_OWNER_PASSWORD}"
: "${ZMD_APP_PASSWORD:?set ZMD_APP_PASSWORD}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
vars=(-v ON_ERROR_STOP=1 -v db="$ZMD_DB" -v owner="$ZMD_OWNER" -v app="$ZMD_APP"
      -v owner_password="$ZMD_OWNER_PASSWORD" -v app_password="$ZMD_APP_PASSWORD")

# Roles and the database (CREATE DATABASE cannot run inside a transaction, so no --single-transaction here).
psql -X -q "${vars[@]}" --dbname="${PGDATABASE:-postgres}" -f "$here/setup-cluster.sql"
# Privileges inside the database, in one transaction.
psql -X -q "${vars[@]}" --single-transaction --dbname="$ZMD_DB" -f "$here/setup-database.sql"
echo "PostgreSQL: database $ZMD_DB, owner $ZMD_OWNER, application role $ZMD_APP are in place."
