package org.argusvms.recorder.h265;

import org.argusvms.recorder.codec.CodedAccessUnit;
import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.AccessUnit;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.RbspBitReader;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One H.265 access unit split into its NAL units, as {@code h265parse} (alignment=au) or a Java depayloader delivers
 * it in Annex-B form. MP4 wants the NAL units length-prefixed and VPS, SPS and PPS in the hvcC box instead of in-band.
 */
public final class HevcAccessUnit implements CodedAccessUnit {

    private final List<byte[]> nalUnits;

    private HevcAccessUnit(List<byte[]> nalUnits) {
        this.nalUnits = nalUnits;
    }

    /** An access unit of these NAL units (without start codes); those shorter than a header go. */
    public static HevcAccessUnit of(List<byte[]> nalUnits) {
        return new HevcAccessUnit(nalUnits.stream().filter(unit -> unit.length >= 2).toList());
    }

    /** Splits Annex-B data at its start codes (the same framing as H.264); NAL units shorter than a header go. */
    public static HevcAccessUnit parseAnnexB(byte[] data) {
        return of(AccessUnit.parseAnnexB(data).nalUnits());
    }

    public List<byte[]> nalUnits() {
        return nalUnits;
    }

    @Override
    public boolean hasPicture() {
        return nalUnits.stream().anyMatch(unit -> HevcNalUnitType.isSlice(HevcNalUnitType.of(unit[0])));
    }

    /** True when it holds an IRAP picture (IDR, CRA, BLA), where decoding can start. */
    public boolean isKeyframe() {
        return nalUnits.stream().anyMatch(unit -> HevcNalUnitType.isIrap(HevcNalUnitType.of(unit[0])));
    }

    /** The last VPS and SPS, and the last PPS per pps_pic_parameter_set_id, or null when one kind is missing. */
    @Override
    public ParameterSets parameterSets() {
        byte[] vps = last(HevcNalUnitType.VPS);
        byte[] sps = last(HevcNalUnitType.SPS);
        SortedMap<Integer, byte[]> ppsById = new TreeMap<>();
        for (byte[] unit : nalUnits) {
            if (HevcNalUnitType.of(unit[0]) == HevcNalUnitType.PPS && unit.length > 2) {
                ppsById.put(new RbspBitReader(unit, 2, unit.length - 2)
                        .readUnsignedExpGolomb(), unit);
            }
        }
        if (vps == null || sps == null || ppsById.isEmpty()) {
            return null;
        }
        return new ParameterSets(VideoCodec.H265, List.of(vps), sps, List.copyOf(ppsById.values()),
                HevcSequenceParameterSet.parse(sps));
    }

    private byte[] last(int type) {
        byte[] found = null;
        for (byte[] unit : nalUnits) {
            if (HevcNalUnitType.of(unit[0]) == type) {
                found = unit;
            }
        }
        return found;
    }

    /** Slices and SEI, length-prefixed; parameter sets, delimiters and filler data stay out of the sample. */
    @Override
    public byte[] toLengthPrefixedSample() {
        return AccessUnit.lengthPrefixed(nalUnits.stream()
                .filter(unit -> HevcNalUnitType.belongsInSample(HevcNalUnitType.of(unit[0]))).toList());
    }
}
