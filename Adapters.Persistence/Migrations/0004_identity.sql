-- Accounts, their refresh sessions and their push tokens (Application/Identity). Times are UTC.

CREATE TABLE users (
    id BIGINT NOT NULL AUTO_INCREMENT,
    -- Stored trimmed and lower-cased, and compared byte for byte, because utf8mb4_unicode_ci would also equate accented
    -- and unaccented letters and refuse a different mailbox as "taken".
    email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    password_hash VARCHAR(255) NOT NULL COMMENT 'encoded Argon2id hash with its parameters and salt',
    nickname VARCHAR(20) NOT NULL,
    role VARCHAR(16) NOT NULL DEFAULT 'CUSTOMER',
    point_balance BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    updated_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    -- decides taken emails, also between two sign-ups racing for the same address
    UNIQUE KEY ux_users_email (email),
    CONSTRAINT ck_users_role CHECK (role IN ('CUSTOMER', 'ADMIN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per refresh token. A token is used once: rotation sets used_at and replaced_by_id and inserts the
-- successor in the same family, and presenting a used token revokes the family.
CREATE TABLE refresh_sessions (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    family_id CHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT '128 random bits in hex, one per login',
    token_hash BINARY(32) NOT NULL COMMENT 'SHA-256 of the token, never the token itself',
    device_id VARCHAR(255) NULL,
    user_agent VARCHAR(255) NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    expires_at DATETIME(6) NOT NULL COMMENT 'UTC',
    used_at DATETIME(6) NULL COMMENT 'UTC, set when exchanged',
    revoked_at DATETIME(6) NULL COMMENT 'UTC, set by logout or reuse detection',
    -- no foreign key: a history pointer only, and the purge deletes rows in any order
    replaced_by_id BIGINT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_refresh_sessions_token_hash (token_hash),
    INDEX ix_refresh_sessions_family_id (family_id),
    INDEX ix_refresh_sessions_user_id (user_id),
    -- the purge deletes by these two, each through its own index
    INDEX ix_refresh_sessions_expires_at (expires_at),
    INDEX ix_refresh_sessions_revoked_at (revoked_at),
    CONSTRAINT fk_refresh_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- FCM registration tokens. The token is the key: one phone pushes to whoever registered it last.
CREATE TABLE device_tokens (
    token VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id BIGINT NOT NULL,
    platform VARCHAR(10) NOT NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC, first registration of the token',
    updated_at DATETIME(6) NOT NULL COMMENT 'UTC, last registration',
    PRIMARY KEY (token),
    INDEX ix_device_tokens_user_id (user_id),
    CONSTRAINT ck_device_tokens_platform CHECK (platform IN ('android', 'ios')),
    CONSTRAINT fk_device_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
