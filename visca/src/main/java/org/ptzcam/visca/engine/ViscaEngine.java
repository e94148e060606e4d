package org.ptzcam.visca.engine;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ptzcam.visca.ViscaCamera;
import org.ptzcam.visca.ViscaScale;
import org.ptzcam.visca.ViscaVersion;
import org.ptzcam.visca.codec.DecodeResult;
import org.ptzcam.visca.codec.InquiryAnswers;
import org.ptzcam.visca.codec.RequestDecoder;
import org.ptzcam.visca.codec.ViscaError;
import org.ptzcam.visca.codec.ViscaReply;
import org.ptzcam.visca.codec.ViscaRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VISCA semantics for one camera, whatever the transport: two command sockets, ACK then
 * completion (moves complete when the camera says the motion ended), "buffer full" when both
 * sockets are busy, Cancel, IF_Clear, inquiries answered at once from one state snapshot.
 *
 * <p>Thread-safe. The lock guards only the sockets; the camera and the reply sinks are called
 * outside it, so a camera completing a move from its own thread cannot deadlock with a new
 * command. Per socket the order is kept: ACK is sent before the completion is attached, and a
 * socket is freed only after its completion was sent.
 */
public final class ViscaEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ViscaEngine.class);
    static final int SOCKETS = 2;

    private final ViscaCamera camera;
    private final ViscaVersion version;
    /** Index 1 and 2: the command in that socket, null when free. */
    private final Slot[] slots = new Slot[SOCKETS + 1];

    private record Slot(CompletableFuture<Void> future, ReplySink sink) {
    }

    /** Marks a socket taken while its command is being started. */
    private static final Slot STARTING = new Slot(null, r -> { });

    public ViscaEngine(ViscaCamera camera, ViscaVersion version) {
        this.camera = camera;
        this.version = version;
    }

    public ViscaEngine(ViscaCamera camera) {
        this(camera, ViscaVersion.DEFAULT);
    }

    /**
     * Decodes and handles one message as a camera that takes every address as its own (VISCA over
     * IP). A rejected message is answered with its error on socket 0 and logged. Commands count as
     * the camera's one controller (a serial line has one).
     */
    public void receive(byte[] message, int off, int len, ReplySink sink) {
        receive(message, off, len, null, sink);
    }

    /**
     * As {@link #receive(byte[], int, int, ReplySink)}, for the controller named {@code controller}
     * (see {@link ViscaCamera#forController}); null is the camera's one controller.
     */
    public void receive(byte[] message, int off, int len, String controller, ReplySink sink) {
        DecodeResult result = RequestDecoder.decode(message, off, len);
        switch (result) {
            case DecodeResult.Ok ok -> handle(ok.request(), ok.broadcast(), controller, sink);
            case DecodeResult.Rejected bad -> {
                LOG.info("VISCA message rejected ({}): {}", bad.error(), bad.reason());
                sink.reply(new ViscaReply.ErrorReply(0, bad.error()));
            }
        }
    }

    /** Handles one decoded request; {@code broadcast} when it came with header {@code 88}. */
    public void handle(ViscaRequest request, boolean broadcast, ReplySink sink) {
        handle(request, broadcast, null, sink);
    }

    /** Handles one decoded request from {@code controller} (null: the camera's one controller). */
    public void handle(ViscaRequest request, boolean broadcast, String controller, ReplySink sink) {
        switch (request) {
            case ViscaRequest.Inquiry q -> sink.reply(answer(q));
            case ViscaRequest.Command c -> command(c, as(controller), sink);
            case ViscaRequest.Cancel c -> cancel(c.socket(), sink);
            case ViscaRequest.IfClear c -> {
                clear(controller);
                sink.reply(broadcast ? new ViscaReply.IfClearBroadcast() : InquiryAnswers.empty());
            }
            // a single camera: take the address, pass on the next (serial chains route this themselves)
            case ViscaRequest.AddressSet a -> sink.reply(new ViscaReply.AddressSetNext(a.address() + 1));
        }
    }

    /** Sockets that hold a command now (for tests and diagnostics). */
    public synchronized int busySockets() {
        int n = 0;
        for (int i = 1; i <= SOCKETS; i++) {
            n += slots[i] != null ? 1 : 0;
        }
        return n;
    }

    /** IF_Clear: empties both sockets (their commands get no reply) and stops every motion. */
    public void clear() {
        clear(null);
    }

    /** IF_Clear from {@code controller}: the stop is that controller's command (control queue). */
    public void clear(String controller) {
        Slot[] taken = new Slot[SOCKETS + 1];
        synchronized (this) {
            for (int i = 1; i <= SOCKETS; i++) {
                taken[i] = slots[i];
                slots[i] = null;
            }
        }
        for (Slot s : taken) {
            if (s != null && s.future() != null) {
                s.future().cancel(true);
            }
        }
        as(controller).stopAll();
    }

    private ViscaCamera as(String controller) {
        return controller == null ? camera : camera.forController(controller);
    }

    private void command(ViscaRequest.Command command, ViscaCamera camera, ReplySink sink) {
        int socket = reserve();
        if (socket == 0) {
            sink.reply(new ViscaReply.ErrorReply(0, ViscaError.BUFFER_FULL));
            return;
        }
        CompletableFuture<Void> future;
        try {
            future = CommandRunner.start(command, camera);
        } catch (IllegalStateException | IllegalArgumentException e) {
            release(socket, STARTING);
            LOG.debug("VISCA command {} not executable: {}", command, e.getMessage());
            sink.reply(new ViscaReply.ErrorReply(socket, ViscaError.NOT_EXECUTABLE));
            return;
        }
        Slot slot = new Slot(future, sink);
        synchronized (this) {
            if (slots[socket] != STARTING) { // IF_Clear ran meanwhile: the command is void
                future.cancel(true);
                return;
            }
            slots[socket] = slot;
        }
        sink.reply(new ViscaReply.Ack(socket));
        future.whenComplete((v, failure) -> finish(socket, slot, failure));
    }

    private void finish(int socket, Slot slot, Throwable failure) {
        synchronized (this) {
            if (slots[socket] != slot) {
                return; // cancelled or cleared: no completion
            }
        }
        Throwable cause = failure instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : failure;
        if (cause instanceof CancellationException) {
            // cancelled by someone other than VISCA: still free the socket, quietly
        } else if (cause != null) {
            LOG.debug("VISCA command in socket {} failed: {}", socket, cause.toString());
            slot.sink().reply(new ViscaReply.ErrorReply(socket, ViscaError.NOT_EXECUTABLE));
        } else {
            slot.sink().reply(new ViscaReply.Completion(socket));
        }
        release(socket, slot);
    }

    private void cancel(int socket, ReplySink sink) {
        Slot taken = null;
        synchronized (this) {
            if (socket >= 1 && socket <= SOCKETS && slots[socket] != null && slots[socket] != STARTING) {
                taken = slots[socket];
                slots[socket] = null;
            }
        }
        if (taken == null) {
            sink.reply(new ViscaReply.ErrorReply(socket, ViscaError.NO_SOCKET));
            return;
        }
        taken.future().cancel(true);
        sink.reply(new ViscaReply.ErrorReply(socket, ViscaError.CANCELLED));
    }

    private synchronized int reserve() {
        for (int i = 1; i <= SOCKETS; i++) {
            if (slots[i] == null) {
                slots[i] = STARTING;
                return i;
            }
        }
        return 0;
    }

    private synchronized void release(int socket, Slot expected) {
        if (slots[socket] == expected) {
            slots[socket] = null;
        }
    }

    private ViscaReply.InquiryAnswer answer(ViscaRequest.Inquiry inquiry) {
        if (inquiry instanceof ViscaRequest.VersionInq) {
            return InquiryAnswers.version(version.vendor(), version.model(), version.romRevision(), version.maxSocket());
        }
        if (inquiry instanceof ViscaRequest.PanTiltMaxSpeedInq) {
            return InquiryAnswers.maxSpeed(ViscaScale.MAX_PAN_SPEED, ViscaScale.MAX_TILT_SPEED);
        }
        ViscaCamera.State s = camera.state();
        return switch (inquiry) {
            case ViscaRequest.PowerInq q -> InquiryAnswers.power(s.powerOn());
            case ViscaRequest.ZoomPosInq q -> InquiryAnswers.zoomPosition(ViscaScale.zoomPosition(s.zoomFactor()));
            case ViscaRequest.FocusPosInq q -> InquiryAnswers.focusPosition(ViscaScale.focusPosition(s.focus()));
            case ViscaRequest.FocusModeInq q -> InquiryAnswers.focusMode(s.autoFocus());
            case ViscaRequest.PanTiltPosInq q -> InquiryAnswers.panTiltPosition(ViscaScale.panUnits(s.panDegrees()),
                    ViscaScale.tiltUnits(s.tiltDegrees()));
            case ViscaRequest.VersionInq q -> throw new AssertionError("answered above");
            case ViscaRequest.PanTiltMaxSpeedInq q -> throw new AssertionError("answered above");
        };
    }
}
