-- Coupons and points (issue 5, checkout). Money is an integer number of won. Times are UTC.
-- Written for MariaDB 10.11 and MySQL 8 alike: CHECK constraints are enforced by both (MySQL from 8.0.16).

-- A coupon is the offer; a user coupon is one customer's copy of it, used at most once.
CREATE TABLE coupons (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    -- NULL: usable at every store (platform-wide)
    store_id BIGINT NULL,
    discount_amount INT NOT NULL COMMENT 'won off the order',
    minimum_order_amount INT NOT NULL DEFAULT 0 COMMENT 'won, the subtotal the order must reach',
    valid_from DATETIME(6) NOT NULL COMMENT 'UTC, first instant it can be used',
    valid_until DATETIME(6) NOT NULL COMMENT 'UTC, first instant it can no longer be used (exclusive)',
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    INDEX ix_coupons_store (store_id),
    CONSTRAINT ck_coupons_discount_amount CHECK (discount_amount > 0),
    CONSTRAINT ck_coupons_minimum_order_amount CHECK (minimum_order_amount >= 0),
    CONSTRAINT ck_coupons_validity CHECK (valid_until > valid_from),
    -- a store that still has coupons out cannot be deleted silently: the customers hold them
    CONSTRAINT fk_coupons_store FOREIGN KEY (store_id) REFERENCES stores (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_coupons (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    coupon_id BIGINT NOT NULL,
    issued_at DATETIME(6) NOT NULL COMMENT 'UTC',
    -- Both set by one conditional UPDATE ... WHERE used_at IS NULL (so of two racing orders exactly one wins), and
    -- both cleared when that order is cancelled.
    used_at DATETIME(6) NULL COMMENT 'UTC',
    -- our order id string; no foreign key: the orders table comes later and a checkout id is not an order row yet
    used_order_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    PRIMARY KEY (id),
    -- "my usable coupons": the customer's unused rows (used_at IS NULL is an index range), validity checked on coupons
    INDEX ix_user_coupons_user_used (user_id, used_at),
    INDEX ix_user_coupons_coupon (coupon_id),
    CONSTRAINT ck_user_coupons_used CHECK ((used_at IS NULL) = (used_order_id IS NULL)),
    CONSTRAINT fk_user_coupons_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_coupons_coupon FOREIGN KEY (coupon_id) REFERENCES coupons (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The balance stays users.point_balance (created with the users table and shown on the profile): one row per customer
-- already exists, so a deduction is a single-row conditional UPDATE ... WHERE point_balance >= the points, atomic under
-- the row lock, with no second table to keep in step. The CHECK is the last line of defence should any other
-- statement ever try to take the balance below zero. (MySQL rebuilds the table to add it; users is small at this point.)
ALTER TABLE users ADD CONSTRAINT ck_users_point_balance CHECK (point_balance >= 0);

-- Every change of a balance, with the balance after it, written in the same transaction as the change.
CREATE TABLE point_ledger (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    delta BIGINT NOT NULL COMMENT 'points, + earned or refunded, - spent',
    balance_after BIGINT NOT NULL,
    reason VARCHAR(100) NOT NULL COMMENT 'shown to the customer, e.g. 가입 축하 포인트',
    order_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    -- "my points, newest first": ids only grow, so (user_id, id) read backwards is the order and the keyset
    INDEX ix_point_ledger_user (user_id, id),
    INDEX ix_point_ledger_order (order_id),
    CONSTRAINT ck_point_ledger_delta CHECK (delta <> 0),
    CONSTRAINT ck_point_ledger_balance_after CHECK (balance_after >= 0),
    CONSTRAINT fk_point_ledger_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
