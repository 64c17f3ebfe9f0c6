package com.kcspeedshop.serving.api;

import com.kcspeedshop.serving.scorer.Scorer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The REST face of the scorer: thin, every rule lives in the scorer and the catalog. */
@RestController
@RequestMapping("/v1/models")
class ModelController {

    private final ScorerCatalog catalog;
    private final MeterRegistry meters;

    ModelController(ScorerCatalog catalog, MeterRegistry meters) {
        this.catalog = catalog;
        this.meters = meters;
    }

    @GetMapping
    @Operation(summary = "The models being served, with feature names and provenance")
    List<ModelView> list() {
        return catalog.all().stream().map(s -> ModelView.of(s.metadata())).toList();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One served model")
    ModelView show(@PathVariable String name) {
        return ModelView.of(scorer(name).metadata());
    }

    @PostMapping("/{name}/predict")
    @Operation(summary = "Predict one row ({\"features\":[..]}) or a batch ({\"instances\":[[..],..]})",
            description = "400: malformed body or neither/both of features and instances; 404: unknown model; "
                    + "422: wrong feature count or a NaN/infinite value. Errors are RFC 7807 problem details.")
    PredictResponse predict(@PathVariable String name, @RequestBody PredictRequest request) {
        if ((request.features() == null) == (request.instances() == null)) {
            throw new IllegalArgumentException("give exactly one of 'features' (one row) and 'instances' (a batch)");
        }
        Scorer scorer = scorer(name);
        Timer timer = Timer.builder("model.prediction").description("scorer time per request, validation included")
                .tag("model", name).tag("kind", scorer.metadata().kind())
                .tag("mode", request.features() != null ? "single" : "batch")
                .publishPercentileHistogram().register(meters);
        var meta = scorer.metadata();
        if (request.features() != null) {
            double y = timer.record(() -> scorer.predict(request.features()));
            return new PredictResponse(name, meta.id(), meta.output(), y, null);
        }
        double[] ys = timer.record(() -> scorer.predict(request.instances()));
        return new PredictResponse(name, meta.id(), meta.output(), null, ys);
    }

    private Scorer scorer(String name) {
        return catalog.get(name).orElseThrow(() -> new UnknownModelException(name,
                catalog.all().stream().map(s -> s.metadata().name()).toList()));
    }
}
