#!/bin/sh
# A PostgreSQL 15 + PostGIS 3 streaming replica of the GeoMap primary (README "Several servers"). Run on the replica
# host as root, after installing postgresql-15-postgis-3; replace the names and the password.
#
# On the primary (db1), once:
#   postgresql.conf:  listen_addresses = '*'     wal_level = replica (the default)     max_wal_senders = 10
#   pg_hba.conf:      host  replication  replicator  10.0.0.0/24  scram-sha-256
#                     host  geomap       geomap      10.0.0.0/24  scram-sha-256
#   psql:             CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD 'CHANGE-ME';
#                     SELECT pg_create_physical_replication_slot('db2');
#   (the slot keeps the WAL the replica has not received yet, so a replica that was away catches up; watch
#    pg_replication_slots: a replica gone for good must have its slot dropped or the primary's disk fills)
set -eu
PRIMARY=db1.example.org
DATA=/var/lib/postgresql/15/main

systemctl stop postgresql@15-main
rm -rf "$DATA"
# -R writes standby.signal and primary_conninfo: the copy starts as a hot standby that follows the primary.
runuser -u postgres -- env PGPASSWORD=CHANGE-ME \
  pg_basebackup -h "$PRIMARY" -U replicator -D "$DATA" -R -X stream -S db2 -c fast -P
systemctl start postgresql@15-main

# It answers reads and refuses writes:
runuser -u postgres -- psql -Atc "SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()"
# On the primary, its lag: SELECT client_addr, state, replay_lag FROM pg_stat_replication;
