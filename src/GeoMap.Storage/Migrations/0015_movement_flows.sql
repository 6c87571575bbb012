-- GeoMap schema, version 15: what the flow tiles of the lowest zooms read (issue 19), kept beside the movements.
-- A flow tile groups every movement crossing it; at 1,000,000 movements a zoom 3 tile of 31 days read 11,892 pages of
-- movements, one a movement, as a movement's row is wide and the rows of one tile and month lie all over the table.
-- movement_flows holds, for each movement, zoom from 0 to 5 and tile whose area (the tile and its buffer, as
-- movement_tile_area) its geom_mercator box overlaps, exactly what a flow tile reads of it: the grid cells of its first
-- and last points, its actor, whether planned, its strength and period. A tile reads its own rows only, in the order
-- of the index (zoom, tile, since), which a bulk insert writes in the same order.
-- since: the start of a period of at most 14 days, so that a date range reads the rows starting from 14 days before
-- it to its end; NULL for a longer, open or empty period, which every range reads.
-- Rows are the movement's, not sums: a sum over (cells, day) would count a movement of several days once a day and
-- could not say the main actor of a tile's part of a flow; rows of equal keys are rare anyway (seeded data: 998,532
-- different keys among 1,000,000 movements at zoom 3).
-- Kept exact by the triggers below in the writing transaction (ingest, edits, deletes, merges, COPY), so a tile's
-- snapshot sees the movements and their rows alike. MovementTileRepository (FlowSummaryMaxZoom, FlowShortPeriod, the
-- cell size) is the twin of this file.

-- The area a movement tile at (z, x, y) reads: the tile and its buffer of 512/4096 (an arrowhead reaches 31 px back
-- from its point), cut to the world (geom_mercator is not wrapped past the antimeridian). Flow and detail tiles alike.
CREATE FUNCTION movement_tile_area(z integer, x integer, y integer) RETURNS geometry
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ST_ClipByBox2D(ST_TileEnvelope(z, x, y, margin => 512.0 / 4096),
        ST_MakeEnvelope(-pi() * 6378137.0, -pi() * 6378137.0, pi() * 6378137.0, pi() * 6378137.0, 3857));

-- The width of a flow's grid cell at zoom z in EPSG:3857 metres: 32 pixels of a 256 px tile, computed as
-- MovementTileRepository.CellSize computes it (the same double).
CREATE FUNCTION movement_flow_cell(z integer) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN 2 * (pi() * 6378137.0) / 256 / power(2.0::float8, z) * 32;

-- The flow rows of one movement: a row per zoom 0-5 and tile whose area its box overlaps (the same && a flow tile of
-- the movements tests), with its first and last point's cells at that zoom. Candidate tiles are those the box and the
-- buffer reach, a little wider for the box's float4 rounding; the && decides.
CREATE FUNCTION movement_flow_tiles(g geometry, sx double precision, sy double precision, ex double precision, ey double precision)
    RETURNS TABLE (zoom smallint, tile_x integer, tile_y integer, ox integer, oy integer, dx integer, dy integer)
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    -- The planner takes each generate_series for 1,000 rows, and a plan that costly would be compiled (JIT) per call.
    SET jit = off
AS $$
    SELECT z::smallint, x, y, round(sx / c)::integer, round(sy / c)::integer, round(ex / c)::integer, round(ey / c)::integer
    FROM generate_series(0, 5) z,
         LATERAL (SELECT movement_flow_cell(z) AS c, 2 * pi() * 6378137.0 / power(2.0::float8, z) AS span, pi() * 6378137.0 AS half,
                         (1 << z) - 1 AS last
                 WHERE NOT ST_IsEmpty(g)) s,
         LATERAL generate_series(greatest(0, floor((ST_XMin(g) + s.half) / s.span - 0.126)::integer),
                                 least(s.last, floor((ST_XMax(g) + s.half) / s.span + 0.126)::integer)) x,
         LATERAL generate_series(greatest(0, floor((s.half - ST_YMax(g)) / s.span - 0.126)::integer),
                                 least(s.last, floor((s.half - ST_YMin(g)) / s.span + 0.126)::integer)) y
    WHERE g && movement_tile_area(z, x, y)
$$;

CREATE TABLE movement_flows (
    movement_id bigint NOT NULL,
    since timestamptz,
    tile_x integer NOT NULL,
    tile_y integer NOT NULL,
    ox integer NOT NULL,
    oy integer NOT NULL,
    dx integer NOT NULL,
    dy integer NOT NULL,
    strength integer,
    zoom smallint NOT NULL,
    planned boolean NOT NULL,
    period tstzrange NOT NULL,
    actor text
);

