-- GeoMap schema, version 16: a flow's strength sums its movements' representative strengths, as everything else does.
-- A movement of "500 to 1,000" is drawn as 750 (Strength.Representative: the middle of a range rounded down, or the
-- one number stated) by list mode, the renderer and the detail tiles; the flow rows of 0015 and the flow tiles of
-- zooms 6-7 summed the top of each range (1,000), so a flow's width class and total jumped at the detail zoom.
-- movement_strength is that rule once, in SQL (inlined by the planner); MovementTileRepository reads it too.

CREATE FUNCTION movement_strength(smin integer, smax integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN smin IS NOT NULL AND smax IS NOT NULL THEN smin + (smax - smin) / 2 ELSE COALESCE(smin, smax) END;

CREATE OR REPLACE FUNCTION maintain_movement_flows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE movement_flows;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO movement_flows (movement_id, since, tile_x, tile_y, ox, oy, dx, dy, strength, zoom, planned, period, actor)
        SELECT n.id, movement_flow_since(n.period), t.tile_x, t.tile_y, t.ox, t.oy, t.dx, t.dy,
               movement_strength(n.strength_min, n.strength_max), t.zoom, n.status = 'planned', n.period, n.actor
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
               movement_strength(n.strength_min, n.strength_max), t.zoom, n.status = 'planned', n.period, n.actor
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

-- Rows written before this migration: only a range's differ (a single number is its own representative).
UPDATE movement_flows f SET strength = movement_strength(m.strength_min, m.strength_max)
FROM movements m
WHERE f.movement_id = m.id AND m.strength_min IS NOT NULL AND m.strength_max IS NOT NULL AND m.strength_min <> m.strength_max;

-- 0015 filled the table without statistics; the planner's choice of its index needs them before autovacuum comes.
ANALYZE movement_flows;
