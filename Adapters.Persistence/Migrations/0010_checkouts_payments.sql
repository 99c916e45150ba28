-- Checkouts and payments (issue 5). Money is an integer number of won; times are UTC.

-- A checkout is the server-priced offer the buyer pays through the Toss widget. Its order_id is the orderId sent to
-- Toss and later the order's number; the lines are a snapshot, so the order is placed at the prices the buyer saw and
-- paid, whatever the menu says by then.
CREATE TABLE checkouts (
    order_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id BIGINT NOT NULL,
    store_id BIGINT NOT NULL,
    order_name VARCHAR(100) NOT NULL,
    subtotal INT NOT NULL,
    coupon_amount INT NOT NULL,
    point_amount INT NOT NULL,
    amount INT NOT NULL,
    user_coupon_id BIGINT NULL,
    request_note VARCHAR(200) NULL,
    -- [{menuId, name, quantity, menuPrice, options: [{optionId, name, price}]}]: written once, read whole, never queried into
    line_snapshot JSON NOT NULL,
    -- OPEN (waiting for the payment), PAID (payment confirmed), ORDERED (the order exists), EXPIRED
    status VARCHAR(10) NOT NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    expires_at DATETIME(6) NOT NULL COMMENT 'UTC',
    updated_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (order_id),
    INDEX ix_checkouts_user (user_id, created_at),
    -- the batch that expires abandoned checkouts and finds paid ones that never became orders
    INDEX ix_checkouts_status_expires (status, expires_at),
    CONSTRAINT ck_checkouts_status CHECK (status IN ('OPEN', 'PAID', 'ORDERED', 'EXPIRED')),
    CONSTRAINT ck_checkouts_amounts CHECK (subtotal >= 0 AND coupon_amount >= 0 AND point_amount >= 0
        AND amount = subtotal - coupon_amount - point_amount AND amount >= 100),
    CONSTRAINT fk_checkouts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_checkouts_store FOREIGN KEY (store_id) REFERENCES stores (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One payment per checkout, as the provider last reported it. The unique order_id makes two racing confirms of the
-- same checkout record one payment; raw_response keeps Toss's answer for disputes and support.
CREATE TABLE payments (
    id BIGINT NOT NULL AUTO_INCREMENT,
    order_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    payment_key VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id BIGINT NOT NULL,
    amount INT NOT NULL,
    balance_amount INT NOT NULL,
    status VARCHAR(20) NOT NULL COMMENT 'the provider status: DONE, CANCELED, PARTIAL_CANCELED, ...',
    method VARCHAR(20) NULL COMMENT 'as Toss names it: 카드, 간편결제, ...',
    method_name VARCHAR(50) NOT NULL COMMENT 'what the buyer recognises: the card issuer or the easy-pay provider',
    card_issuer_code VARCHAR(4) NULL,
    easy_pay_provider VARCHAR(50) NULL,
    approved_at DATETIME(6) NULL COMMENT 'UTC',
    raw_response MEDIUMTEXT NOT NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    updated_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY ux_payments_order (order_id),
    UNIQUE KEY ux_payments_payment_key (payment_key),
    INDEX ix_payments_user (user_id),
    CONSTRAINT fk_payments_checkout FOREIGN KEY (order_id) REFERENCES checkouts (order_id),
    CONSTRAINT ck_payments_amounts CHECK (amount >= 0 AND balance_amount >= 0 AND balance_amount <= amount)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
