package org.ptzcam.http.ptz;

import static org.ptzcam.http.ptz.PtzArgs.format;

import java.util.Locale;
import org.ptzcam.device.ptz.Preset;
import org.ptzcam.device.ptz.PtzLimits;
import org.ptzcam.device.ptz.PtzPosition;
import org.ptzcam.device.ptz.PtzService;
import org.ptzcam.device.ptz.ZoomLaw;

/** The text replies of {@code ptz.cgi?query=…} and {@code info=1} (vapix.md §8.1). */
final class PtzQueries {
    static final String INFO = String.join("\n",
            "Available commands:",
            "{camera=[n]}",
            "move={ home | up | down | left | right | upleft | upright | downleft | downright | stop }",
            "pan=[-180.0 ... 180.0]",
            "tilt=[-180.0 ... 180.0]",
            "zoom=[1 ... 9999]",
            "focus=[1 ... 9999]",
            "rpan=[-360.0 ... 360.0]",
            "rtilt=[-360.0 ... 360.0]",
            "rzoom=[-9999 ... 9999]",
            "rfocus=[-9999 ... 9999]",
            "autofocus={ on | off }",
            "continuouspantiltmove=[-100 ... 100],[-100 ... 100]",
            "proportionalspeed={ disabled }",
            "continuouszoommove=[-100 ... 100]",
            "continuousfocusmove=[-100 ... 100]",
            "center=[x],[y]",
            "areazoom=[x],[y],[z]",
            "imagewidth=[n]",
            "imageheight=[n]",
            "speed=[1 ... 100]",
            "gotoserverpresetname=[string]",
            "gotoserverpresetno=[n]",
            "info={ 1 }",
            "query={ speed | position | limits | presetposcam | presetposall | mode }",
            "") ;

    private final PtzService ptz;

    PtzQueries(PtzService ptz) {
        this.ptz = ptz;
    }

    /** The reply text, or null for a query we do not know. */
    String answer(String query) {
        return switch (query.toLowerCase(Locale.ROOT)) {
            case "position" -> position();
            case "limits" -> limits();
            case "speed" -> "speed=" + Math.round(ptz.defaultSpeed() * 100) + "\n";
            case "presetposall", "presetposcam" -> presets();
            case "mode" -> "mode=normal\n";
            default -> null;
        };
    }

    private String position() {
        PtzPosition at = ptz.position();
        return "pan=" + format(at.panDeg()) + "\n"
                + "tilt=" + format(at.tiltDeg()) + "\n"
                + "zoom=" + Math.round(at.zoomStep()) + "\n"
                + "focus=" + Math.round(at.focusStep()) + "\n"
                + "autofocus=" + (at.autofocus() ? "on" : "off") + "\n";
    }

    private String limits() {
        PtzLimits l = ptz.limits();
        return "MinPan=" + format(l.minPan()) + "\n"
                + "MaxPan=" + format(l.maxPan()) + "\n"
                + "MinTilt=" + format(l.minTilt()) + "\n"
                + "MaxTilt=" + format(l.maxTilt()) + "\n"
                + "MinZoom=" + ZoomLaw.MIN_STEP + "\n"
                + "MaxZoom=" + Math.round(l.maxZoomStep()) + "\n"
                + "MinFocus=" + ZoomLaw.MIN_STEP + "\n"
                + "MaxFocus=" + ZoomLaw.MAX_STEP + "\n"
                + "MinFieldAngle=" + Math.round(ZoomLaw.TELE_HFOV_DEG * 10) + "\n"
                + "MaxFieldAngle=" + Math.round(ZoomLaw.WIDE_HFOV_DEG * 10) + "\n";
    }

    private String presets() {
        StringBuilder out = new StringBuilder("Preset Positions for camera 1\n");
        for (Preset p : ptz.presets()) {
            out.append("presetposno").append(p.number()).append('=').append(p.name()).append('\n');
        }
        return out.toString();
    }
}
