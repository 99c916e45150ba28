-- Orders, their lines and status history, and the refunds of payments (issue 6). Money is won; times are UTC.

-- One order per checkout: order_no is the checkout's order id (the key Toss knows the payment by), and its unique key
-- is what makes a double submit, sequential or racing, one order.
CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT,
    order_no VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id BIGINT NOT NULL,
    store_id BIGINT NOT NULL,
    store_name VARCHAR(100) NOT NULL COMMENT 'as it was when ordered',
    status VARCHAR(16) NOT NULL,
    subtotal INT NOT NULL,
    coupon_amount INT NOT NULL,
    point_amount INT NOT NULL,
    total_amount INT NOT NULL,
    user_coupon_id BIGINT NULL,
    request_note VARCHAR(200) NULL,
    payment_key VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    payment_method VARCHAR(50) NOT NULL,
    approved_at DATETIME(6) NULL COMMENT 'UTC',
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    updated_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY ux_orders_order_no (order_no),
    -- "my orders, newest first": ids only grow, so (user_id, id) read backwards is the order and the keyset
    INDEX ix_orders_user (user_id, id),
    -- the store's queue (POS) and the auto-cancel batch
    INDEX ix_orders_store_status (store_id, status, id),
    INDEX ix_orders_status_created (status, created_at),
    CONSTRAINT ck_orders_status CHECK (status IN ('PAID', 'ACCEPTED', 'READY', 'PICKED_UP', 'CANCELED', 'REJECTED', 'AUTO_CANCELED')),
    CONSTRAINT ck_orders_amounts CHECK (total_amount = subtotal - coupon_amount - point_amount AND total_amount >= 0),
    CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_orders_store FOREIGN KEY (store_id) REFERENCES stores (id),
    CONSTRAINT fk_orders_checkout FOREIGN KEY (order_no) REFERENCES checkouts (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Names and prices are copied from the checkout snapshot: a menu renamed or repriced later never changes a receipt.
CREATE TABLE order_items (
    id BIGINT NOT NULL AUTO_INCREMENT,
    order_id BIGINT NOT NULL,
    menu_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    quantity INT NOT NULL,
    unit_price INT NOT NULL,
    line_amount INT NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_order_items_order (order_id),
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0 AND line_amount = unit_price * quantity),
    CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_item_options (
    order_item_id BIGINT NOT NULL,
    option_id BIGINT NOT NULL,
    name VARCHAR(50) NOT NULL,
    price INT NOT NULL,
    PRIMARY KEY (order_item_id, option_id),
    CONSTRAINT fk_order_item_options_item FOREIGN KEY (order_item_id) REFERENCES order_items (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every move of an order, the first one (to PAID) included.
CREATE TABLE order_status_history (
    id BIGINT NOT NULL AUTO_INCREMENT,
    order_id BIGINT NOT NULL,
    from_status VARCHAR(16) NULL,
    to_status VARCHAR(16) NOT NULL,
    actor VARCHAR(10) NOT NULL COMMENT 'CUSTOMER, STORE or SYSTEM',
    reason VARCHAR(200) NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    INDEX ix_order_status_history_order (order_id, id),
    CONSTRAINT fk_order_status_history_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every refund asked of Toss, with the idempotency key that makes its retries safe. Not tied to an order: the refund
-- of a payment whose order could not be stored has no order row.
CREATE TABLE payment_refunds (
    id BIGINT NOT NULL AUTO_INCREMENT,
    order_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    payment_key VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    amount INT NULL COMMENT 'NULL: the whole payment',
    reason VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(300) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status VARCHAR(10) NOT NULL COMMENT 'REQUESTED, DONE, FAILED',
    attempts INT NOT NULL DEFAULT 0,
    last_error VARCHAR(500) NULL,
    requested_at DATETIME(6) NOT NULL COMMENT 'UTC',
    completed_at DATETIME(6) NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY ux_payment_refunds_key (idempotency_key),
    INDEX ix_payment_refunds_order (order_id),
    CONSTRAINT ck_payment_refunds_status CHECK (status IN ('REQUESTED', 'DONE', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
