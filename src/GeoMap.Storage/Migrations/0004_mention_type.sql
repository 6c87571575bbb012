-- How a report uses a place name (Core MentionType): 'literal' (the place itself), 'embedded' (inside a longer name,
-- "[Ohio] Department of Transportation") or 'demonym' ("the [Malaysian] government", stored at the country).
-- Mentions stored before were all literal.
ALTER TABLE mentions ADD COLUMN type text NOT NULL DEFAULT 'literal' CHECK (type IN ('literal', 'embedded', 'demonym'));
