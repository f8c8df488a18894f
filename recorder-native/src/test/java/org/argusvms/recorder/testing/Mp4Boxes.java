package org.argusvms.recorder.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A minimal ISO BMFF reader for tests: splits bytes into boxes, recursing into the container boxes this recorder
 * writes, and checks that every box fits exactly into its parent.
 */
public final class Mp4Boxes {

    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "dinf", "stbl", "mvex",
            "moof", "traf");

    /** One box: type, absolute offset, size, payload (after the 8-byte header) and children if a container. */
    public record Box(String type, int offset, int size, ByteBuffer payload, List<Box> children) {

        public Box child(String childType) {
            return children.stream().filter(box -> box.type.equals(childType)).findFirst()
                    .orElseThrow(() -> new AssertionError(type + " has no " + childType));
        }

        /** Follows a path of child types, e.g. {@code find("traf", "tfdt")}. */
        public Box find(String... path) {
            Box box = this;
            for (String step : path) {
                box = box.child(step);
            }
            return box;
        }

        public int u8(int at) {
            return payload.get(at) & 0xFF;
        }

        public long u32(int at) {
            return payload.getInt(at) & 0xFFFFFFFFL;
        }

        public long u64(int at) {
            return payload.getLong(at);
        }

        public int u16(int at) {
            return payload.getShort(at) & 0xFFFF;
        }
    }

    private Mp4Boxes() {
    }

    /** Parses a sequence of top-level boxes; fails if sizes do not add up exactly. */
    public static List<Box> parse(byte[] data) {
        return parse(ByteBuffer.wrap(data), 0, data.length);
    }

    private static List<Box> parse(ByteBuffer data, int from, int to) {
        List<Box> boxes = new ArrayList<>();
        int position = from;
        while (position < to) {
            if (to - position < 8) {
                throw new AssertionError("trailing " + (to - position) + " bytes at " + position);
            }
            int size = data.getInt(position);
            String type = new String(new byte[] {data.get(position + 4), data.get(position + 5),
                data.get(position + 6), data.get(position + 7)}, StandardCharsets.US_ASCII);
            if (size < 8 || position + size > to) {
                throw new AssertionError("box " + type + " at " + position + " has size " + size
                        + " beyond its parent (ends at " + to + ")");
            }
            ByteBuffer payload = data.duplicate().position(position + 8).limit(position + size).slice();
            List<Box> children = CONTAINERS.contains(type) ? parse(data, position + 8, position + size) : List.of();
            boxes.add(new Box(type, position, size, payload, children));
            position += size;
        }
        return boxes;
    }
}
