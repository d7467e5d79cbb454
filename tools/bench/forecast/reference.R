# The R forecast package's automatic methods on the bench's series (Hyndman & Khandakar 2008):
# ets, auto.arima, thetaf, and their mean, the M4 competition's "comb" benchmark.
#   Rscript reference.R input.json output.json
# input: {"series": [{"id", "train": [..], "h", "period"}]}
# output: {"results": [{"id", "methods": {"ets": {"mean", "lo80", "hi80", "lo95", "hi95"}, ...}, "ms": {...}}]}
suppressPackageStartupMessages({
  library(forecast)
  library(jsonlite)
})
args <- commandArgs(trailingOnly = TRUE)
input <- fromJSON(args[1], simplifyVector = FALSE)

bounds <- function(f) {
  list(
    mean = as.numeric(f$mean),
    # Columns in the order of level = c(80, 95) (thetaf names them differently from forecast.ets).
    lo80 = as.numeric(f$lower[, 1]), hi80 = as.numeric(f$upper[, 1]),
    lo95 = as.numeric(f$lower[, 2]), hi95 = as.numeric(f$upper[, 2])
  )
}
timed <- function(expr) {
  started <- proc.time()[["elapsed"]]
  value <- expr
  list(value = value, ms = 1000 * (proc.time()[["elapsed"]] - started))
}

results <- lapply(input$series, function(s) {
  y <- ts(as.numeric(unlist(s$train)), frequency = s$period)
  h <- s$h
  e <- timed(bounds(forecast(ets(y), h = h, level = c(80, 95))))
  a <- timed(bounds(forecast(auto.arima(y), h = h, level = c(80, 95))))
  t <- timed(bounds(thetaf(y, h = h, level = c(80, 95))))
  parts <- list(e$value, a$value, t$value)
  # comb: the mean of the three forecasts; its bounds the mean of theirs.
  comb <- lapply(setNames(names(parts[[1]]), names(parts[[1]])), function(k) Reduce(`+`, lapply(parts, `[[`, k)) / 3)
  list(
    id = s$id,
    methods = list(ets = e$value, arima = a$value, theta = t$value, comb = comb),
    ms = list(ets = e$ms, arima = a$ms, theta = t$ms, comb = e$ms + a$ms + t$ms)
  )
})
writeLines(toJSON(list(results = results), auto_unbox = TRUE, digits = NA), args[2])
