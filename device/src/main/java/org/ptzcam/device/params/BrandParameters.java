package org.ptzcam.device.params;

import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.List;
import org.ptzcam.device.identity.DeviceIdentity;

/** {@code root.Brand}: the product names clients show (Home Assistant's fallback when BDI is absent). */
final class BrandParameters {
    private BrandParameters() {
    }

    static List<Parameter> of(DeviceIdentity identity) {
        return List.of(
                Parameter.fixed("Brand.Brand", VIEWER, identity.brand()),
                Parameter.fixed("Brand.ProdFullName", VIEWER, identity.productFullName()),
                Parameter.fixed("Brand.ProdNbr", VIEWER, identity.productNumber()),
                Parameter.fixed("Brand.ProdShortName", VIEWER, identity.productShortName()),
                Parameter.fixed("Brand.ProdType", VIEWER, identity.productType()),
                Parameter.fixed("Brand.ProdVariant", VIEWER, identity.productVariant()),
                Parameter.fixed("Brand.WebURL", VIEWER, identity.webUrl()));
    }
}
