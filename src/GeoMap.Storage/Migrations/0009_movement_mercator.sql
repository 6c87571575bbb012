-- GeoMap schema, version 9: what the movement vector tiles read (issue 19), stored with the movement instead of computed
-- for every movement of every tile. A tile took 1.4 s at 100,000 movements, most of it projecting each geometry to Web
-- Mercator and finding its first and last point again.
-- geom_mercator: the geometry in EPSG:3857, cut first to the latitudes Web Mercator reaches (a place at a pole has
-- no position there), with its own GiST index (with period, as movements_geom_period_gix) for the tiles' boxes.
-- start_/end_x/y_mercator: the first and last point of a route (the point itself for a movement known by one place;
-- null when the cut leaves no single line), which the low-zoom flows group by grid cell.
-- Generated columns, so every path that writes geom (ingest, claim linking, edits, COPY) keeps them in step.
ALTER TABLE movements
    ADD COLUMN geom_mercator geometry(Geometry, 3857) GENERATED ALWAYS AS (
        ST_Transform(ST_ClipByBox2D(geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857)) STORED,
    ADD COLUMN start_x_mercator double precision GENERATED ALWAYS AS (ST_X(CASE WHEN GeometryType(geom) = 'POINT'
        THEN ST_Transform(ST_ClipByBox2D(geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857)
        ELSE ST_PointN(ST_Transform(ST_ClipByBox2D(geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857), 1) END)) STORED,
    ADD COLUMN start_y_mercator double precision GENERATED ALWAYS AS (ST_Y(CASE WHEN GeometryType(geom) = 'POINT'
        THEN ST_Transform(ST_ClipByBox2D(geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857)
        ELSE ST_PointN(ST_Transform(ST_ClipByBox2D(geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857), 1) END)) STORED,
    ADD COLUMN end_x_mercator double precision GENERATED ALWAYS AS (ST_X(CASE WHEN GeometryType(geom) = 'POINT'
        THEN ST_Transform(ST_ClipByBox2D(geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857)
        ELSE ST_PointN(ST_Transform(ST_ClipByBox2D(geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857), -1) END)) STORED,
    ADD COLUMN end_y_mercator double precision GENERATED ALWAYS AS (ST_Y(CASE WHEN GeometryType(geom) = 'POINT'
        THEN ST_Transform(ST_ClipByBox2D(geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857)
        ELSE ST_PointN(ST_Transform(ST_ClipByBox2D(geom, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857), -1) END)) STORED;
CREATE INDEX movements_geom_mercator_period_gix ON movements USING gist (geom_mercator, period);
