package com.kcspeedshop.platform.vehicle;

import java.util.Map;

/**
 * An external source of VIN data (make, model, trim, engine...), e.g. a commercial decoder or NHTSA's vPIC web API.
 *
 * <p>Off by default ({@link #NONE}): the embedded install decodes offline only, and the registry works without any
 * provider. A deployment that has one registers a bean of this type; its answers are stored next to the offline
 * decoding, never in place of the owner's VIN. Implementations must not throw for unknown VINs: return an empty map.
 */
public interface VinDataProvider {

    /** Extra attributes for a valid VIN; empty when the provider knows nothing. */
    Map<String, String> lookUp(String vin);

    /** The default: no provider. */
    VinDataProvider NONE = vin -> Map.of();
}
