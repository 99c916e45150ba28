-- The transactional outbox (issue 6, docs/OUTBOX.md). A use case writes a row in its own transaction, so the row
-- exists iff the business change committed; the relay delivers it afterwards, outside any transaction, at least once.
-- Times are UTC.

CREATE TABLE outbox_messages (
    id BIGINT NOT NULL AUTO_INCREMENT,
    type VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'the handler that delivers it, e.g. payment.refund',
    -- JSON so a malformed payload fails the enqueue (and its transaction) instead of reaching a handler. Ids, never secrets.
    payload JSON NOT NULL,
    -- PENDING (waiting for next_attempt_at), PROCESSING (claimed by a relay until locked_until), DONE, DEAD (given up)
    status VARCHAR(10) NOT NULL,
    attempts INT NOT NULL DEFAULT 0 COMMENT 'deliveries started; counted when claimed',
    next_attempt_at DATETIME(6) NOT NULL COMMENT 'UTC; a PENDING row is due from then',
    locked_until DATETIME(6) NULL COMMENT 'UTC; the lease of a PROCESSING row, due again once it passes',
    last_error VARCHAR(1000) NULL,
    -- optional idempotency of the enqueue: a second message with the same key is ignored (NULLs never collide)
    dedup_key VARCHAR(191) NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    processed_at DATETIME(6) NULL COMMENT 'UTC; when it became DONE or DEAD',
    PRIMARY KEY (id),
    UNIQUE KEY ux_outbox_messages_dedup_key (dedup_key),
    -- the claim: due PENDING rows read in index order (status equality, next_attempt_at range), so a locking read
    -- with LIMIT locks only the rows it returns; the few PROCESSING rows are read through the same index
    INDEX ix_outbox_messages_due (status, next_attempt_at),
    -- the dead-letter list, keyset-paged newest first: WHERE status = 'DEAD' AND id < ? ORDER BY id DESC, no sort
    INDEX ix_outbox_messages_status_id (status, id),
    CONSTRAINT ck_outbox_messages_status CHECK (status IN ('PENDING', 'PROCESSING', 'DONE', 'DEAD')),
    CONSTRAINT ck_outbox_messages_attempts CHECK (attempts >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
