package org.ptzcam.http.ptz;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntSupplier;
import org.eclipse.jetty.server.Request;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.accounts.Caller;
import org.ptzcam.device.ptz.Controller;
import org.ptzcam.device.ptz.MoveSpeed;
import org.ptzcam.device.ptz.PtzControl;
import org.ptzcam.device.ptz.PtzException;
import org.ptzcam.device.ptz.PtzPosition;
import org.ptzcam.device.ptz.PtzService;
import org.ptzcam.device.ptz.PtzTarget;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.cgi.CgiHandler;
import org.ptzcam.http.cgi.CgiParams;
import org.ptzcam.http.cgi.CgiReply;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /axis-cgi/com/ptz.cgi} (vapix.md §8.1): commands answer {@code 204}, queries and info
 * answer text, errors answer {@code 200 Error:<message>}. Several commands may share a request
 * ({@code camera=1&pan=10&tilt=5}); every number is checked before anything moves. Values beyond
 * the limits are clamped by the PTZ service. Commands return at once; the head moves on.
 */
public final class PtzCgi extends CgiHandler {
    private static final Logger log = LoggerFactory.getLogger(PtzCgi.class);
    /** move=left/right/up/down turns by this share of the horizontal field of view. */
    static final double MOVE_STEP_OF_FOV = 0.25;

    private final CallerAccess access;
    private final PtzService ptz;
    private final PtzQueries queries;
    private final IntSupplier imageWidth;
    private final IntSupplier imageHeight;

    /** @param imageWidth, imageHeight the picture size {@code center}/{@code areazoom} use by default */
    public PtzCgi(PtzService ptz, CallerAccess access, int maxBodyBytes, IntSupplier imageWidth,
            IntSupplier imageHeight) {
        super(access, maxBodyBytes);
        this.access = access;
        this.ptz = ptz;
        this.queries = new PtzQueries(ptz);
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
    }

    @Override
    protected CgiReply reply(CgiParams params, AccessLevel level) {
        throw new IllegalStateException("ptz.cgi needs the request to know the caller");
    }

    @Override
    protected CgiReply reply(Request request, CgiParams params, AccessLevel level) {
        Caller caller = access.callerOf(request);
        if (!PtzRights.mayControl(caller)) {
            return PtzRights.refused("PTZ control");
        }
        Optional<String> camera = params.first("camera");
        if (camera.isPresent() && !camera.get().strip().equals("1")) {
            return error("camera: unknown value: " + camera.get());
        }
        if (params.first("info").isPresent()) {
            return CgiReply.text(PtzQueries.INFO);
        }
        Optional<String> query = params.first("query");
        if (query.isPresent()) {
            String answer = queries.answer(query.get().strip());
            return answer == null ? error("query: unknown value: " + query.get()) : CgiReply.text(answer);
        }
        // the control queue tells controllers apart by account, or by address in preview mode
        String who = caller.user().map(u -> "http-user:" + u).orElse("http:" + Request.getRemoteAddr(request));
        try {
            command(new PtzArgs(params), ptz.control(new Controller(who, level)));
            return new CgiReply(204, Replies.TEXT, "");
        } catch (PtzArgs.BadValue e) {
            log.info("ptz.cgi refused: {}", e.getMessage());
            return CgiReply.text(e.getMessage() + "\n");
        } catch (PtzException e) {
            log.info("ptz.cgi refused: {}", e.getMessage());
            return error(e.getMessage());
        }
    }

    @Override
    protected CgiReply malformed(String problem) {
        return error(problem);
    }

    private static CgiReply error(String message) {
        return CgiReply.text("Error:" + message + "\n");
    }

