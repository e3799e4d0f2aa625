-- wrk script for the contracts benchmark (docs/benchmarks.md): each request registers a contract with every rule,
-- as the inspector whose token (and licensed recruiter) ContractsBenchmark writes to
-- target/benchmarks/contract-registration.env while it holds the server.
-- wrk -t2 -c32 -d30s --latency -s src/test/resources/bench/contract-registration.lua http://127.0.0.1:PORT
local file = io.open("target/benchmarks/contract-registration.env")
local bearer = file:read("*l")
local recruiter = file:read("*l")
file:close()
local n = 0
request = function()
  n = n + 1
  local body = '{"recruiterId":' .. recruiter .. ',"employerName":"Costa Build Ltd","countryFrom":"XAR",'
    .. '"countryTo":"XCO","jobTitle":"Mason","isco":"7112","sector":"CONSTRUCTION","wage":' .. (450 + n % 300) .. ','
    .. '"currency":"USD","hoursPerWeek":48,"durationMonths":24,"accommodation":"Room","languages":["ar","en"],'
    .. '"workerLanguages":["ar"],"signedOn":"2026-11-01","costs":[{"kind":"VISA","amount":200,"currency":"USD",'
    .. '"paidBy":"EMPLOYER"}],"worker":{"name":"Worker ' .. n .. '","passportNumber":"P1"}}'
  return wrk.format("POST", "/api/v1/contracts", {["Content-Type"] = "application/json",
    ["Authorization"] = bearer}, body)
end
