-- A fourth mention type (Core MentionType.Metonymic): a place name standing for a body that acts or rules ("the [EU]
-- said", "[EU] rules"), kept apart from the territory ("countries in the [EU]", literal).
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_type_check;
ALTER TABLE mentions ADD CONSTRAINT mentions_type_check CHECK (type IN ('literal', 'embedded', 'demonym', 'metonymic'));
