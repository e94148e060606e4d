package org.ptzcam.http.cgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CgiParamsTest {

    @Test
    void queryThenBodyInOrder() {
        CgiParams p = CgiParams.parse("action=update&a=1", "b=2&c=%20x%2By");
        assertThat(p.entries()).containsExactly(Map.entry("action", "update"), Map.entry("a", "1"),
                Map.entry("b", "2"), Map.entry("c", " x+y"));
    }

    @Test
    void namesAreCaseInsensitiveForLookup() {
        assertThat(CgiParams.parse("Action=list", null).first("action")).contains("list");
    }

    @Test
    void emptyPiecesAndValuelessNamesAreTolerated() {
        CgiParams p = CgiParams.parse("&&flag&x=", "\n");
        assertThat(p.entries()).containsExactly(Map.entry("flag", ""), Map.entry("x", ""));
    }

    @Test
    void bodyWithTrailingNewlineIsStripped() {
        assertThat(CgiParams.parse(null, "action=list&group=root.Brand\r\n").first("group")).contains("root.Brand");
    }

    @Test
    void malformedEscapeIsRejected() {
        assertThatThrownBy(() -> CgiParams.parse("a=%zz", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutDropsNamedEntries() {
        CgiParams p = CgiParams.parse("action=update&root.A=1&usergroup=admin&B=2", null);
        assertThat(p.without("action", "usergroup")).containsExactly(Map.entry("root.A", "1"), Map.entry("B", "2"));
    }
}
