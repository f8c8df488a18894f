package org.argusvms.management.domain.model.map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The picture of a floor plan, checked before anything is stored: PNG or JPEG only, recognised by their magic bytes
 * (a client's Content-Type is never trusted) and decoded in full, so a truncated or forged file is refused rather than
 * shown broken on every operator's screen. SVG is refused on purpose: it may carry scripts.
 */
public record PlanImage(ImageType type, int width, int height, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Plans are drawings, not photographs of a city: larger sides would only cost memory in every browser. */
    public static final int MAX_SIDE = 10_000;
    /** The integrity check decodes a thumbnail of at most this side, so a huge plan never fills the heap. */
    private static final int CHECK_SIDE = 256;

    /** The accepted formats, with the bytes every file of the format starts with. */
    public enum ImageType {
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
        JPEG("image/jpeg", "jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

        private final String mediaType;
        private final String readerName;
        private final byte[] magic;

        ImageType(String mediaType, String readerName, byte[] magic) {
            this.mediaType = mediaType;
            this.readerName = readerName;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The type a stored media type names; null for anything else. */
        public static ImageType ofMediaType(String mediaType) {
            for (ImageType type : values()) {
                if (type.mediaType.equals(mediaType)) {
                    return type;
                }
            }
            return null;
        }

        static ImageType sniff(byte[] content) {
            for (ImageType type : values()) {
                if (content.length >= type.magic.length
                        && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                    return type;
                }
            }
            return null;
        }
    }

    /** Thrown for bytes that are no acceptable plan picture; the message says why, for the administrator. */
    public static final class RefusedImageException extends IllegalArgumentException {
        RefusedImageException(String message) {
            super(message);
        }
    }

    public PlanImage {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** SHA-256 of the bytes, hex: tells a new picture from a re-upload of the same one. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @throws RefusedImageException for empty, oversized, non-PNG/JPEG, undecodable or oversided pictures
     */
    public static PlanImage of(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RefusedImageException("the image is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedImageException("the image has " + content.length + " bytes; at most " + MAX_BYTES
                    + " (5 MB) are accepted");
        }
        ImageType type = ImageType.sniff(content);
        if (type == null) {
            throw new RefusedImageException("the image must be a PNG or JPEG file (SVG and other formats are refused)");
        }
        return decode(type, content);
    }

    private static PlanImage decode(ImageType type, byte[] content) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("this Java runtime cannot read " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                throw new RefusedImageException("the image is " + width + "×" + height + " pixels; each side must be 1 to "
                        + MAX_SIDE);
            }
            ImageReadParam thumbnail = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / CHECK_SIDE);
            thumbnail.setSourceSubsampling(step, step, 0, 0);
            reader.read(0, thumbnail);
            return new PlanImage(type, width, height, content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedImageException refused) {
                throw refused;
            }
            throw new RefusedImageException("the " + type + " image is damaged and cannot be decoded");
        } finally {
            reader.dispose();
        }
    }
}
