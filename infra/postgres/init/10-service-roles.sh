#!/usr/bin/env bash
# Runs once, when the postgres-data volume is empty (docker-entrypoint-initdb.d). Each service gets its own login
# role owning its own schema, where its Flyway migrations create the tables; neither can read the other's schema.
set -euo pipefail

psql --variable=ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
	--set=db="$POSTGRES_DB" \
	--set=auth_password="$AUTH_DB_PASSWORD" \
	--set=media_password="$MEDIA_DB_PASSWORD" <<'SQL'
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;

-- auth-service
CREATE ROLE mediaflow_auth LOGIN PASSWORD :'auth_password';
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO mediaflow_auth;
CREATE SCHEMA auth AUTHORIZATION mediaflow_auth;
ALTER ROLE mediaflow_auth SET search_path = auth;

-- media-api
CREATE ROLE mediaflow_media LOGIN PASSWORD :'media_password';
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO mediaflow_media;
CREATE SCHEMA media AUTHORIZATION mediaflow_media;
ALTER ROLE mediaflow_media SET search_path = media;
SQL
