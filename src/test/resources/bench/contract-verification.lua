-- wrk script for the contracts benchmark (docs/benchmarks.md): each request verifies one of 10,000 of the seeded
-- codes, which ContractsBenchmark writes to target/benchmarks/contract-codes.txt while it holds the server.
-- wrk -t2 -c32 -d30s --latency -s src/test/resources/bench/contract-verification.lua http://127.0.0.1:PORT
local codes = {}
for line in io.lines("target/benchmarks/contract-codes.txt") do
  table.insert(codes, line)
end
local n = 0
request = function()
  n = n + 1
  local code = codes[(n * 7919) % #codes + 1]
  return wrk.format("POST", "/api/v1/contracts/verification", {["Content-Type"] = "application/json"},
    '{"code":"' .. code .. '"}')
end
