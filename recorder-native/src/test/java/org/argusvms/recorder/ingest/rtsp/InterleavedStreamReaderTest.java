package org.argusvms.recorder.ingest.rtsp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterleavedStreamReaderTest {

    private final List<String> seen = new ArrayList<>();
    private final InterleavedStreamReader.Sink sink = new InterleavedStreamReader.Sink() {
        @Override
        public void onResponse(RtspResponse response) {
            seen.add("RTSP " + response.status() + " CSeq " + response.header("cseq") + " body "
                    + response.bodyText().length());
        }

        @Override
        public void onInterleaved(int channel, byte[] data, int offset, int length) {
            seen.add("$" + channel + " " + length + " first " + (length == 0 ? -1 : data[offset]));
        }
    };

    private static byte[] stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String sdp = "v=0\r\nm=video 0 RTP/AVP 96\r\n";
        out.writeBytes(("RTSP/1.0 200 OK\r\nCSeq: 2\r\nContent-Type: application/sdp\r\nContent-Length: "
                + sdp.length() + "\r\n\r\n" + sdp).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 5; i++) {
            int length = 1000 + 7919 * i;
            out.write('$');
            out.write(i % 2);
            out.write(length >> 8);
            out.write(length & 0xFF);
            byte[] payload = new byte[length];
            payload[0] = (byte) (0x80 + i);
            out.writeBytes(payload);
        }
        out.writeBytes("SET_PARAMETER rtsp://recorder/ RTSP/1.0\r\nCSeq: 9\r\nContent-Length: 3\r\n\r\nx=1"
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("RTSP/1.0 200 OK\nCSeq: 7\n\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {'$', 1, 0, 0});
        return out.toByteArray();
    }

    /** Feeds the stream in pieces of the given size, as reads would, compacting in between. */
    private List<String> readInPiecesOf(byte[] stream, int pieceSize) throws RtspProtocolException {
        seen.clear();
        ByteBuffer buffer = ByteBuffer.allocate(LeanRtspPipeline.READ_BUFFER_BYTES);
        for (int offset = 0; offset < stream.length; offset += pieceSize) {
            buffer.put(stream, offset, Math.min(pieceSize, stream.length - offset));
            buffer.flip();
            InterleavedStreamReader.consume(buffer, sink);
            buffer.compact();
        }
        assertEquals(0, buffer.position(), "everything consumed");
        return List.copyOf(seen);
    }

    @Test
    void findsTheSameMessagesWhereverReadsCutTheStream() throws Exception {
        byte[] stream = stream();
        List<String> whole = readInPiecesOf(stream, stream.length);

        assertEquals(List.of("RTSP 200 CSeq 2 body 27", "$0 1000 first -128", "$1 8919 first -127",
                "$0 16838 first -126", "$1 24757 first -125", "$0 32676 first -124", "RTSP 200 CSeq 7 body 0",
                "$1 0 first -1"), whole, "the camera's SET_PARAMETER request is skipped");
        for (int piece : new int[] {1, 2, 3, 5, 1400, 4096, 65536}) {
            assertEquals(whole, readInPiecesOf(stream, piece), "pieces of " + piece);
        }
    }

    @Test
    void bytesThatAreNeitherRtspNorInterleavedEndTheConnectionWithAReason() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {'$', 0, 0, 1, 0x42, 0x07, 0x11});

        RtspProtocolException refused = assertThrows(RtspProtocolException.class,
                () -> InterleavedStreamReader.consume(buffer, sink));

        assertTrue(refused.getMessage().contains("neither RTSP nor interleaved RTP (0x07)"), refused.getMessage());
        assertEquals(List.of("$0 1 first 66"), seen, "what came before the garbage was delivered");
    }

    @Test
    void aGarbledStatusLineOrAnEndlessHeadIsRefused() {
        ByteBuffer garbled = ByteBuffer.wrap("RTSP/1.0 2OO OKAY?\r\nCSeq: 1002\r\nContent-Length: 8\r\n\r\n\u0001garbage"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(RtspProtocolException.class, () -> InterleavedStreamReader.consume(garbled, sink))
                .getMessage().contains("malformed RTSP status line"));

        ByteBuffer endless = ByteBuffer.wrap(("RTSP/1.0 200 OK\r\nX: " + "y".repeat(20_000))
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(RtspProtocolException.class, () -> InterleavedStreamReader.consume(endless, sink));

        ByteBuffer hugeBody = ByteBuffer.wrap("RTSP/1.0 200 OK\r\nContent-Length: 99999999\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(RtspProtocolException.class, () -> InterleavedStreamReader.consume(hugeBody, sink));
    }
}
