package org.argusvms.simulator.h265;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argusvms.simulator.h264.AnnexBParser;

/**
 * A pre-encoded H.265 clip ready for looped replay: starts with an IRAP picture, and every IRAP picture carries VPS,
 * SPS and PPS so that a viewer joining at any key frame can decode. An access unit is a list of NAL units in
 * decoding order.
 */
public final class H265Clip {

    private final List<List<HevcNalUnit>> accessUnits;
    private final HevcNalUnit vps;
    private final HevcNalUnit sps;
    private final HevcNalUnit pps;
    private final int fps;

    private H265Clip(List<List<HevcNalUnit>> accessUnits, HevcNalUnit vps, HevcNalUnit sps, HevcNalUnit pps, int fps) {
        this.accessUnits = accessUnits;
        this.vps = vps;
        this.sps = sps;
        this.pps = pps;
        this.fps = fps;
    }

    public static H265Clip load(Path annexBFile, int fps) throws IOException {
        try {
            return of(Files.readAllBytes(annexBFile), fps);
        } catch (IllegalArgumentException e) {
            throw new IOException("unusable clip " + annexBFile + ": " + e.getMessage(), e);
        }
    }

    public static H265Clip of(byte[] annexB, int fps) {
        if (fps <= 0) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        List<HevcNalUnit> nalUnits = AnnexBParser.splitNalUnits(annexB).stream()
                .map(nal -> new HevcNalUnit(nal.bytes())).toList();
        HevcNalUnit vps = firstOfType(nalUnits, HevcNalUnit.TYPE_VPS, "video parameter set (VPS)");
        HevcNalUnit sps = firstOfType(nalUnits, HevcNalUnit.TYPE_SPS, "sequence parameter set (SPS)");
        HevcNalUnit pps = firstOfType(nalUnits, HevcNalUnit.TYPE_PPS, "picture parameter set (PPS)");
        List<List<HevcNalUnit>> grouped = groupIntoAccessUnits(nalUnits);
        int firstIrap = 0;
        while (firstIrap < grouped.size() && !isIrap(grouped.get(firstIrap))) {
            firstIrap++;
        }
        if (firstIrap == grouped.size()) {
            throw new IllegalArgumentException("H.265 stream has no IRAP picture");
        }
        List<List<HevcNalUnit>> playable = new ArrayList<>();
        for (List<HevcNalUnit> accessUnit : grouped.subList(firstIrap, grouped.size())) {
            playable.add(isIrap(accessUnit) ? withParameterSets(accessUnit, vps, sps, pps) : accessUnit);
        }
        return new H265Clip(List.copyOf(playable), vps, sps, pps, fps);
    }

    public static boolean isIrap(List<HevcNalUnit> accessUnit) {
        return accessUnit.stream().anyMatch(HevcNalUnit::isIrap);
    }

    /**
     * Groups NAL units into pictures (H.265 7.4.2.4.4, simplified to single-layer streams): a new access unit starts
     * at the first slice segment of a picture, or at a parameter set, delimiter or prefix SEI that follows a slice.
     */
    static List<List<HevcNalUnit>> groupIntoAccessUnits(List<HevcNalUnit> nalUnits) {
        List<List<HevcNalUnit>> accessUnits = new ArrayList<>();
        List<HevcNalUnit> current = new ArrayList<>();
        boolean currentHasSlice = false;
        for (HevcNalUnit nal : nalUnits) {
            if (currentHasSlice && (nal.isFirstSliceOfPicture() || nal.precedesPicture())) {
                accessUnits.add(List.copyOf(current));
                current = new ArrayList<>();
                currentHasSlice = false;
            }
            current.add(nal);
            currentHasSlice |= nal.isSlice();
        }
        if (currentHasSlice) {
            accessUnits.add(List.copyOf(current));
        }
        return accessUnits;
    }

    /** Puts VPS, SPS and PPS in front of a key frame that lacks them (after a delimiter, if any). */
    static List<HevcNalUnit> withParameterSets(List<HevcNalUnit> irap, HevcNalUnit vps, HevcNalUnit sps,
                                               HevcNalUnit pps) {
        if (hasType(irap, HevcNalUnit.TYPE_VPS) && hasType(irap, HevcNalUnit.TYPE_SPS)
                && hasType(irap, HevcNalUnit.TYPE_PPS)) {
            return irap;
        }
        List<HevcNalUnit> nalUnits = new ArrayList<>();
        int rest = irap.get(0).type() == HevcNalUnit.TYPE_ACCESS_UNIT_DELIMITER ? 1 : 0;
        nalUnits.addAll(irap.subList(0, rest));
        nalUnits.addAll(List.of(vps, sps, pps));
        irap.subList(rest, irap.size()).stream()
                .filter(nal -> nal.type() < HevcNalUnit.TYPE_VPS || nal.type() > HevcNalUnit.TYPE_PPS)
                .forEach(nalUnits::add);
        return List.copyOf(nalUnits);
    }

    private static boolean hasType(List<HevcNalUnit> accessUnit, int type) {
        return accessUnit.stream().anyMatch(nal -> nal.type() == type);
    }

    private static HevcNalUnit firstOfType(List<HevcNalUnit> nalUnits, int type, String description) {
        return nalUnits.stream().filter(nal -> nal.type() == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("H.265 stream has no " + description));
    }

    public List<List<HevcNalUnit>> accessUnits() {
        return accessUnits;
    }

    public HevcNalUnit vps() {
        return vps;
    }

    public HevcNalUnit sps() {
        return sps;
    }

    public HevcNalUnit pps() {
        return pps;
    }

    public int fps() {
        return fps;
    }

    public int frameCount() {
        return accessUnits.size();
    }
}