-- A row's since: the start of a period of at most 14 days, else NULL.
CREATE FUNCTION movement_flow_since(period tstzrange) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE WHEN NOT lower_inf(period) AND NOT upper_inf(period) AND upper(period) - lower(period) <= interval '14 days'
                THEN lower(period) END;

CREATE FUNCTION maintain_movement_flows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE movement_flows;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO movement_flows (movement_id, since, tile_x, tile_y, ox, oy, dx, dy, strength, zoom, planned, period, actor)
        SELECT n.id, movement_flow_since(n.period), t.tile_x, t.tile_y, t.ox, t.oy, t.dx, t.dy,
               COALESCE(n.strength_max, n.strength_min), t.zoom, n.status = 'planned', n.period, n.actor
        FROM new_rows n, LATERAL movement_flow_tiles(n.geom_mercator, n.start_x_mercator, n.start_y_mercator, n.end_x_mercator, n.end_y_mercator) t
        ORDER BY t.zoom, t.tile_x, t.tile_y, 2;
    ELSIF TG_OP = 'UPDATE' THEN
        -- Only movements whose flow fields changed: a corroboration update rewrites counts and flags, not flows.
        DELETE FROM movement_flows f USING old_rows o LEFT JOIN new_rows n ON n.id = o.id
        WHERE f.movement_id = o.id
          AND (n.id IS NULL OR (n.geom_mercator, n.start_x_mercator, n.start_y_mercator, n.end_x_mercator, n.end_y_mercator, n.period, n.actor, n.status, n.strength_min, n.strength_max)
              IS DISTINCT FROM (o.geom_mercator, o.start_x_mercator, o.start_y_mercator, o.end_x_mercator, o.end_y_mercator, o.period, o.actor, o.status, o.strength_min, o.strength_max));
        INSERT INTO movement_flows (movement_id, since, tile_x, tile_y, ox, oy, dx, dy, strength, zoom, planned, period, actor)
        SELECT n.id, movement_flow_since(n.period), t.tile_x, t.tile_y, t.ox, t.oy, t.dx, t.dy,
               COALESCE(n.strength_max, n.strength_min), t.zoom, n.status = 'planned', n.period, n.actor
        FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id,
             LATERAL movement_flow_tiles(n.geom_mercator, n.start_x_mercator, n.start_y_mercator, n.end_x_mercator, n.end_y_mercator) t
        WHERE o.id IS NULL OR (n.geom_mercator, n.start_x_mercator, n.start_y_mercator, n.end_x_mercator, n.end_y_mercator, n.period, n.actor, n.status, n.strength_min, n.strength_max)
              IS DISTINCT FROM (o.geom_mercator, o.start_x_mercator, o.start_y_mercator, o.end_x_mercator, o.end_y_mercator, o.period, o.actor, o.status, o.strength_min, o.strength_max)
        ORDER BY t.zoom, t.tile_x, t.tile_y, 2;
    ELSE
        DELETE FROM movement_flows f USING old_rows o WHERE f.movement_id = o.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER movements_flows_insert AFTER INSERT ON movements REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION maintain_movement_flows();
CREATE TRIGGER movements_flows_update AFTER UPDATE ON movements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION maintain_movement_flows();
CREATE TRIGGER movements_flows_delete AFTER DELETE ON movements REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION maintain_movement_flows();
CREATE TRIGGER movements_flows_truncate AFTER TRUNCATE ON movements
    FOR EACH STATEMENT EXECUTE FUNCTION maintain_movement_flows();

-- The movements stored before this migration, written in the index's order.
INSERT INTO movement_flows (movement_id, since, tile_x, tile_y, ox, oy, dx, dy, strength, zoom, planned, period, actor)
SELECT m.id, movement_flow_since(m.period), t.tile_x, t.tile_y, t.ox, t.oy, t.dx, t.dy,
       COALESCE(m.strength_max, m.strength_min), t.zoom, m.status = 'planned', m.period, m.actor
FROM movements m, LATERAL movement_flow_tiles(m.geom_mercator, m.start_x_mercator, m.start_y_mercator, m.end_x_mercator, m.end_y_mercator) t
ORDER BY t.zoom, t.tile_x, t.tile_y, 2;

CREATE INDEX movement_flows_tile_idx ON movement_flows (zoom, tile_x, tile_y, since);
CREATE INDEX movement_flows_movement_idx ON movement_flows (movement_id);
