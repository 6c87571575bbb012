-- wrk script: each request takes the next bbox + datetime query from queries.txt (written by the driver),
-- so every run sends the same varied boxes; the response status is checked.
local queries = {}
local index = 0
local errors = 0

function init(args)
  for line in io.lines(args[1]) do
    queries[#queries + 1] = line
  end
  -- threads start at different offsets so they do not send the same box at the same time
  index = math.random(#queries)
end

function request()
  index = index % #queries + 1
  return wrk.format("GET", "/ogc/collections/movements/items?" .. queries[index])
end

function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 3 then
      io.stderr:write("status " .. status .. ": " .. body:sub(1, 200) .. "\n")
    end
  end
end
