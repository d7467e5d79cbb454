# Writes the monthly series of R's datasets package to data/r-datasets.json (run once; the JSON
# is committed). Rscript tools/bench/forecast/export-datasets.R
library(jsonlite)
sb <- datasets::Seatbelts
series <- list(
  AirPassengers = datasets::AirPassengers,
  co2 = datasets::co2,
  ldeaths = datasets::ldeaths,
  mdeaths = datasets::mdeaths,
  fdeaths = datasets::fdeaths,
  nottem = datasets::nottem,
  UKDriverDeaths = datasets::UKDriverDeaths,
  USAccDeaths = datasets::USAccDeaths,
  Seatbelts.front = sb[, "front"],
  Seatbelts.rear = sb[, "rear"],
  Seatbelts.VanKilled = sb[, "VanKilled"],
  Seatbelts.kms = sb[, "kms"]
)
out <- lapply(names(series), function(name) {
  s <- series[[name]]
  list(name = name, start = sprintf("%d-%02d", start(s)[1], start(s)[2]), frequency = frequency(s), values = as.numeric(s))
})
writeLines(toJSON(list(source = paste0("R ", R.version$major, ".", R.version$minor, " datasets package"), series = out), auto_unbox = TRUE, digits = NA), "data/r-datasets.json")
