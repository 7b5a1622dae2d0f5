package io.mediaflow.common.files;

import java.util.Set;

import io.mediaflow.common.messaging.ImageFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsAnOrdinaryNameWithoutItsExtension() {
		assertThat(FileNames.safeBaseName("holiday-photo_1.JPG")).isEqualTo("holiday-photo_1");
	}

	@Test
	void dropsPathParts() {
		assertThat(FileNames.safeBaseName("../../etc/passwd.png")).isEqualTo("passwd");
		assertThat(FileNames.safeBaseName("C:\\Users\\ann\\cat.jpg")).isEqualTo("cat");
	}

	@Test
	void dropsControlCharactersRtlOverridesAndEmoji() {
		assertThat(FileNames.safeBaseName("a\u0000b\u0007c.jpg")).isEqualTo("abc");
		assertThat(FileNames.safeBaseName("invoice\u202Egnp.exe.jpg")).isEqualTo("invoicegnp_exe");
		assertThat(FileNames.safeBaseName("sunset 🌅 at sea.png")).isEqualTo("sunset_at_sea");
	}

	@Test
	void keepsLettersOfOtherScripts() {
		assertThat(FileNames.safeBaseName("Фото кота.png")).isEqualTo("Фото_кота");
	}

	@Test
	void shortensVeryLongNames() {
		String name = FileNames.safeBaseName("x".repeat(300) + ".jpg");

		assertThat(name).hasSize(FileNames.MAX_LENGTH);
	}

	@Test
	void fallsBackWhenNothingIsLeft() {
		assertThat(FileNames.safeBaseName("🌅🌅.jpg")).isEqualTo("file");
		assertThat(FileNames.safeBaseName(".jpg")).isEqualTo("jpg");
		assertThat(FileNames.safeBaseName("///")).isEqualTo("file");
		assertThat(FileNames.safeBaseName(null)).isEqualTo("file");
	}

	@Test
	void makesRepeatedNamesDistinct() {
		assertThat(FileNames.unique("cat", Set.of())).isEqualTo("cat");
		assertThat(FileNames.unique("cat", Set.of("cat"))).isEqualTo("cat-2");
		assertThat(FileNames.unique("Cat", Set.of("cat", "cat-2"))).isEqualTo("Cat-3");
	}

	@Test
	void namesImageOutputsAsTheSpecDoes() {
		assertThat(ImageVariant.ROTATED.imgLink("cat", ImageFormat.JPEG)).isEqualTo("cat_rotated.jpg");
		assertThat(ImageVariant.ORIGINAL.imgLink("cat-2", ImageFormat.PNG)).isEqualTo("cat-2_original.png");
	}

}
