-- Customers' in-app notifications (issue 7). One row per (user, type, order): the outbox may deliver an order event
-- twice, the unique key keeps one notification. Non-order notifications (order_no NULL) are not deduplicated by it.
CREATE TABLE notifications (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    type VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title VARCHAR(100) NOT NULL,
    body VARCHAR(500) NOT NULL,
    order_no VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    read_at DATETIME(6) NULL COMMENT 'UTC, first time the customer marked it read',
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY ux_notifications_user_type_order (user_id, type, order_no),
    -- the list: newest first by id, keyset "id < cursor", one user at a time
    INDEX ix_notifications_user_id (user_id, id),
    -- the badge: COUNT(*) WHERE user_id = ? AND read_at IS NULL reads only the unread entries
    INDEX ix_notifications_user_unread (user_id, read_at),
    CONSTRAINT fk_notifications_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
