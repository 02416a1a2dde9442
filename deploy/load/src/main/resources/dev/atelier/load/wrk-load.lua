-- The load engine's script for wrk (dev.atelier.load.WrkLoad): the call from the environment, and
-- the figures in one line at the end.
--   ATELIER_WRK_METHOD, _BODY (a file), _CONTENT_TYPE   the call
--   ATELIER_WRK_RATE      paced: calls a second, on one thread (else a closed loop)
--   ATELIER_WRK_ANSWERS   a stream: a line per send ("sent") and per answer ("201 <id>") in this file
--   ATELIER_WRK_STOP      a stream stops sending once this file exists
wrk.method = os.getenv("ATELIER_WRK_METHOD") or "GET"
local body = os.getenv("ATELIER_WRK_BODY")
if body and body ~= "" then
  local file = assert(io.open(body, "rb"))
  wrk.body = file:read("*a")
  file:close()
end
local contentType = os.getenv("ATELIER_WRK_CONTENT_TYPE")
if contentType and contentType ~= "" then
  wrk.headers["Content-Type"] = contentType
end

local function exists(path)
  local file = io.open(path, "r")
  if file then
    file:close()
    return true
  end
  return false
end

local rate = tonumber(os.getenv("ATELIER_WRK_RATE") or "")
local stop = os.getenv("ATELIER_WRK_STOP") or ""
if rate then
  -- call n is due n / rate seconds after the first, on the monotonic clock; wrk asks delay() before
  -- each call on a connection, so a call that is already overdue found no connection free in time
  local ffi = require("ffi")
  ffi.cdef[[
    typedef struct { long sec; long nsec; } atelier_timespec;
    int clock_gettime(int clock, atelier_timespec *now);
  ]]
  local now = ffi.new("atelier_timespec")
  local function millis()
    ffi.C.clock_gettime(1, now)
    return tonumber(now.sec) * 1e3 + tonumber(now.nsec) / 1e6
  end
  local first, due = nil, 0
  late, latest = 0, 0
  delay = function()
    sending = true
    if stop ~= "" and exists(stop) then
      return 3600000
    end
    local t = millis()
    first = first or t
    local wait = first + due * 1e3 / rate - t
    due = due + 1
    if wait < -1 then
      late = late + 1
      latest = math.max(latest, -wait)
    end
    return math.max(0, math.floor(wait))
  end
end

local answers = os.getenv("ATELIER_WRK_ANSWERS") or ""
if answers ~= "" then
  -- a stream is paced, so delay() comes before every send; wrk also calls request() once before any
  -- of them to check what it returns, and that call sends nothing
  local file = assert(io.open(answers, "a"))
  request = function()
    if sending then
      file:write("sent\n")
      file:flush()
    end
    return wrk.format()
  end
  response = function(status, headers, body)
    local id = status == 201 and (body or ""):match('"id"%s*:%s*"([^"]+)"') or ""
    file:write(status, " ", id, "\n")
    file:flush()
  end
end

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end
done = function(summary, latency, requests)
  local e = summary.errors
  local late, latest = 0, 0
  for _, thread in ipairs(threads) do
    late = late + (thread:get("late") or 0)
    latest = math.max(latest, thread:get("latest") or 0)
  end
  io.write(string.format("ATELIER-WRK requests=%.0f duration_us=%.0f status_errors=%.0f socket_errors=%.0f p50=%.0f p95=%.0f p99=%.0f late=%.0f latest_us=%.0f\n",
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), late, latest * 1e3))
end
