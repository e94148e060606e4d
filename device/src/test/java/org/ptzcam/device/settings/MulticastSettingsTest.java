package org.ptzcam.device.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MulticastSettingsTest {

    @Test
    void addressMustBeIpv4Multicast() {
        MulticastAddressType t = new MulticastAddressType();
        assertThat(t.validate("239.1.2.3")).isEqualTo(new Validation.Valid("239.1.2.3"));
        assertThat(t.validate("224.000.0.251")).isEqualTo(new Validation.Valid("224.0.0.251"));
        for (String bad : new String[] {"192.168.0.1", "240.0.0.1", "239.1.2", "239.1.2.256", "239.1.2.x", "", "::1"}) {
            assertThat(t.validate(bad)).as(bad).isInstanceOf(Validation.Invalid.class);
        }
    }

    @Test
    void defaultGroupComesFromTheMacAndPortsAreEven() {
        assertThat(MulticastSettings.defaultAddress("AE12C4F09B3D")).isEqualTo("239.240.155.61");
        assertThat(MulticastSettings.defaultAddress("not-a-mac")).isEqualTo("239.0.0.1");
        MulticastSettings s = MulticastSettings.from(p -> switch (p) {
            case MulticastSettings.ADDRESS -> "239.1.1.1";
            case MulticastSettings.PORT -> "50001";
            default -> "7";
        });
        assertThat(s).isEqualTo(new MulticastSettings("239.1.1.1", 50000, 7));
    }
}
