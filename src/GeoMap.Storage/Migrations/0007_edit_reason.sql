-- GeoMap schema, version 7: why an analyst changed a movement (issue 13). The edit history shows it beside who and when;
-- edits from before this version have none.
ALTER TABLE movement_edits ADD COLUMN reason text;
