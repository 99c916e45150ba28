-- Baseline: the first migration, so a new database proves the whole pipeline (embedding, ordering, history table)
-- before any feature depends on it. Feature tables come with their own numbered files.
-- Every table spells out engine, charset and collation: MySQL 8 and MariaDB default to different collations.

CREATE TABLE app_metadata (
    meta_key VARCHAR(64) NOT NULL,
    meta_value VARCHAR(255) NOT NULL,
    updated_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (meta_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which application owns this schema: a guard for tooling that must not run against another product's database.
INSERT INTO app_metadata (meta_key, meta_value, updated_at) VALUES ('schema_owner', 'hexagon', UTC_TIMESTAMP(6));
