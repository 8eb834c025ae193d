-- wrk: what listeners of a radio broadcast fetch, in turn: the Spanish page, the short link read out on
-- the air (a redirect) and the list of explainers.
local paths = { "/es/radio-es", "/s/radio", "/es/" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
