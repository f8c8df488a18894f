package org.argusvms.recorder.mp4;

import org.argusvms.recorder.codec.AudioCodec;
import org.argusvms.recorder.codec.AudioFormat;

/**
 * The audio trak of an init segment (ISO/IEC 14496-12 8.3 to 8.7, 12.2): a sound track in the sample rate's
 * timescale whose sample entry is {@code mp4a} with an {@code esds} (AAC, ISO/IEC 14496-14 and -1), for G.711
 * {@code ulaw}/{@code alaw} carrying the camera's bytes as they came (see docs/design/audio.md), or {@code fLaC} with
 * a {@code dfLa} (G.711 converted for browsers).
 */
final class AudioTrackBoxes {

    static final int TRACK_ID = 2;
    /** ISO/IEC 14496-1 object type "Audio ISO/IEC 14496-3" and stream type audio (0x05) with upStream 0, reserved 1. */
    private static final int OBJECT_TYPE_AUDIO_14496_3 = 0x40;
    private static final int STREAM_TYPE_AUDIO = 0x05 << 2 | 1;

    private AudioTrackBoxes() {
    }

    static void writeTrak(BoxWriter out, AudioFormat format) {
        int trak = out.open("trak");
        int tkhd = out.openFull("tkhd", 0, 0x000003); // enabled, in movie
        out.u32(0).u32(0).u32(TRACK_ID).u32(0).u32(0); // creation, modification, track, reserved, duration
        out.zeros(8).u16(0).u16(1).u16(0x0100).u16(0); // reserved, layer, alternate group 1, volume 1.0, reserved
        Fmp4Muxer.writeMatrix(out);
        out.u32(0).u32(0); // no visual size
        out.close(tkhd);
        int mdia = out.open("mdia");
        Fmp4Muxer.writeMediaHeaderAndHandler(out, format.sampleRate(), "soun", "Argus audio");
        int minf = out.open("minf");
        int smhd = out.openFull("smhd", 0, 0);
        out.u16(0).u16(0); // balance, reserved
        out.close(smhd);
        Fmp4Muxer.writeDataInformation(out);
        int stbl = out.open("stbl");
        int stsd = out.openFull("stsd", 0, 0);
        out.u32(1);
        writeSampleEntry(out, format);
        out.close(stsd);
        Fmp4Muxer.writeEmptySampleTables(out);
        out.close(stbl);
        out.close(minf);
        out.close(mdia);
        out.close(trak);
    }

    /** The sample entry's four-character code. */
    static String sampleEntryType(AudioFormat format) {
        return switch (format.codec()) {
            case AAC -> "mp4a";
            case PCMU -> "ulaw";
            case PCMA -> "alaw";
            case FLAC -> "fLaC";
        };
    }

    private static void writeSampleEntry(BoxWriter out, AudioFormat format) {
        int entry = out.open(sampleEntryType(format));
        out.zeros(6).u16(1); // reserved, data_reference_index
        out.zeros(8); // reserved
        out.u16(format.channels()).u16(format.codec().isG711() ? 8 : 16).u16(0).u16(0);
        out.u32((long) Math.min(format.sampleRate(), 0xFFFF) << 16); // 16.16 fixed point
        if (format.codec() == AudioCodec.AAC) {
            writeEsds(out, format.decoderConfig());
        } else if (format.codec() == AudioCodec.FLAC) {
            int dfLa = out.openFull("dfLa", 0, 0);
            out.bytes(format.decoderConfig()); // the metadata blocks, STREAMINFO first
            out.close(dfLa);
        }
        out.close(entry);
    }

    /** ES_Descriptor > DecoderConfigDescriptor > DecoderSpecificInfo (the AudioSpecificConfig), SLConfigDescriptor. */
    private static void writeEsds(BoxWriter out, byte[] audioSpecificConfig) {
        int esds = out.openFull("esds", 0, 0);
        int decoderConfigLength = 13 + 2 + audioSpecificConfig.length;
        out.u8(0x03).u8(3 + 2 + decoderConfigLength + 3); // ES_DescrTag
        out.u16(0).u8(0); // ES_ID, no dependency, URL or OCR stream
        out.u8(0x04).u8(decoderConfigLength); // DecoderConfigDescrTag
        out.u8(OBJECT_TYPE_AUDIO_14496_3).u8(STREAM_TYPE_AUDIO).u24(0).u32(0).u32(0); // buffer, max and avg bit rate unknown
        out.u8(0x05).u8(audioSpecificConfig.length).bytes(audioSpecificConfig); // DecSpecificInfoTag
        out.u8(0x06).u8(1).u8(0x02); // SLConfigDescrTag, predefined: MP4 file
        out.close(esds);
    }
}
