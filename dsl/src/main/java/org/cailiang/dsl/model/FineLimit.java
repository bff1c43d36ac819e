package org.cailiang.dsl.model;

import java.math.BigDecimal;

/**
 * The most a 规章 may fine, as the 国务院 (部门规章, 《行政处罚法》第十三条第二款) or the
 * 省级人大常委会 (地方政府规章, 第十四条第二款) set it for the region: {@code fine-limit 3万 "依据"}.
 *
 * @param amount the limit in yuan, inclusive
 * @param source where the limit is set, as the author cites it
 */
public record FineLimit(BigDecimal amount, String source, SourceSpan span) {}
