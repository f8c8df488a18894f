package org.argusvms.simulator.h264;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A pre-encoded H.264 clip ready for looped replay: starts with an IDR picture, and every IDR picture carries SPS and
 * PPS so that a viewer joining at any key frame can decode.
 */
public final class H264Clip {

    private final List<AccessUnit> accessUnits;
    private final NalUnit sps;
    private final NalUnit pps;
    private final int fps;

    private H264Clip(List<AccessUnit> accessUnits, NalUnit sps, NalUnit pps, int fps) {
        this.accessUnits = List.copyOf(accessUnits);
        this.sps = sps;
        this.pps = pps;
        this.fps = fps;
    }

    public static H264Clip load(Path annexBFile, int fps) throws IOException {
        try {
            return of(Files.readAllBytes(annexBFile), fps);
        } catch (IllegalArgumentException e) {
            throw new IOException("unusable clip " + annexBFile + ": " + e.getMessage(), e);
        }
    }

    public static H264Clip of(byte[] annexB, int fps) {
        if (fps <= 0) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        List<AccessUnit> parsed = AnnexBParser.parse(annexB);
        NalUnit sps = firstNalOfType(parsed, NalUnit.TYPE_SPS, "sequence parameter set (SPS)");
        NalUnit pps = firstNalOfType(parsed, NalUnit.TYPE_PPS, "picture parameter set (PPS)");
        if (sps.size() < 4) {
            throw new IllegalArgumentException("SPS too short to hold profile and level");
        }
        int firstIdr = indexOfFirstIdr(parsed);
        List<AccessUnit> playable = new ArrayList<>();
        for (AccessUnit accessUnit : parsed.subList(firstIdr, parsed.size())) {
            playable.add(accessUnit.isIdr() ? withParameterSets(accessUnit, sps, pps) : accessUnit);
        }
        return new H264Clip(playable, sps, pps, fps);
    }

    /**
     * A one-picture clip standing for a live encoder's stream (what DESCRIBE needs: parameter sets and frame rate),
     * for cameras that encode live instead of replaying a clip.
     */
    public static H264Clip describing(NalUnit sps, NalUnit pps, AccessUnit idr, int fps) {
        if (!idr.isIdr()) {
            throw new IllegalArgumentException("a stream is described by its key frame");
        }
        return new H264Clip(List.of(withParameterSets(idr, sps, pps)), sps, pps, fps);
    }

    public List<AccessUnit> accessUnits() {
        return accessUnits;
    }

    public NalUnit sps() {
        return sps;
    }

    public NalUnit pps() {
        return pps;
    }

    public int fps() {
        return fps;
    }

    public int frameCount() {
        return accessUnits.size();
    }

    private static NalUnit firstNalOfType(List<AccessUnit> accessUnits, int type, String description) {
        return accessUnits.stream()
                .flatMap(accessUnit -> accessUnit.nalUnits().stream())
                .filter(nal -> nal.type() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("H.264 stream has no " + description));
    }

    private static int indexOfFirstIdr(List<AccessUnit> accessUnits) {
        for (int i = 0; i < accessUnits.size(); i++) {
            if (accessUnits.get(i).isIdr()) {
                return i;
            }
        }
        throw new IllegalArgumentException("H.264 stream has no IDR picture");
    }

    /** Encoders may send SPS and PPS only once; put them in front of the IDR's slices (after a delimiter, if any). */
    public static AccessUnit withParameterSets(AccessUnit idr, NalUnit sps, NalUnit pps) {
        if (idr.contains(NalUnit.TYPE_SPS) && idr.contains(NalUnit.TYPE_PPS)) {
            return idr;
        }
        List<NalUnit> nalUnits = new ArrayList<>();
        List<NalUnit> original = idr.nalUnits();
        int rest = 0;
        if (original.get(0).type() == NalUnit.TYPE_ACCESS_UNIT_DELIMITER) {
            nalUnits.add(original.get(0));
            rest = 1;
        }
        nalUnits.add(sps);
        nalUnits.add(pps);
        original.subList(rest, original.size()).stream()
                .filter(nal -> nal.type() != NalUnit.TYPE_SPS && nal.type() != NalUnit.TYPE_PPS)
                .forEach(nalUnits::add);
        return new AccessUnit(nalUnits);
    }
}
