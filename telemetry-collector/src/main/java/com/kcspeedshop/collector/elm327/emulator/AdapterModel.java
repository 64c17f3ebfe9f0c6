package com.kcspeedshop.collector.elm327.emulator;

/** The adapter being imitated, before any quirk. */
public enum AdapterModel {
    ELM327_V14B("ELM327 v1.4b", null, null),
    ELM327_V21("ELM327 v2.1", null, null),
    /** An OBDLink SX: ELM327 v1.4b compatible banner plus the ST command set. */
    STN1110("ELM327 v1.4b", "STN1110 v4.2.0", "OBDLink SX r4.2");

    private final String banner;
    private final String stnVersion;
    private final String stnDevice;

    AdapterModel(String banner, String stnVersion, String stnDevice) {
        this.banner = banner;
        this.stnVersion = stnVersion;
        this.stnDevice = stnDevice;
    }

    public String banner() {
        return banner;
    }

    /** STI answer, or null when the chip has no ST commands. */
    public String stnVersion() {
        return stnVersion;
    }

    /** STDI answer, or null. */
    public String stnDevice() {
        return stnDevice;
    }
}
