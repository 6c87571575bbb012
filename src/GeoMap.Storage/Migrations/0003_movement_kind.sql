-- GeoMap schema, version 3: the kind of a movement (issue 10), read from its verb.
-- Existing rows predate the reading and stay 'unknown'.
ALTER TABLE movements
    ADD COLUMN movement_kind text NOT NULL DEFAULT 'unknown'
        CHECK (movement_kind IN ('unknown', 'deployment', 'withdrawal', 'advance', 'transit'));
