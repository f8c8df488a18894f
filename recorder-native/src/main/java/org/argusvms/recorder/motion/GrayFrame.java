package org.argusvms.recorder.motion;

/**
 * A small greyscale picture for motion analysis: {@code width × height} luma bytes, rows packed without padding.
 *
 * @param epochMillis when the camera's frame arrived at the recorder
 */
public record GrayFrame(int width, int height, byte[] pixels, long epochMillis) {

    public GrayFrame {
        if (width < GridCells.COLUMNS || height < GridCells.ROWS || pixels.length < width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs at least "
                    + GridCells.COLUMNS + "x" + GridCells.ROWS + " pixels and " + width * height + " bytes");
        }
    }
}
