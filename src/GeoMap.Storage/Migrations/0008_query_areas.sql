-- Query areas too large for a URL (issue 17): a polygon POSTed once to /api/areas and referenced by its id from GET
-- queries (/api/movements?area=…, the OGC movement items), so a 100,000-vertex area pages on with ordinary next links.
-- The id is a hash of the geometry: storing one area twice is one row, and any server of the database answers it.
-- used_at is refreshed at most daily by queries; areas unused for QueryAreaRepository.Retention are removed.
CREATE TABLE query_areas (
    id text PRIMARY KEY,
    geom geometry(Geometry, 4326) NOT NULL,
    vertices integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    used_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX query_areas_used_at ON query_areas (used_at);
