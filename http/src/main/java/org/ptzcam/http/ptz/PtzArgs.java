package org.ptzcam.http.ptz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ptzcam.http.cgi.CgiParams;

/** Reading and writing ptz.cgi numbers: decimal only (no NaN, no hex, no exponent), as Axis accepts. */
final class PtzArgs {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d{1,12}(\\.\\d{0,12})?|\\.\\d{1,12})");

    /** Thrown for a value that is not a number; the message is the ptz.cgi error line. */
    static final class BadValue extends RuntimeException {
        BadValue(String name, String value) {
            super("Error:" + name + ": invalid value: " + value);
        }
    }

    private final CgiParams params;

    PtzArgs(CgiParams params) {
        this.params = params;
    }

    Optional<String> text(String name) {
        return params.first(name);
    }

    Optional<Double> number(String name) {
        return params.first(name).map(v -> parse(name, v));
    }

    /** Comma-separated numbers, exactly {@code count} of them. */
    Optional<double[]> numbers(String name, int count) {
        return params.first(name).map(v -> {
            String[] parts = v.split(",", -1);
            if (parts.length != count) {
                throw new BadValue(name, v);
            }
            double[] out = new double[count];
            for (int i = 0; i < count; i++) {
                out[i] = parse(name, parts[i].strip());
            }
            return out;
        });
    }

    static double parse(String name, String value) {
        if (!DECIMAL.matcher(value.strip()).matches()) {
            throw new BadValue(name, value);
        }
        return Double.parseDouble(value.strip());
    }

    /** At most four decimals, no trailing zeros, never "-0" (Axis prints {@code pan=51.2891}, {@code zoom=1}). */
    static String format(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = d.signum() == 0 ? "0" : d.toPlainString();
        return s;
    }
}
