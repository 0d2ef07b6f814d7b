package org.policybriefs.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

/**
 * A decoded image as a PDF image of its RGB bytes, read straight from the image's own byte
 * buffer. Only for the common layouts of a decoded PNG (8-bit RGB or ABGR) and only when every
 * pixel is opaque; otherwise null, and the caller takes the general (slower) path.
 */
final class OpaqueImages {

	private OpaqueImages() {
	}

	static Image rgb(BufferedImage decoded) {
		if (decoded == null) {
			return null;
		}
		int type = decoded.getType();
		if ((type != BufferedImage.TYPE_4BYTE_ABGR && type != BufferedImage.TYPE_3BYTE_BGR)
				|| !(decoded.getRaster().getDataBuffer() instanceof DataBufferByte buffer)
				|| buffer.getNumBanks() != 1) {
			return null;
		}
		int width = decoded.getWidth();
		int height = decoded.getHeight();
		int step = (type == BufferedImage.TYPE_4BYTE_ABGR) ? 4 : 3;
		byte[] source = buffer.getData();
		if (source.length != width * height * step) {
			return null;
		}
		byte[] rgb = new byte[width * height * 3];
		int colour = step - 3;
		for (int from = 0, to = 0; from < source.length; from += step, to += 3) {
			if (step == 4 && source[from] != (byte) 0xFF) {
				return null;
			}
			rgb[to] = source[from + colour + 2];
			rgb[to + 1] = source[from + colour + 1];
			rgb[to + 2] = source[from + colour];
		}
		try {
			return Image.getInstance(width, height, 3, 8, rgb);
		}
		catch (BadElementException ex) {
			return null;
		}
	}

}
