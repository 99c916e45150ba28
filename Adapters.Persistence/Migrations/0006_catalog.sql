-- Catalog, likes and carts (issue 4). Money is an integer number of won. Times are UTC.
-- Written for MariaDB 10.11 and MySQL 8 alike: no RETURNING, no sequences, no spatial column (the SRID rules of the
-- two servers differ); "near me" uses a bounding-box prefilter on ix_stores_location, then the exact distance.

CREATE TABLE stores (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    description VARCHAR(500) NOT NULL DEFAULT '',
    address VARCHAR(255) NOT NULL,
    phone VARCHAR(20) NOT NULL,
    latitude DECIMAL(9,6) NOT NULL,
    longitude DECIMAL(9,6) NOT NULL,
    status VARCHAR(10) NOT NULL DEFAULT 'OPEN',
    pickup_minutes INT NOT NULL,
    rating DECIMAL(2,1) NOT NULL DEFAULT 0.0,
    like_count INT NOT NULL DEFAULT 0,
    review_count INT NOT NULL DEFAULT 0,
    thumbnail_url VARCHAR(500) NULL,
    -- a JSON array of strings, e.g. ["커피","디저트"]: shown, never filtered on, so no join table
    tags JSON NOT NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    updated_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    -- bounding-box prefilter of "stores near me": a range on latitude, longitude checked from the index entries
    INDEX ix_stores_location (latitude, longitude),
    -- keyset paging on (sort value, id) for the other sorts
    INDEX ix_stores_like_count (like_count, id),
    INDEX ix_stores_rating (rating, id),
    INDEX ix_stores_review_count (review_count, id),
    CONSTRAINT ck_stores_status CHECK (status IN ('OPEN', 'CLOSED', 'PAUSED')),
    CONSTRAINT ck_stores_rating CHECK (rating BETWEEN 0.0 AND 5.0),
    CONSTRAINT ck_stores_pickup_minutes CHECK (pickup_minutes >= 0),
    CONSTRAINT ck_stores_like_count CHECK (like_count >= 0),
    CONSTRAINT ck_stores_review_count CHECK (review_count >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE menu_categories (
    id BIGINT NOT NULL AUTO_INCREMENT,
    store_id BIGINT NOT NULL,
    name VARCHAR(50) NOT NULL,
    display_order INT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_menu_categories_store (store_id, display_order),
    CONSTRAINT fk_menu_categories_store FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE menus (
    id BIGINT NOT NULL AUTO_INCREMENT,
    store_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    description VARCHAR(500) NOT NULL DEFAULT '',
    price INT NOT NULL,
    stock INT NOT NULL DEFAULT 0,
    sold_out BOOLEAN NOT NULL DEFAULT FALSE,
    display_order INT NOT NULL DEFAULT 0,
    image_url VARCHAR(500) NULL,
    PRIMARY KEY (id),
    INDEX ix_menus_store (store_id, display_order),
    INDEX ix_menus_category (category_id),
    CONSTRAINT ck_menus_price CHECK (price >= 0),
    -- the last line of defence of the stock check: a decrement below zero fails instead of overselling
    CONSTRAINT ck_menus_stock CHECK (stock >= 0),
    CONSTRAINT fk_menus_store FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE,
    CONSTRAINT fk_menus_category FOREIGN KEY (category_id) REFERENCES menu_categories (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE option_groups (
    id BIGINT NOT NULL AUTO_INCREMENT,
    menu_id BIGINT NOT NULL,
    name VARCHAR(50) NOT NULL,
    required BOOLEAN NOT NULL DEFAULT FALSE,
    min_select INT NOT NULL DEFAULT 0,
    max_select INT NOT NULL DEFAULT 1,
    display_order INT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_option_groups_menu (menu_id, display_order),
    CONSTRAINT ck_option_groups_select CHECK (min_select >= 0 AND min_select <= max_select),
    CONSTRAINT fk_option_groups_menu FOREIGN KEY (menu_id) REFERENCES menus (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE options (
    id BIGINT NOT NULL AUTO_INCREMENT,
    group_id BIGINT NOT NULL,
    name VARCHAR(50) NOT NULL,
    price_delta INT NOT NULL DEFAULT 0,
    sold_out BOOLEAN NOT NULL DEFAULT FALSE,
    display_order INT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_options_group (group_id, display_order),
    CONSTRAINT ck_options_price_delta CHECK (price_delta >= 0),
    CONSTRAINT fk_options_group FOREIGN KEY (group_id) REFERENCES option_groups (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per (customer, store): the primary key makes a second like a no-op.
CREATE TABLE store_likes (
    user_id BIGINT NOT NULL,
    store_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (user_id, store_id),
    -- "my likes, newest first" with keyset paging on (created_at, store_id)
    INDEX ix_store_likes_user_created (user_id, created_at, store_id),
    INDEX ix_store_likes_store (store_id),
    CONSTRAINT fk_store_likes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_store_likes_store FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One cart per customer, for one store at a time.
CREATE TABLE carts (
    user_id BIGINT NOT NULL,
    store_id BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (user_id),
    INDEX ix_carts_store (store_id),
    CONSTRAINT fk_carts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_carts_store FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cart_items (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    menu_id BIGINT NOT NULL,
    quantity INT NOT NULL,
    -- the chosen option ids, ascending and comma-separated ('' for none): the same menu with the same options is one
    -- line, decided by the unique key rather than by a lookup that two concurrent adds could both miss
    option_ids_key VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY ux_cart_items_line (user_id, menu_id, option_ids_key),
    INDEX ix_cart_items_menu (menu_id),
    CONSTRAINT ck_cart_items_quantity CHECK (quantity BETWEEN 1 AND 99),
    CONSTRAINT fk_cart_items_cart FOREIGN KEY (user_id) REFERENCES carts (user_id) ON DELETE CASCADE,
    CONSTRAINT fk_cart_items_menu FOREIGN KEY (menu_id) REFERENCES menus (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cart_item_options (
    cart_item_id BIGINT NOT NULL,
    option_id BIGINT NOT NULL,
    PRIMARY KEY (cart_item_id, option_id),
    INDEX ix_cart_item_options_option (option_id),
    CONSTRAINT fk_cart_item_options_item FOREIGN KEY (cart_item_id) REFERENCES cart_items (id) ON DELETE CASCADE,
    CONSTRAINT fk_cart_item_options_option FOREIGN KEY (option_id) REFERENCES options (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
