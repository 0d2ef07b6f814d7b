package org.policybriefs.render;

import java.awt.Color;
import java.awt.image.BufferedImage;

import com.lowagie.text.Image;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decoded PNG to PDF image bytes: red, green and blue in that order whatever the layout of the
 * decoded image, and no fast path for an image with any transparency.
 */
class OpaqueImagesTests {

	@Test
	void anOpaqueImageBecomesItsRgbBytes() {
		for (int type : new int[] { BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_3BYTE_BGR }) {
			BufferedImage decoded = new BufferedImage(2, 1, type);
			decoded.setRGB(0, 0, new Color(10, 20, 30).getRGB());
			decoded.setRGB(1, 0, new Color(200, 100, 50).getRGB());

			Image image = OpaqueImages.rgb(decoded);

			assertThat(image.getWidth()).isEqualTo(2);
			assertThat(image.getHeight()).isEqualTo(1);
			assertThat(image.getRawData()).containsExactly(10, 20, 30, 200, 100, 50);
		}
	}

	@Test
	void anImageWithTransparencyTakesTheGeneralPath() {
		BufferedImage decoded = new BufferedImage(2, 1, BufferedImage.TYPE_4BYTE_ABGR);
		decoded.setRGB(0, 0, new Color(10, 20, 30, 128).getRGB());

		assertThat(OpaqueImages.rgb(decoded)).isNull();
		assertThat(OpaqueImages.rgb(new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB))).isNull();
	}

}
