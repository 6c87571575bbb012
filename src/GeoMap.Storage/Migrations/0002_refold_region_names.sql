-- The folding rules became one (GeoMap.Core.Text.TextFolding): apostrophes are dropped instead of
-- becoming spaces ("Côte d'Ivoire" → "cote divoire"), and ł, ß, æ, œ are spelled out. The keys are
-- computed in C#, so mark them stale; the region seeder folds them again on start
-- (RegionRepository.RefoldStaleNamesAsync).
UPDATE region_names SET folded = '';
