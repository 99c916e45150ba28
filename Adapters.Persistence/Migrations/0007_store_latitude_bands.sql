-- "Stores near me" reads rings of increasing radius, nearest first (Adapters.Persistence/Catalog/NearestStoresSearch.cs).
-- A ring is covered by (latitude band, longitude range) pairs; with the band as the first key part and the longitude as
-- the second, each pair is an exact index range, so a page reads the index entries near its own rows instead of every
-- latitude in the search radius (which is what ix_stores_location, a range on latitude only, reads). The latitude as
-- the third part lets the server test the ring's planar bounds (GeoRing.PlanarTest) on the index entries (index
-- condition pushdown) and read a row only when it may be in the ring.
-- The band is a 0.001° slice of latitude, about 111 m: Domain/Catalog/LatitudeBand.PerDegree must stay 1000.
-- Works on MySQL 8 and MariaDB 10.2+ (stored generated column, indexed; the expression is exact on DECIMAL).
ALTER TABLE stores
    ADD COLUMN latitude_band INT GENERATED ALWAYS AS (FLOOR(latitude * 1000)) STORED,
    ADD INDEX ix_stores_latitude_band (latitude_band, longitude, latitude);
