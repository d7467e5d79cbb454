-- The services create their databases on first start too; this makes a fresh volume ready.
CREATE DATABASE kvalitetsnav_contracts;
CREATE DATABASE kvalitetsnav_surveys;
CREATE DATABASE kvalitetsnav_deviations;
CREATE DATABASE kvalitetsnav_forecasting;
