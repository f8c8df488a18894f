package org.argusvms.simulator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioClipTest {

    @TempDir
    Path directory;

    @Test
    void aacFramesLoseTheirAdtsHeadersAndGiveTheSdpConfig() throws IOException {
        AudioClip clip = AudioClip.load(SyntheticAdts.write(directory.resolve("a.adts"), 3, 10, 8), AudioCodec.AAC);

        assertEquals(3, clip.unitCount());
        assertArrayEquals(new byte[10], clip.aacFrame(0));
        assertEquals(2, clip.aacFrame(5)[0], "the loop wraps");
        assertEquals(1024, clip.samplesPerUnit());
        assertEquals("1408", clip.aacConfig(), "AAC-LC, 16 kHz, mono");
    }

    @Test
    void aacAtAnotherRateThanTheCodecsIsRefused() throws IOException {
        Path file = SyntheticAdts.write(directory.resolve("b.adts"), 2, 10, 3);

        IOException error = assertThrows(IOException.class, () -> AudioClip.load(file, AudioCodec.AAC));
        assertTrue(error.getMessage().contains("16000 Hz"), error.getMessage());
    }

    @Test
    void g711ClipsAreOneUnitPerSample() throws IOException {
        Path file = Files.write(directory.resolve("c.ul"), new byte[] {1, 2, 3});

        AudioClip clip = AudioClip.load(file, AudioCodec.PCMU);

        assertEquals(3, clip.unitCount());
        assertEquals(1, clip.samplesPerUnit());
        assertEquals(2, clip.g711Sample(4));
    }
}
