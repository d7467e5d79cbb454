"""statsmodels' ETS (ETSModel, additive errors) on the bench's series, the model chosen by AICc
among no/additive/damped trend and no/additive/multiplicative season (multiplicative only for
positive series), as R's ets chooses.
    /usr/bin/python3 reference_statsmodels.py input.json output.json
Same JSON as reference.R, with the single method "ets"."""
import json
import sys
import time
import warnings

import numpy as np
import pandas as pd
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

warnings.filterwarnings("ignore")


def candidates(y, period):
    out = [(None, False, None), ("add", False, None), ("add", True, None)]
    if len(y) >= 2 * period + 2:
        out += [(None, False, "add"), ("add", False, "add"), ("add", True, "add")]
        if bool(np.all(y > 0)):
            out += [(None, False, "mul"), ("add", False, "mul"), ("add", True, "mul")]
    return out


def fit_best(y, period):
    best = None
    for trend, damped, season in candidates(y, period):
        try:
            model = ETSModel(
                y,
                error="add",
                trend=trend,
                damped_trend=damped,
                seasonal=season,
                seasonal_periods=period if season else None,
                initialization_method="estimated",
            )
            fit = model.fit(disp=False, maxiter=2000)
            if np.isfinite(fit.aicc) and (best is None or fit.aicc < best.aicc):
                best = fit
        except Exception:  # a model that cannot be fitted to this series is not a candidate
            continue
    return best


def main():
    with open(sys.argv[1]) as f:
        series = json.load(f)["series"]
    results = []
    for s in series:
        # A Series, not an array: statsmodels 0.13's prediction intervals need an index.
        y = pd.Series(np.asarray(s["train"], dtype=float))
        started = time.perf_counter()
        fit = fit_best(y, s["period"])
        n = len(y)
        p80 = fit.get_prediction(start=n, end=n + s["h"] - 1).summary_frame(alpha=0.2)
        p95 = fit.get_prediction(start=n, end=n + s["h"] - 1).summary_frame(alpha=0.05)
        ms = 1000 * (time.perf_counter() - started)
        results.append(
            {
                "id": s["id"],
                "methods": {
                    "ets": {
                        "mean": p80["mean"].tolist(),
                        "lo80": p80["pi_lower"].tolist(),
                        "hi80": p80["pi_upper"].tolist(),
                        "lo95": p95["pi_lower"].tolist(),
                        "hi95": p95["pi_upper"].tolist(),
                    }
                },
                "ms": {"ets": ms},
            }
        )
    with open(sys.argv[2], "w") as f:
        json.dump({"results": results}, f)


if __name__ == "__main__":
    main()
