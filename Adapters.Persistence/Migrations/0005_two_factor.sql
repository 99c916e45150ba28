-- Two-factor authentication (TOTP, Application/Identity/TwoFactor). Columns on users, not a table of their own:
-- login reads them by the primary key it already has, and the one-time-use check is a single-row conditional update.
-- Secrets are AES-256-GCM encrypted by the service (12-byte nonce | ciphertext | 16-byte tag: 48 bytes for a
-- 20-byte secret), with the user id as associated data, so a row copied onto another account does not decrypt.

ALTER TABLE users
    ADD COLUMN totp_secret VARBINARY(64) NULL COMMENT 'encrypted TOTP secret; set while 2FA is on',
    ADD COLUMN totp_pending_secret VARBINARY(64) NULL COMMENT 'encrypted secret handed out by setup, not confirmed yet',
    ADD COLUMN totp_enabled_at DATETIME(6) NULL COMMENT 'UTC',
    -- a code is good once: a login, enable or disable must present a later step than this
    ADD COLUMN totp_last_step BIGINT NULL COMMENT 'last accepted TOTP time step (unix seconds / 30)';
