package org.argusvms.simulator.stream;

import java.util.List;

import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.h265.H265Clip;
import org.argusvms.simulator.rtp.H264Packetizer;
import org.argusvms.simulator.rtp.H265Packetizer;
import org.argusvms.simulator.rtp.PacketizedAccessUnit;
import org.argusvms.simulator.rtp.RtpVideoFormat;

/** A clip cut into RTP payloads once, so that replay only copies bytes, and how DESCRIBE describes it. */
public record PacketizedClip(RtpVideoFormat format, List<PacketizedAccessUnit> frames) {

    public PacketizedClip {
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a clip needs at least one frame");
        }
    }

    public static PacketizedClip of(H264Clip clip, H264Packetizer packetizer) {
        return new PacketizedClip(RtpVideoFormat.h264(clip),
                clip.accessUnits().stream().map(packetizer::packetize).toList());
    }

    public static PacketizedClip of(H265Clip clip, H265Packetizer packetizer) {
        return new PacketizedClip(RtpVideoFormat.h265(clip),
                clip.accessUnits().stream().map(packetizer::packetize).toList());
    }

    public int fps() {
        return format.fps();
    }
}
