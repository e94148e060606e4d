package org.ptzcam.visca.ip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ptzcam.visca.codec.ViscaCases.hex;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptzcam.visca.SimulatedViscaCamera;
import org.ptzcam.visca.codec.InquiryAnswers;
import org.ptzcam.visca.codec.IpFrame;
import org.ptzcam.visca.codec.Nibbles;
import org.ptzcam.visca.codec.PayloadType;
import org.ptzcam.visca.codec.ViscaError;
import org.ptzcam.visca.codec.ViscaReply;
import org.ptzcam.visca.engine.ViscaEngine;

/** The UDP servers on free loopback ports, driven by a controller that follows the Sony text. */
class ViscaIpServerTest {
    private SimulatedViscaCamera camera;
    private ViscaIpServer server;
    private SonyViscaController controller;

    @BeforeEach
    void start() throws Exception {
        camera = new SimulatedViscaCamera();
        server = new ViscaIpServer(new ViscaEngine(camera), new ViscaIpConfig("127.0.0.1", 0, 0, true), null);
        server.start();
        controller = new SonyViscaController(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.sonyPort()));
        controller.reset();
    }

    @AfterEach
    void stop() {
        controller.close();
        server.close();
        camera.close();
    }

    @Test
    void inquiriesAfterMovesReportWhereTheCameraEnded() throws IOException {
        assertThat(controller.inquiry(hex("81 09 04 00 FF"))).isEqualTo(InquiryAnswers.power(true));
        // absolute pan 45° (0x0288), tilt −15° (0xFF28)
        controller.commandToCompletion(hex("81 01 06 02 18 14 00 02 08 08 0F 0F 02 08 FF"));
        assertThat(camera.state().panDegrees()).isCloseTo(45, Offset.offset(0.01));
        ViscaReply pos = controller.inquiry(hex("81 09 06 12 FF"));
        byte[] d = ((ViscaReply.InquiryAnswer) pos).data();
        assertThat(Nibbles.signed(d, 0, 4)).isEqualTo(0x0288);
        assertThat(Nibbles.signed(d, 4, 4)).isEqualTo(-216);

        controller.commandToCompletion(hex("81 01 04 47 03 00 00 00 FF"));
        assertThat(controller.inquiry(hex("81 09 04 47 FF"))).isEqualTo(InquiryAnswers.zoomPosition(0x3000));
        // relative −45° pan brings it back to 0
        controller.commandToCompletion(hex("81 01 06 03 18 14 0F 0D 07 08 00 00 00 00 FF"));
        assertThat(controller.inquiry(hex("81 09 06 12 FF"))).isEqualTo(InquiryAnswers.panTiltPosition(0, -216));
    }

    @Test
    void theStartUpSelfCheckAndWarmUpNeverCommandTheCamera() {
        // start() ran the warm-up engine and asked both ports for the power state: inquiries only
        assertThat(camera.commands()).isEmpty();
        assertThat(camera.controllers()).isEmpty();
    }

    @Test
    void eachSourceAddressAndPortIsItsOwnController() throws Exception {
        controller.commandToCompletion(hex("81 01 04 3F 01 01 FF"));
        try (SonyViscaController second = new SonyViscaController(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), server.sonyPort()))) {
            second.reset();
            second.commandToCompletion(hex("81 01 06 04 FF"));
            second.inquiry(hex("81 09 04 00 FF")); // inquiries answer from the camera's state, for anyone
        }
        controller.commandToCompletion(hex("81 01 06 04 FF"));
        assertThat(camera.controllers()).hasSize(3);
        assertThat(camera.controllers().get(0)).matches("127\\.0\\.0\\.1:\\d+")
                .isEqualTo(camera.controllers().get(2)).isNotEqualTo(camera.controllers().get(1));
        assertThat(camera.controllers().get(1)).matches("127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void commandWithAnAlreadyUsedSequenceNumberIsRefusedAndNotRun() throws IOException {
        controller.commandToCompletion(hex("81 01 04 3F 01 01 FF"));
        int before = camera.commands().size();
        controller.setSequence(controller.nextSequence() - 1); // re-send under the last number
        IpFrame reply = controller.exchange(new IpFrame(PayloadType.VISCA_COMMAND, controller.nextSequence(),
                hex("81 01 06 04 FF")));
        assertThat(reply).isEqualTo(new IpFrame(PayloadType.CONTROL_REPLY, controller.nextSequence(), IpFrame.ERROR_SEQUENCE));
        assertThat(camera.commands()).hasSize(before);
        // an older number too
        IpFrame older = controller.exchange(new IpFrame(PayloadType.VISCA_COMMAND, 0, hex("81 01 06 04 FF")));
        assertThat(older.payload()).isEqualTo(IpFrame.ERROR_SEQUENCE);
        // after RESET the numbering starts again
        controller.reset();
        controller.commandToCompletion(hex("81 01 04 3F 01 02 FF"));
        assertThat(camera.commands()).last().isEqualTo("presetSet 3");
    }

    @Test
    void sequenceNumberWrapsFromFfffffffToZero() throws IOException {
        controller.setSequence(0xFFFF_FFFFL);
        controller.commandToCompletion(hex("81 01 04 3F 01 01 FF"));
        controller.commandToCompletion(hex("81 01 04 3F 01 02 FF"));
        assertThat(controller.nextSequence()).isEqualTo(1);
        assertThat(camera.commands()).containsSubsequence("presetSet 2", "presetSet 3");
    }

    @Test
    void lostInquiryIsAnsweredAgainUnderTheSameNumber() throws IOException {
        long n = controller.nextSequence();
        IpFrame q = new IpFrame(PayloadType.VISCA_INQUIRY, n, hex("81 09 04 00 FF"));
        assertThat(controller.exchange(q).payload()).isEqualTo(hex("90 50 02 FF"));
        assertThat(controller.exchange(q).payload()).isEqualTo(hex("90 50 02 FF"));
    }

    @Test
    void malformedDatagramsGetTheSpecifiedErrors() throws IOException {
        // header length 5, payload 4 bytes: VISCA message length error under the same number
        controller.send(hex("01 00 00 05 00 00 00 09 81 09 04 00"));
        assertThat(controller.receive(9, SonyViscaController.TIMEOUT_MS))
                .isEqualTo(new IpFrame(PayloadType.VISCA_REPLY, 9, hex("90 60 01 FF")));
        // truncated VISCA inside a correct header: no FF
        IpFrame noFf = controller.exchange(new IpFrame(PayloadType.VISCA_COMMAND, 10, hex("81 01 06 04")));
        assertThat(noFf.payload()).isEqualTo(hex("90 60 01 FF"));
        // unknown payload type
        controller.send(hex("03 00 00 01 00 00 00 0B 01"));
        assertThat(controller.receive(11, 2000).payload()).isEqualTo(IpFrame.ERROR_MESSAGE);
        // shorter than a header
        controller.send(hex("01 00 00"));
        assertThat(controller.receive(0, 2000).payload()).isEqualTo(IpFrame.ERROR_MESSAGE);
        // unknown command: syntax error
        IpFrame syntax = controller.exchange(new IpFrame(PayloadType.VISCA_COMMAND, 12, hex("81 01 04 99 FF")));
        assertThat(syntax.payload()).isEqualTo(hex("90 60 02 FF"));
        // and the camera still works
        assertThat(controller.inquiry(hex("81 09 04 00 FF"))).isEqualTo(InquiryAnswers.power(true));
    }

    @Test
    void twoSlowMovesFillBothSocketsThenBufferFull() throws IOException {
        assertThat(controller.command(hex("81 01 06 02 01 01 00 01 0B 00 00 00 09 00 FF"))).isEqualTo(new ViscaReply.Ack(1));
        assertThat(controller.command(hex("81 01 04 47 04 00 00 00 FF"))).isEqualTo(new ViscaReply.Ack(2));
        assertThat(controller.command(hex("81 01 06 04 FF"))).isEqualTo(new ViscaReply.ErrorReply(0, ViscaError.BUFFER_FULL));
        // the zoom (socket 2) completes under its own number; we sent two more since, so read by hand
        // cancel socket 1 under a new number
        long cancelSeq = controller.nextSequence();
        controller.send(new IpFrame(PayloadType.VISCA_COMMAND, cancelSeq, hex("81 21 FF")).encode());
        boolean sawCancel = false;
        boolean sawZoomDone = false;
        for (int i = 0; i < 2; i++) {
            IpFrame f = org.ptzcam.visca.codec.IpFrameDecoder.decode(controller.receiveRaw(20_000)) instanceof
                    org.ptzcam.visca.codec.IpFrameDecoder.Frame fr ? fr.frame() : null;
            assertThat(f).isNotNull();
            if (f.sequence() == cancelSeq) {
                assertThat(f.payload()).isEqualTo(hex("90 61 04 FF"));
                sawCancel = true;
            } else {
                assertThat(f.sequence()).as("zoom completion keeps the zoom's number").isEqualTo(cancelSeq - 2);
                assertThat(f.payload()).isEqualTo(hex("90 52 FF"));
                sawZoomDone = true;
            }
        }
        assertThat(sawCancel && sawZoomDone).isTrue();
        assertThat(controller.silentFor(300)).as("the cancelled move sends no completion").isTrue();
    }

    @Test
    void misterhayStyleInquiryAndIfClearUnderPayloadType0100() throws IOException {
        IpFrame ifClear = controller.exchange(new IpFrame(PayloadType.VISCA_COMMAND, 1, hex("81 01 00 01 FF")));
        assertThat(ifClear.payload()).isEqualTo(hex("90 50 FF"));
        IpFrame setting = controller.exchange(new IpFrame(PayloadType.VISCA_SETTING, 2, hex("81 01 00 01 FF")));
        assertThat(setting.payload()).isEqualTo(hex("90 50 FF"));
        IpFrame inq = controller.exchange(new IpFrame(PayloadType.VISCA_COMMAND, 3, hex("81 09 04 00 FF")));
        assertThat(inq.payload()).isEqualTo(hex("90 50 02 FF"));
    }

    @Test
    void rawViscaOnBothPorts() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            s.setSoTimeout(SonyViscaController.TIMEOUT_MS);
            for (int port : new int[] {server.rawPort(), server.sonyPort()}) {
                InetSocketAddress cam = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
                byte[] q = hex("81 09 04 00 FF");
                s.send(new DatagramPacket(q, q.length, cam));
                DatagramPacket p = new DatagramPacket(new byte[64], 64);
                s.receive(p);
                assertThat(Arrays.copyOf(p.getData(), p.getLength())).isEqualTo(hex("90 50 02 FF"));
                byte[] home = hex("81 01 06 04 FF");
                s.send(new DatagramPacket(home, home.length, cam));
                s.receive(p);
                assertThat(Arrays.copyOf(p.getData(), p.getLength())).isEqualTo(hex("90 41 FF"));
                s.receive(p);
                assertThat(Arrays.copyOf(p.getData(), p.getLength())).isEqualTo(hex("90 51 FF"));
            }
        }
    }

    @Test
    void lenientServerRunsAReusedNumberAndEveryAddressIsCamera1() throws Exception {
        try (ViscaIpServer lenient = new ViscaIpServer(new ViscaEngine(camera),
                new ViscaIpConfig("127.0.0.1", 0, -1, false), null)) {
            lenient.start();
            assertThat(lenient.rawPort()).as("raw port off").isEqualTo(-1);
            try (SonyViscaController c = new SonyViscaController(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), lenient.sonyPort()))) {
                c.reset();
                c.commandToCompletion(hex("81 01 04 3F 01 01 FF"));
                c.setSequence(1); // the same number again: executed, not refused
                c.commandToCompletion(hex("85 01 04 3F 01 02 FF")); // address 5: still answered as 90
                assertThat(camera.commands()).containsSubsequence("presetSet 2", "presetSet 3");
            }
        }
    }

    @Test
    void portsThatCannotBeBoundFailTheStartAndLeaveNothingOpen() throws Exception {
        ViscaIpServer clash = new ViscaIpServer(new ViscaEngine(camera),
                new ViscaIpConfig("127.0.0.1", 0, server.rawPort(), true), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(clash::start).isInstanceOf(Exception.class);
        assertThat(clash.sonyPort()).isEqualTo(-1);
    }
}
