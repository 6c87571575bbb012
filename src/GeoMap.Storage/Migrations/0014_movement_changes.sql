-- GeoMap schema, version 14: where movements changed, by transaction, so that a movement tile kept by the server can
-- be told still true or not (issue 19: a flow tile reads every movement crossing it, 0.3-1.4 s at 100,000).
-- Every statement that writes movements adds one row: the box (EPSG:3857, as geom_mercator) of the rows it wrote,
-- before and after, and its transaction. A tile made under a snapshot is still true when no row visible now was
-- written by a transaction that snapshot did not see and overlaps the tile (MovementTileRepository). Writers only
-- insert, so no writer waits on another; a place's new name or position changes the tiles around it the same way.
-- area NULL: everywhere (a TRUNCATE).
CREATE TABLE movement_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    area geometry(Geometry, 3857),
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX movement_changes_xid_idx ON movement_changes (xid);

CREATE FUNCTION record_movement_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO movement_changes (area) VALUES (NULL);
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO movement_changes (area)
        SELECT ST_SetSRID(e::geometry, 3857) FROM (SELECT ST_Extent(geom_mercator) AS e FROM new_rows) x WHERE e IS NOT NULL;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO movement_changes (area)
        SELECT ST_SetSRID(e::geometry, 3857) FROM (
            SELECT ST_Extent(g) AS e FROM (SELECT geom_mercator AS g FROM old_rows UNION ALL SELECT geom_mercator FROM new_rows) r) x
        WHERE e IS NOT NULL;
    ELSE
        INSERT INTO movement_changes (area)
        SELECT ST_SetSRID(e::geometry, 3857) FROM (SELECT ST_Extent(geom_mercator) AS e FROM old_rows) x WHERE e IS NOT NULL;
    END IF;
    RETURN NULL;
END
$$;

-- Transition tables allow one event per trigger.
CREATE TRIGGER movements_changes_insert AFTER INSERT ON movements REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_movement_changes();
CREATE TRIGGER movements_changes_update AFTER UPDATE ON movements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_movement_changes();
CREATE TRIGGER movements_changes_delete AFTER DELETE ON movements REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_movement_changes();
CREATE TRIGGER movements_changes_truncate AFTER TRUNCATE ON movements
    FOR EACH STATEMENT EXECUTE FUNCTION record_movement_changes();

-- A place's name, key, country or position is drawn in the detail tiles of the movements that name it: the change is
-- where the place was and is.
CREATE FUNCTION record_place_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO movement_changes (area)
    SELECT ST_SetSRID(e::geometry, 3857) FROM (
        SELECT ST_Extent(ST_Transform(ST_ClipByBox2D(g, ST_MakeEnvelope(-180, -85.0511, 180, 85.0511, 4326)), 3857)) AS e
        FROM (SELECT geom AS g FROM old_rows UNION ALL SELECT geom FROM new_rows) r) x
    WHERE e IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER places_changes_update AFTER UPDATE ON places REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_place_changes();
