package org.xiaoneng.catalog;

import java.math.BigDecimal;

/**
 * A fee (收费项目); an item without fees is free.
 *
 * @param name what is charged
 * @param amountYuan how much, in 元
 * @param basis 收费依据
 */
public record Fee(String name, BigDecimal amountYuan, String basis) {
}
