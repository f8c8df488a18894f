package org.argusvms.simulator.rtsp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;

import org.argusvms.simulator.rtp.RtpTransport;

/**
 * RTP and RTCP as UDP datagrams to the client's ports, from a server port pair of its own (RTP on an even port,
 * RTCP on the next one, as RFC 3550 recommends).
 */
final class UdpTransport implements RtpTransport {

    private static final int PORT_PAIR_ATTEMPTS = 50;

    private final DatagramSocket rtpSocket;
    private final DatagramSocket rtcpSocket;
    private final InetSocketAddress clientRtp;
    private final InetSocketAddress clientRtcp;

    private UdpTransport(DatagramSocket rtpSocket, DatagramSocket rtcpSocket, InetSocketAddress clientRtp,
                         InetSocketAddress clientRtcp) {
        this.rtpSocket = rtpSocket;
        this.rtcpSocket = rtcpSocket;
        this.clientRtp = clientRtp;
        this.clientRtcp = clientRtcp;
    }

    static UdpTransport open(InetAddress localAddress, InetAddress client, int clientRtpPort, int clientRtcpPort)
            throws IOException {
        for (int attempt = 0; attempt < PORT_PAIR_ATTEMPTS; attempt++) {
            DatagramSocket rtp = new DatagramSocket(new InetSocketAddress(localAddress, 0));
            int port = rtp.getLocalPort();
            if (port % 2 == 0 && port < 0xFFFF) {
                try {
                    DatagramSocket rtcp = new DatagramSocket(new InetSocketAddress(localAddress, port + 1));
                    return new UdpTransport(rtp, rtcp, new InetSocketAddress(client, clientRtpPort),
                            new InetSocketAddress(client, clientRtcpPort));
                } catch (SocketException portTaken) {
                    // try another pair
                }
            }
            rtp.close();
        }
        throw new IOException("no free even/odd UDP port pair on " + localAddress);
    }

    int serverRtpPort() {
        return rtpSocket.getLocalPort();
    }

    int serverRtcpPort() {
        return rtcpSocket.getLocalPort();
    }

    @Override
    public void sendRtp(byte[] packet) throws IOException {
        rtpSocket.send(new DatagramPacket(packet, packet.length, clientRtp));
    }

    @Override
    public void sendRtcp(byte[] packet) throws IOException {
        rtcpSocket.send(new DatagramPacket(packet, packet.length, clientRtcp));
    }

    @Override
    public void sendGarbage(byte[] bytes) throws IOException {
        sendRtp(bytes);
    }

    @Override
    public void flush() {
        // datagrams leave immediately
    }

    @Override
    public void close() {
        rtpSocket.close();
        rtcpSocket.close();
    }
}