    /** Checks every argument first, then runs the commands in a fixed order. */
    private void command(PtzArgs args, PtzControl control) {
        Optional<Double> speed = args.number("speed");
        Optional<String> move = args.text("move").map(m -> m.strip().toLowerCase(Locale.ROOT));
        Optional<double[]> panTiltMove = args.numbers("continuouspantiltmove", 2);
        Optional<Double> zoomMove = args.number("continuouszoommove");
        Optional<Double> focusMove = args.number("continuousfocusmove");
        Optional<Double> pan = args.number("pan"), tilt = args.number("tilt"), zoom = args.number("zoom");
        Optional<Double> rpan = args.number("rpan"), rtilt = args.number("rtilt"), rzoom = args.number("rzoom");
        Optional<Double> focus = args.number("focus"), rfocus = args.number("rfocus");
        Optional<double[]> center = args.numbers("center", 2);
        Optional<double[]> areaZoom = args.numbers("areazoom", 3);
        Optional<Double> width = args.number("imagewidth"), height = args.number("imageheight");
        Optional<String> autofocus = args.text("autofocus").map(a -> a.strip().toLowerCase(Locale.ROOT));
        Optional<String> presetName = args.text("gotoserverpresetname");
        Optional<Double> presetNo = args.number("gotoserverpresetno");
        if (move.isPresent() && !MOVES.contains(move.get())) {
            throw new PtzArgs.BadValue("move", move.get());
        }
        if (autofocus.isPresent() && !autofocus.get().equals("on") && !autofocus.get().equals("off")) {
            throw new PtzArgs.BadValue("autofocus", autofocus.get());
        }
        boolean proportional = !args.text("proportionalspeed").map(String::strip).orElse("")
                .equalsIgnoreCase("disabled");

        speed.ifPresent(s -> ptz.setDefaultSpeed(Math.max(1, Math.min(100, s)) / 100));
        MoveSpeed moveSpeed = MoveSpeed.of(ptz.defaultSpeed());
        move.ifPresent(m -> move(control, m, moveSpeed));
        panTiltMove.ifPresent(v -> control.continuousPanTilt(v[0] / 100, v[1] / 100, proportional));
        zoomMove.ifPresent(z -> control.continuousZoom(z / 100));
        if (pan.isPresent() || tilt.isPresent() || zoom.isPresent()) {
            control.moveTo(new PtzTarget(opt(pan), opt(tilt), opt(zoom)), moveSpeed);
        }
        if (rpan.isPresent() || rtilt.isPresent() || rzoom.isPresent()) {
            control.moveBy(rpan.orElse(0.0), rtilt.orElse(0.0), rzoom.orElse(0.0), moveSpeed);
        }
        double w = width.filter(v -> v > 0).orElse((double) imageWidth.getAsInt());
        double h = height.filter(v -> v > 0).orElse((double) imageHeight.getAsInt());
        center.ifPresent(c -> control.center(c[0] / w, c[1] / h, w / h, moveSpeed));
        areaZoom.ifPresent(a -> control.areaZoom(a[0] / w, a[1] / h, Math.max(1, a[2]) / 100, w / h, moveSpeed));
        presetName.ifPresent(n -> control.gotoPreset(n, moveSpeed));
        presetNo.ifPresent(n -> control.gotoPreset((int) Math.round(n), moveSpeed));
        autofocus.ifPresent(a -> control.autofocus(a.equals("on")));
        focus.ifPresent(control::focusTo);
        rfocus.ifPresent(control::focusBy);
        focusMove.ifPresent(f -> control.continuousFocus(f / 100));
    }

    private static final java.util.Set<String> MOVES = java.util.Set.of("home", "stop", "up", "down", "left",
            "right", "upleft", "upright", "downleft", "downright");

    private void move(PtzControl control, String move, MoveSpeed speed) {
        switch (move) {
            case "home" -> control.home(speed);
            case "stop" -> control.stop();
            default -> {
                PtzPosition at = ptz.position();
                double step = at.horizontalFovDeg() * MOVE_STEP_OF_FOV;
                double dx = (move.contains("left") ? -step : 0) + (move.contains("right") ? step : 0);
                double dy = (move.contains("up") ? step : 0) + (move.contains("down") ? -step : 0);
                control.moveBy(dx, dy, 0, speed);
            }
        }
    }

    private static OptionalDouble opt(Optional<Double> v) {
        return v.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
