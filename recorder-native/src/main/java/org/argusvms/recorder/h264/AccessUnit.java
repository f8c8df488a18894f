package org.argusvms.recorder.h264;

import org.argusvms.recorder.codec.CodedAccessUnit;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One H.264 access unit split into its NAL units, as delivered by {@code h264parse} in Annex-B byte-stream form
 * (start-code separated). MP4 wants the same NAL units length-prefixed (AVCC) and the parameter sets in the sample
 * description instead of in-band, which {@link #toLengthPrefixedSample()} provides.
 */
public final class AccessUnit implements CodedAccessUnit {

    private final List<byte[]> nalUnits;

    private AccessUnit(List<byte[]> nalUnits) {
        this.nalUnits = nalUnits;
    }

    /** An access unit of these NAL units (without start codes or length prefixes). */
    public static AccessUnit of(List<byte[]> nalUnits) {
        return new AccessUnit(List.copyOf(nalUnits));
    }

    /** Splits Annex-B data at its 3- or 4-byte start codes; bytes before the first start code are ignored. */
    public static AccessUnit parseAnnexB(byte[] data) {
        List<byte[]> units = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i + 2 < data.length) {
            if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
                if (start >= 0) {
                    addUnit(units, data, start, i);
                }
                i += 3;
                start = i;
            } else {
                i++;
            }
        }
        if (start >= 0) {
            addUnit(units, data, start, data.length);
        }
        return new AccessUnit(units);
    }

    private static void addUnit(List<byte[]> units, byte[] data, int from, int to) {
        int end = to;
        while (end > from && data[end - 1] == 0) {
            end--; // the leading zero of a 4-byte start code, or trailing_zero_8bits
        }
        if (end > from) {
            byte[] unit = new byte[end - from];
            System.arraycopy(data, from, unit, 0, unit.length);
            units.add(unit);
        }
    }

    public List<byte[]> nalUnits() {
        return nalUnits;
    }

    public boolean hasSlice() {
        return nalUnits.stream().anyMatch(unit -> NalUnitType.isSlice(NalUnitType.of(unit[0])));
    }

    @Override
    public boolean hasPicture() {
        return hasSlice();
    }

    @Override
    public ParameterSets parameterSets() {
        byte[] sps = sequenceParameterSet();
        List<byte[]> ppsList = pictureParameterSets();
        return sps == null || ppsList.isEmpty() ? null : new ParameterSets(sps, ppsList);
    }

    /** The last SPS of this access unit, or null. */
    public byte[] sequenceParameterSet() {
        byte[] found = null;
        for (byte[] unit : nalUnits) {
            if (NalUnitType.of(unit[0]) == NalUnitType.SPS) {
                found = unit;
            }
        }
        return found;
    }

    /**
     * The picture parameter sets of this access unit, the last one per pps_id, ordered by id. Encoders and RTP
     * payloaders often repeat them within one access unit; repeats must not look like a change.
     */
    public List<byte[]> pictureParameterSets() {
        SortedMap<Integer, byte[]> byId = new TreeMap<>();
        for (byte[] unit : nalUnits) {
            if (NalUnitType.of(unit[0]) == NalUnitType.PPS && unit.length > 1) {
                byId.put(new RbspBitReader(unit, 1, unit.length - 1).readUnsignedExpGolomb(), unit);
            }
        }
        return List.copyOf(byId.values());
    }

    /**
     * The sample as MP4 stores it: every NAL unit prefixed by its 4-byte big-endian length, without access unit
     * delimiters, filler and parameter sets (those live in the avcC box of the init segment).
     */
    @Override
    public byte[] toLengthPrefixedSample() {
        return lengthPrefixed(nalUnits.stream()
                .filter(unit -> NalUnitType.belongsInSample(NalUnitType.of(unit[0]))).toList());
    }

    /** NAL units each prefixed by its 4-byte big-endian length (AVCC and HVCC alike). */
    public static byte[] lengthPrefixed(List<byte[]> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] unit : units) {
            out.write(unit.length >>> 24);
            out.write(unit.length >>> 16);
            out.write(unit.length >>> 8);
            out.write(unit.length);
            out.writeBytes(unit);
        }
        return out.toByteArray();
    }
}
