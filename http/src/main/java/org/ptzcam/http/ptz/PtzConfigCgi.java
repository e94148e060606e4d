package org.ptzcam.http.ptz;

import java.util.Optional;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.ptz.Preset;
import org.ptzcam.device.ptz.PtzException;
import org.ptzcam.device.ptz.PtzService;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.cgi.CgiHandler;
import org.ptzcam.http.cgi.CgiParams;
import org.ptzcam.http.cgi.CgiReply;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /axis-cgi/com/ptzconfig.cgi} (vapix.md §8.2): server presets at the current position.
 * {@code setserverpresetname/no[&home=yes]}, {@code renameserverpresetno&newname},
 * {@code removeserverpresetname/no}, {@code removeallserverpresets=yes}. Success {@code 204},
 * failure {@code 200 Error:<message>}.
 */
public final class PtzConfigCgi extends CgiHandler {
    private static final Logger log = LoggerFactory.getLogger(PtzConfigCgi.class);

    private final PtzService ptz;

    public PtzConfigCgi(PtzService ptz, CallerAccess access, int maxBodyBytes) {
        super(access, maxBodyBytes);
        this.ptz = ptz;
    }

    @Override
    protected CgiReply reply(CgiParams params, AccessLevel level) {
        if (!PtzRights.mayConfigure(level)) {
            return PtzRights.refused("PTZ configuration");
        }
        try {
            boolean home = params.first("home").map(String::strip).filter(h -> h.equalsIgnoreCase("yes")).isPresent();
            Optional<String> setName = params.first("setserverpresetname");
            Optional<String> setNo = params.first("setserverpresetno");
            Optional<String> renameNo = params.first("renameserverpresetno");
            Optional<String> removeName = params.first("removeserverpresetname");
            Optional<String> removeNo = params.first("removeserverpresetno");
            Optional<String> removeAll = params.first("removeallserverpresets");
            if (setName.isPresent()) {
                ptz.setPreset(setName.get(), home);
            } else if (setNo.isPresent()) {
                ptz.setPreset(number("setserverpresetno", setNo.get()), home);
            } else if (renameNo.isPresent()) {
                String name = params.first("newname").orElseThrow(() -> new PtzException("newname: missing"));
                ptz.renamePreset(number("renameserverpresetno", renameNo.get()), name);
            } else if (removeName.isPresent()) {
                if (!ptz.removePreset(removeName.get())) {
                    return error("no preset '" + removeName.get() + "'");
                }
            } else if (removeNo.isPresent()) {
                if (!ptz.removePreset(number("removeserverpresetno", removeNo.get()))) {
                    return error("no preset " + removeNo.get());
                }
            } else if (removeAll.isPresent() && removeAll.get().strip().equalsIgnoreCase("yes")) {
                ptz.presets().stream().map(Preset::number).forEach(ptz::removePreset);
            } else {
                return error("no command");
            }
            return new CgiReply(204, Replies.TEXT, "");
        } catch (PtzArgs.BadValue e) {
            log.info("ptzconfig.cgi refused: {}", e.getMessage());
            return CgiReply.text(e.getMessage() + "\n");
        } catch (PtzException e) {
            log.info("ptzconfig.cgi refused: {}", e.getMessage());
            return error(e.getMessage());
        }
    }

    private static int number(String name, String value) {
        double n = PtzArgs.parse(name, value);
        if (n != Math.rint(n)) {
            throw new PtzArgs.BadValue(name, value);
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    @Override
    protected CgiReply malformed(String problem) {
        return error(problem);
    }

    private static CgiReply error(String message) {
        return CgiReply.text("Error:" + message + "\n");
    }
}
