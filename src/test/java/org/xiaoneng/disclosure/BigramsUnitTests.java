package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chinese text is indexed by its character pairs, Latin words and numbers whole. */
class BigramsUnitTests {

	@Test
	void aRunOfHanCharactersIsCutIntoOverlappingPairsAndWordsStayWhole() {
		assertThat(Bigrams.of("政务公开 2026年 PDF")).containsExactly("政务", "务公", "公开", "2026", "年", "pdf");
	}
}
