package org.argusvms.simulator.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.argusvms.simulator.rtp.RtpTransport;
import org.junit.jupiter.api.Test;

/** What a UDP viewer receives while its camera shows a network fault. */
class ImpairedUdpTransportTest {

    private final List<Integer> received = new ArrayList<>();
    private final CameraFaults faults = new CameraFaults("cam1");
    private final ImpairedUdpTransport transport = new ImpairedUdpTransport(new RtpTransport() {
        @Override
        public void sendRtp(byte[] packet) {
            received.add((packet[0] & 0xFF) | (packet[1] & 0xFF) << 8);
        }

        @Override
        public void sendRtcp(byte[] packet) {
            received.add(-1);
        }

        @Override
        public void sendGarbage(byte[] bytes) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }, faults);

    @Test
    void withoutFaultsEveryPacketGoesOutInOrder() throws Exception {
        send(1, 100);

        assertEquals(100, received.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i + 1, received.get(i));
        }
    }

    @Test
    void lossDropsOneIn500AndDeliversOneIn25LateButAllOthersOnce() throws Exception {
        faults.inject(Fault.UDP_LOSS);

        send(1, 1000);
        transport.flush();

        assertEquals(1000 - 2, received.size(), "packets 500 and 1000 lost");
        assertEquals(List.of(26, 25), received.subList(24, 26), "25 arrives after 26");
        assertTrue(!received.contains(500) && !received.contains(1000));
    }

    @Test
    void blockedSendsNothingNotEvenRtcp() throws Exception {
        faults.inject(Fault.UDP_BLOCKED);

        send(1, 10);
        transport.sendRtcp(new byte[8]);

        assertTrue(received.isEmpty());
    }

    private void send(int first, int last) throws Exception {
        for (int i = first; i <= last; i++) {
            transport.sendRtp(new byte[] {(byte) i, (byte) (i >> 8)});
        }
    }
}
