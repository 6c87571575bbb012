-- GeoMap schema, version 5: claims and tracked movements (issue 12). A row of `movements` is now a tracked movement: the thing on the map,
-- derived from the claims linked to it. A row of `claims` is what one report says about one movement (what
-- `movements` held until now). Existing movements keep their ids; each becomes one claim (same id) of its own tracked
-- movement, marked linked_by = 'migration'; GeoMap groups those claims by the grouping rule when it next opens the
-- database (GeoMap.Storage ClaimLinker.GroupPendingAsync), since the rule is C# (GeoMap.Core GroupingRule).
ALTER TABLE movements
    ADD COLUMN claim_count       integer NOT NULL DEFAULT 0 CHECK (claim_count >= 0),
    ADD COLUMN source_count      integer NOT NULL DEFAULT 0 CHECK (source_count >= 0),
    ADD COLUMN corroboration     jsonb,
    ADD COLUMN first_reported_at timestamptz,
    ADD COLUMN last_reported_at  timestamptz,
    -- Fields an analyst corrected on the tracked movement: derivation from the claims leaves them alone.
    ADD COLUMN pinned            text[] NOT NULL DEFAULT '{}';
CREATE INDEX movements_destination_idx ON movements (destination_place_id);
CREATE INDEX movements_origin_idx ON movements (origin_place_id);

CREATE TABLE claims (
    id                   bigserial PRIMARY KEY,
    movement_id          bigint NOT NULL REFERENCES movements (id) ON DELETE CASCADE,
    report_id            bigint REFERENCES reports (id) ON DELETE CASCADE,
    actor                text,
    actor_country        text,
    unit                 text,
    strength_min         integer CHECK (strength_min >= 0),
    strength_max         integer CHECK (strength_max >= 0),
    strength_text        text,
    status               text NOT NULL DEFAULT 'unknown' CHECK (status IN ('unknown', 'planned', 'under_way', 'completed')),
    transport_mode       text NOT NULL DEFAULT 'unknown' CHECK (transport_mode IN ('unknown', 'sea', 'rail', 'air', 'road', 'foot')),
    origin_place_id      bigint REFERENCES places (id),
    via_place_ids        bigint[] NOT NULL DEFAULT '{}',
    destination_place_id bigint REFERENCES places (id),
    geom                 geometry(Geometry, 4326),
    period               tstzrange NOT NULL DEFAULT '(,)',
    time_precision       text NOT NULL DEFAULT 'unknown',
    claimed_by           text,
    claimed_by_country   text,
    sentence             text NOT NULL DEFAULT '',
    sentence_start       integer NOT NULL DEFAULT -1,
    confidence           real NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),
    created_by           text NOT NULL DEFAULT 'extractor',
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           text,
    updated_at           timestamptz,
    link_reason          text,
    linked_by            text NOT NULL DEFAULT 'rule' CHECK (linked_by IN ('rule', 'analyst', 'migration')),
    movement_kind        text NOT NULL DEFAULT 'unknown'
        CHECK (movement_kind IN ('unknown', 'deployment', 'withdrawal', 'advance', 'transit')),
    CHECK (strength_min IS NULL OR strength_max IS NULL OR strength_min <= strength_max)
);
CREATE INDEX claims_movement_idx ON claims (movement_id);
CREATE INDEX claims_report_idx ON claims (report_id);
CREATE INDEX claims_pending_idx ON claims (id) WHERE linked_by = 'migration';

INSERT INTO claims (id, movement_id, report_id, actor, actor_country, unit, strength_min, strength_max, strength_text, status,
    transport_mode, origin_place_id, via_place_ids, destination_place_id, geom, period, time_precision, claimed_by,
    claimed_by_country, sentence, sentence_start, confidence, created_by, created_at, updated_by, updated_at, link_reason, linked_by,
    movement_kind)
SELECT id, id, report_id, actor, actor_country, unit, strength_min, strength_max, strength_text, status,
    transport_mode, origin_place_id, via_place_ids, destination_place_id, geom, period, time_precision, claimed_by,
    claimed_by_country, sentence, sentence_start, confidence, created_by, created_at, updated_by, updated_at, NULL, 'migration',
    movement_kind
FROM movements;
SELECT setval('claims_id_seq', GREATEST((SELECT max(id) FROM claims), 1));
UPDATE movements m SET claim_count = 1, source_count = 1,
    first_reported_at = (SELECT r.published_at FROM reports r WHERE r.id = m.report_id),
    last_reported_at = (SELECT r.published_at FROM reports r WHERE r.id = m.report_id);

-- Near-duplicate reports: a MinHash signature of the text's word pairs, its LSH bands for lookup, and the original
-- a copy was recognised as (GeoMap.Geoparsing ReportFingerprint). Reports stored before have no signature.
ALTER TABLE reports
    ADD COLUMN copy_of_report_id bigint REFERENCES reports (id) ON DELETE SET NULL,
    ADD COLUMN copy_similarity   real,
    ADD COLUMN minhash           integer[];
CREATE TABLE report_bands (
    band       bigint NOT NULL,
    report_id  bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    PRIMARY KEY (band, report_id)
);

-- Analysts' decisions on contradiction flags; a decision holds while the flag's signature stays the same.
CREATE TABLE flag_decisions (
    movement_id  bigint NOT NULL REFERENCES movements (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('strength', 'destination', 'status')),
    signature    text NOT NULL,
    state        text NOT NULL CHECK (state IN ('confirmed', 'dismissed')),
    decided_by   text NOT NULL,
    decided_at   timestamptz NOT NULL DEFAULT now(),
    note         text,
    PRIMARY KEY (movement_id, kind, signature)
);

ALTER TABLE movement_edits DROP CONSTRAINT movement_edits_action_check;
ALTER TABLE movement_edits ADD CONSTRAINT movement_edits_action_check
    CHECK (action IN ('create', 'update', 'delete', 'link', 'merge', 'split', 'confirm', 'dismiss'));
ALTER TABLE movement_edits ADD COLUMN note text;
