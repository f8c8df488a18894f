package org.argusvms.recorder.media;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Encodes a decoded BGR frame as a baseline JPEG with the JDK's encoder (no native dependency beyond decoding). */
final class JpegEncoder {

    private static final float QUALITY = 0.85f;

    private JpegEncoder() {
    }

    static byte[] encode(RecordedFrameDecoder.Frame frame) throws IOException {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int rowBytes = frame.width() * 3;
        for (int row = 0; row < frame.height(); row++) {
            System.arraycopy(frame.bgr(), row * frame.stride(), target, row * rowBytes, rowBytes);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream(frame.width() * frame.height() / 8);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(jpeg)) {
            writer.setOutput(out);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return jpeg.toByteArray();
    }
}
