package com.kcspeedshop.collector.decode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kcspeedshop.collector.obd.DecodeError;
import com.kcspeedshop.collector.obd.DecodedValue;
import com.kcspeedshop.collector.obd.Dtc;
import com.kcspeedshop.collector.obd.DtcList;
import com.kcspeedshop.collector.obd.DtcsCleared;
import com.kcspeedshop.collector.obd.MonitorResults;
import com.kcspeedshop.collector.obd.MonitorTest;
import com.kcspeedshop.collector.obd.ObdDecodeResult;
import com.kcspeedshop.collector.obd.PidValues;
import com.kcspeedshop.collector.obd.SupportedPids;
import com.kcspeedshop.collector.obd.VehicleInfo;
import java.util.List;

/** One {@link ObdDecodeResult} as a schema v1 {@code results[]} entry; the {@code type} field names the variant. */
final class ResultJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int VIN_INFO_TYPE = 0x02;

    private ResultJson() {
    }

    static ObjectNode of(ObdDecodeResult result) {
        // Java 17: no pattern matching in switch yet, so an instanceof chain over the sealed variants
        if (result instanceof PidValues pid) {
            return pid(pid);
        }
        if (result instanceof SupportedPids supported) {
            return supported(supported);
        }
        if (result instanceof DtcList list) {
            return dtcs(list);
        }
        if (result instanceof DtcsCleared) {
            return typed("dtcs-cleared");
        }
        if (result instanceof VehicleInfo info) {
            return info(info);
        }
        if (result instanceof MonitorResults monitors) {
            return monitors(monitors);
        }
        DecodeError error = (DecodeError) result;
        return typed("error").put("service", error.service()).put("reason", error.reason()).put("hex", error.hex());
    }

    private static ObjectNode pid(PidValues pid) {
        ObjectNode node = typed("pid").put("service", pid.service()).put("pid", pid.pid());
        if (pid.frame() >= 0) {
            node.put("frame", pid.frame()); // freeze frame number, service 02 only
        }
        node.set("values", values(pid.values()));
        return node;
    }

    static ArrayNode values(List<DecodedValue> values) {
        ArrayNode array = JSON.arrayNode();
        for (DecodedValue value : values) {
            ObjectNode node = array.addObject().put("name", value.name()).put("value", value.value())
                    .put("unit", value.unit());
            if (!value.isMeasured()) {
                node.put("text", value.text());
            }
        }
        return array;
    }

    private static ObjectNode supported(SupportedPids supported) {
        ObjectNode node = typed("supported").put("service", supported.service()).put("base", supported.base());
        ArrayNode ids = node.putArray("ids");
        supported.ids().forEach(ids::add);
        return node;
    }

    private static ObjectNode dtcs(DtcList list) {
        ObjectNode node = typed("dtcs").put("kind", list.kind().name());
        ArrayNode dtcs = node.putArray("dtcs");
        for (Dtc dtc : list.dtcs()) {
            dtcs.addObject().put("code", dtc.code()).put("description", dtc.description());
        }
        return node;
    }

    private static ObjectNode info(VehicleInfo info) {
        boolean vin = info.infoType() == VIN_INFO_TYPE && info.items().size() == 1;
        ObjectNode node = typed(vin ? "vin" : "vehicle-info");
        if (vin) {
            node.put("vin", info.items().get(0));
        }
        node.put("infoType", info.infoType()).put("label", info.label());
        ArrayNode items = node.putArray("items");
        info.items().forEach(items::add);
        node.set("counters", values(info.counters()));
        return node;
    }

    private static ObjectNode monitors(MonitorResults monitors) {
        ObjectNode node = typed("monitors").put("allPassed", monitors.allPassed());
        ArrayNode tests = node.putArray("tests");
        for (MonitorTest test : monitors.tests()) {
            tests.addObject().put("mid", test.mid()).put("tid", test.tid()).put("unitScaling", test.unitScaling())
                    .put("value", test.value()).put("min", test.min()).put("max", test.max())
                    .put("unit", test.unit()).put("passed", test.passed());
        }
        return node;
    }

    private static ObjectNode typed(String type) {
        return JSON.objectNode().put("type", type);
    }
}
