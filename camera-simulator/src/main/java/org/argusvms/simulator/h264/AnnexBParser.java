package org.argusvms.simulator.h264;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an H.264 Annex-B byte stream (what {@code ffmpeg -f h264} writes) into NAL units and access units.
 * Start codes may be 3 bytes (00 00 01) or 4 bytes (00 00 00 01).
 */
public final class AnnexBParser {

    private static final int START_CODE_LENGTH = 3;

    private AnnexBParser() {
    }

    public static List<AccessUnit> parse(byte[] annexB) {
        return groupIntoAccessUnits(splitNalUnits(annexB));
    }

    public static List<NalUnit> splitNalUnits(byte[] annexB) {
        int startCode = findStartCode(annexB, 0);
        if (startCode < 0) {
            throw new IllegalArgumentException("not an H.264 Annex-B stream: no start code found");
        }
        List<NalUnit> nalUnits = new ArrayList<>();
        while (startCode >= 0) {
            int payloadStart = startCode + START_CODE_LENGTH;
            int nextStartCode = findStartCode(annexB, payloadStart);
            int end = nextStartCode < 0 ? annexB.length : nextStartCode;
            // A NAL unit never ends in 0x00, so zeros before a start code are the first byte of a 4-byte start
            // code or trailing_zero_8bits padding, not payload.
            while (end > payloadStart && annexB[end - 1] == 0) {
                end--;
            }
            if (end > payloadStart) {
                nalUnits.add(new NalUnit(Arrays.copyOfRange(annexB, payloadStart, end)));
            }
            startCode = nextStartCode;
        }
        return nalUnits;
    }

    /**
     * Groups NAL units into pictures following the first-VCL-NAL rules of H.264 section 7.4.1.2.3, simplified to what
     * single-layer encoders produce: a new access unit starts at a first slice of a picture, or at an SEI, SPS, PPS,
     * access unit delimiter or NAL type 14 to 18 that follows a slice.
     */
    public static List<AccessUnit> groupIntoAccessUnits(List<NalUnit> nalUnits) {
        List<AccessUnit> accessUnits = new ArrayList<>();
        List<NalUnit> current = new ArrayList<>();
        boolean currentHasSlice = false;
        for (NalUnit nal : nalUnits) {
            if (currentHasSlice && startsNewAccessUnit(nal)) {
                accessUnits.add(new AccessUnit(current));
                current = new ArrayList<>();
                currentHasSlice = false;
            }
            current.add(nal);
            currentHasSlice |= nal.isSlice();
        }
        if (currentHasSlice) {
            accessUnits.add(new AccessUnit(current));
        }
        return accessUnits;
    }

    private static boolean startsNewAccessUnit(NalUnit nal) {
        int type = nal.type();
        return nal.isFirstSliceOfPicture()
                || type == NalUnit.TYPE_SEI
                || type == NalUnit.TYPE_SPS
                || type == NalUnit.TYPE_PPS
                || type == NalUnit.TYPE_ACCESS_UNIT_DELIMITER
                || (type >= 14 && type <= 18);
    }

    private static int findStartCode(byte[] data, int from) {
        for (int i = from; i + START_CODE_LENGTH <= data.length; i++) {
            if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
                return i;
            }
        }
        return -1;
    }
}
