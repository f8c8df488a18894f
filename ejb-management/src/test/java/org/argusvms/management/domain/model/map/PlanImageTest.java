package org.argusvms.management.domain.model.map;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanImageTest {

    @Test
    void acceptsPngAndReadsItsSize() throws IOException {
        byte[] png = picture("png", 640, 480);

        PlanImage image = PlanImage.of(png);

        assertEquals(PlanImage.ImageType.PNG, image.type());
        assertEquals("image/png", image.type().mediaType());
        assertEquals(640, image.width());
        assertEquals(480, image.height());
        assertArrayEquals(png, image.content());
    }

    @Test
    void acceptsJpeg() throws IOException {
        PlanImage image = PlanImage.of(picture("jpeg", 300, 200));

        assertEquals("image/jpeg", image.type().mediaType());
        assertEquals(300, image.width());
        assertEquals(200, image.height());
    }

    @Test
    void refusesSvgEvenThoughBrowsersShowIt() {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8);

        var refused = assertThrows(PlanImage.RefusedImageException.class, () -> PlanImage.of(svg));
        assertTrue(refused.getMessage().contains("PNG or JPEG"), refused.getMessage());
    }

    @Test
    void refusesGarbageAndEmptyBodies() {
        assertThrows(PlanImage.RefusedImageException.class,
                () -> PlanImage.of("not an image at all".getBytes(StandardCharsets.UTF_8)));
        assertThrows(PlanImage.RefusedImageException.class, () -> PlanImage.of(new byte[0]));
        assertThrows(PlanImage.RefusedImageException.class, () -> PlanImage.of(null));
    }

    @Test
    void refusesPngMagicFollowedByGarbage() throws IOException {
        byte[] png = picture("png", 100, 100);
        byte[] truncated = Arrays.copyOf(png, 40);

        var refused = assertThrows(PlanImage.RefusedImageException.class, () -> PlanImage.of(truncated));
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
    }

    @Test
    void refusesMoreThanFiveMegabytesBeforeLookingAtThem() throws IOException {
        byte[] png = picture("png", 10, 10);
        byte[] oversized = Arrays.copyOf(png, PlanImage.MAX_BYTES + 1);

        var refused = assertThrows(PlanImage.RefusedImageException.class, () -> PlanImage.of(oversized));
        assertTrue(refused.getMessage().contains("5 MB"), refused.getMessage());
    }

    @Test
    void digestTellsDifferentPicturesOfTheSameSizeApart() throws IOException {
        BufferedImage other = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        other.setRGB(3, 3, 0xffffff);

        assertEquals(PlanImage.of(picture("png", 64, 64)).digest(), PlanImage.of(picture("png", 64, 64)).digest());
        assertNotEquals(PlanImage.of(picture("png", 64, 64)).digest(), PlanImage.of(encode(other, "png")).digest());
    }

    static byte[] picture(String format, int width, int height) throws IOException {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
