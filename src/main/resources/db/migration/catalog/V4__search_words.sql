-- The words people use for an item (issue 21): its keywords, other names (aliases) and the life event it belongs to
-- (开办企业, 买卖房屋 …), kept per item so that they outlive its versions, and synonyms the catalogue editor maintains:
-- a word people say (开饭店) and what the catalogue calls it (食品经营许可). The public search matches both.
CREATE TABLE catalog.item_term
(
    id         BIGSERIAL PRIMARY KEY,
    item_id    BIGINT      NOT NULL REFERENCES catalog.item (id),
    kind       TEXT        NOT NULL CHECK (kind IN ('KEYWORD', 'ALIAS', 'LIFE_EVENT')),
    term       TEXT        NOT NULL CHECK (length(term) BETWEEN 1 AND 40),
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (item_id, kind, term)
);

CREATE TABLE catalog.synonym
(
    id         BIGSERIAL PRIMARY KEY,
    word       TEXT        NOT NULL CHECK (length(word) BETWEEN 1 AND 40),
    meaning    TEXT        NOT NULL CHECK (length(meaning) BETWEEN 1 AND 40),
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (word, meaning)
);

-- Words citizens commonly use for items of a county's catalogue; the editor adds and removes more.
INSERT INTO catalog.synonym (word, meaning, created_by, created_at)
VALUES ('营业执照', '设立登记', 'system', now()),
       ('开饭店', '食品经营许可', 'system', now()),
       ('开饭店', '个体工商户设立登记', 'system', now()),
       ('开餐馆', '食品经营许可', 'system', now()),
       ('开药店', '药品零售企业许可', 'system', now()),
       ('开公司', '有限责任公司设立登记', 'system', now()),
       ('房产证', '不动产', 'system', now()),
       ('过户', '转移登记', 'system', now()),
       ('社保卡', '社会保障卡', 'system', now()),
       ('失业金', '失业保险金', 'system', now()),
       ('电梯', '特种设备', 'system', now());
