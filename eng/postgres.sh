#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of Poa.Domain.EntityFrameworkCore: in a temp folder, run by the
# `postgres` user (initdb refuses root), listening only on 127.0.0.1 on a free port, fsync off. Nothing is kept.
#
#   eng/postgres.sh ejecutar CMD...   starts it, runs CMD with POA_PG set, stops it (also when CMD fails)
#   eval "$(eng/postgres.sh iniciar)" starts it and prints the exports of POA_PG and POA_PG_DIR
#   eng/postgres.sh detener DIR       stops the cluster started in DIR and removes DIR
#
# POA_PG is an Npgsql connection string to the `postgres` database as the `postgres` user (trust auth).
# Where initdb is missing, it installs Debian's `postgresql` package when run as root.
set -euo pipefail

bin_dir() {
  local d
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then
      echo "$d"
      return
    fi
  done
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  return 1
}

instalar() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "postgres.sh: no se encontró initdb; instale PostgreSQL (p. ej. apt-get install -y postgresql)." >&2
    exit 1
  fi
  echo "postgres.sh: instalando PostgreSQL (apt-get install -y postgresql)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
como_dueno() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

puerto_libre() {
  local p intentos=0
  while [ $intentos -lt 200 ]; do
    p=$(( 20000 + (RANDOM % 20000) ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
    intentos=$((intentos + 1))
  done
  echo "postgres.sh: no se encontró un puerto libre en 127.0.0.1." >&2
  exit 1
}

iniciar() {
  local bin dir puerto
  bin=$(bin_dir) || { instalar; bin=$(bin_dir); }
  dir=$(mktemp -d "${TMPDIR:-/tmp}/poa-pg.XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"
  fi
  como_dueno "'$bin/initdb' -D '$dir/datos' -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync" > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  local intento
  for intento in 1 2 3; do
    puerto=$(puerto_libre)
    if como_dueno "'$bin/pg_ctl' -D '$dir/datos' -l '$dir/postgres.log' -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p $puerto -k '$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" > /dev/null 2>&1; then
      echo "export POA_PG='Host=127.0.0.1;Port=$puerto;Username=postgres;Database=postgres'"
      echo "export POA_PG_DIR='$dir'"
      echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') en 127.0.0.1:$puerto ($dir)" >&2
      return
    fi
  done
  cat "$dir/postgres.log" >&2 || true
  rm -rf "$dir"
  echo "postgres.sh: PostgreSQL no arrancó." >&2
  exit 1
}

detener() {
  local dir="${1:-}" bin
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  bin=$(bin_dir) || true
  if [ -n "$bin" ] && [ -f "$dir/datos/postmaster.pid" ]; then
    como_dueno "'$bin/pg_ctl' -D '$dir/datos' -m immediate -w stop" > /dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  iniciar)
    iniciar
    ;;
  detener)
    detener "${2:-}"
    ;;
  ejecutar)
    shift
    eval "$(iniciar)"
    trap 'detener "$POA_PG_DIR"' EXIT
    "$@"
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
