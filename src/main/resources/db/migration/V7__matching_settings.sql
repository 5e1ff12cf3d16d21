-- Matching settings per municipality (issue 4): the six soft-score weights and the travel scale. NULL means
-- "the built-in default for this municipality" (see MunicipalitySettings.defaults and the README), so existing
-- municipalities keep today's behaviour until someone sets a value. The walking radius without a car already
-- lives in municipality.walking_radius_km (V1). Portable SQL: one column per statement for Derby.
ALTER TABLE municipality ADD COLUMN weight_interest DOUBLE PRECISION;
ALTER TABLE municipality ADD COLUMN weight_overlap DOUBLE PRECISION;
ALTER TABLE municipality ADD COLUMN weight_travel DOUBLE PRECISION;
ALTER TABLE municipality ADD COLUMN weight_continuity DOUBLE PRECISION;
ALTER TABLE municipality ADD COLUMN weight_fairness DOUBLE PRECISION;
ALTER TABLE municipality ADD COLUMN weight_target_group DOUBLE PRECISION;
ALTER TABLE municipality ADD COLUMN typical_travel_km DOUBLE PRECISION;
ALTER TABLE municipality ADD COLUMN default_car_travel_km DOUBLE PRECISION;
