-- wrk script for the grievance intake benchmark (docs/benchmarks.md): every request a new filing with its own
-- Idempotency-Key; one in ten is a request of this thread's sent again, with the same key, 64 requests later (its
-- first answer long received), as a phone on a bad network retries: it must answer the first receipt, filing nothing.
-- wrk -t2 -c32 -d30s --latency -s src/test/resources/bench/grievance-intake.lua http://127.0.0.1:PORT
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  n = 0
  sent = {}
  created = 0
  replayed = 0
  failed = 0
end

local categories = {"UNPAID_WAGES", "RECRUITMENT_FEES", "PASSPORT_KEPT", "CONTRACT_SUBSTITUTED", "UNSAFE_WORK",
  "HARASSMENT_OR_VIOLENCE", "DISCRIMINATION", "OTHER"}

request = function()
  n = n + 1
  if n % 10 == 0 and sent[n - 64] ~= nil then
    local again = sent[n - 64]
    sent[n - 64] = nil
    return again
  end
  local key = "wrk-" .. id .. "-" .. n .. "-" .. os.time()
  local body = '{"category":"' .. categories[(n % 8) + 1] .. '","narrative":"Worker ' .. n
    .. ' has not been paid for ' .. (n % 9 + 1) .. ' months at site ' .. (n % 1000)
    .. '","countryFrom":"XAR","countryTo":"XCO","language":"ar","passphrase":"phrase ' .. n
    .. '","contact":"+000 555 ' .. (1000 + n % 9000) .. '"}'
  local req = wrk.format("POST", "/api/v1/grievances",
    {["Content-Type"] = "application/json", ["Idempotency-Key"] = key}, body)
  sent[n] = req
  sent[n - 100] = nil
  return req
end

response = function(status, headers, body)
  if status == 201 then
    if headers["Idempotent-Replayed"] then replayed = replayed + 1 else created = created + 1 end
  else
    failed = failed + 1
  end
end

done = function(summary, latency, requests)
  local c, r, f = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    r = r + t:get("replayed")
    f = f + t:get("failed")
  end
  io.write(string.format("filed %d (%.0f/s), replayed %d, failed %d\n", c,
    c / (summary.duration / 1e6), r, f))
end
