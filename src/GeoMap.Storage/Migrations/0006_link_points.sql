-- GeoMap schema, version 6: what linking a claim and the copy lookup read on every ingest, kept cheap to read (issue 12).
-- A tracked movement's destination and origin as points, each indexed with its period: linking a claim looks for the
-- tracked movements whose destination (or origin) lies within the grouping threshold and whose period is within reach
-- (GeoMap.Storage ClaimLinker.FindAsync). Through the places' ids that was one index probe per place within reach (some
-- 230 within 100 km of an origin) and every movement of those places read to test its period; one GiST over
-- (point, period) per role finds the few that pass both from one scan. Generated from geom (a line through origin, via
-- places and destination, a point for one place: GeoMap.Core Movement.Geometry), so every writer keeps them in step.
ALTER TABLE movements
    ADD COLUMN destination_point geometry GENERATED ALWAYS AS (CASE WHEN destination_place_id IS NULL OR geom IS NULL THEN NULL
        WHEN GeometryType(geom) = 'POINT' THEN geom ELSE ST_EndPoint(geom) END) STORED,
    ADD COLUMN origin_point geometry GENERATED ALWAYS AS (CASE WHEN origin_place_id IS NULL OR geom IS NULL THEN NULL
        WHEN GeometryType(geom) = 'POINT' THEN geom ELSE ST_StartPoint(geom) END) STORED;
CREATE INDEX movements_destination_point_period_gix ON movements USING gist (destination_point, period);
CREATE INDEX movements_origin_point_period_gix ON movements USING gist (origin_point, period);

-- The copy lookup reads the newest reports of each band of a new report from report_bands' primary key alone, an
-- index-only scan that must visit the table for rows newer than its last vacuum: with the default threshold (a fifth
-- of the table) a table of millions of rows was not vacuumed for days of ingest, and half the lookup's reads were such
-- visits. Inserts alone leave nothing to clean, so a vacuum every 10,000 rows (some 300 reports) only marks pages visible.
ALTER TABLE report_bands SET (autovacuum_vacuum_insert_threshold = 10000, autovacuum_vacuum_insert_scale_factor = 0);
