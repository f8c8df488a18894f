package org.argusvms.simulator.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** ADTS files as ffmpeg writes them (AAC-LC, no CRC), with frames of chosen sizes, for tests. */
public final class SyntheticAdts {

    private SyntheticAdts() {
    }

    /** Frame i is {@code frameBytes} bytes of value i, mono, at the rate with this ADTS index (8 = 16 kHz). */
    public static Path write(Path file, int frames, int frameBytes, int rateIndex) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            int length = 7 + frameBytes;
            out.write(0xFF);
            out.write(0xF1);
            out.write(0x40 | rateIndex << 2); // profile LC (1), private 0, channel high bit 0
            out.write(0x40 | (length >> 11) & 0x03); // one channel
            out.write(length >> 3);
            out.write((length & 0x07) << 5 | 0x1F);
            out.write(0xFC);
            for (int b = 0; b < frameBytes; b++) {
                out.write(i);
            }
        }
        return Files.write(file, out.toByteArray());
    }
}
