#!/usr/bin/env bash
# Adds a migration to both providers' migration sets: ./migrations.sh AddSomething
set -euo pipefail
cd "$(dirname "$0")"
name=${1:?usage: ./migrations.sh MigrationName}
dotnet tool restore >/dev/null
dotnet build src/MentorHub.Web --nologo -v q >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/MentorHub.Web --context "${ctx}AppDbContext" \
    --output-dir "Platform/Data/Migrations/$ctx"
done
