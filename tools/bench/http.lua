-- wrk: GET paths listed one a line in the file named by env WRK_PATHS, round robin per thread.
local paths = {}
local i = 0
init = function(args)
  for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
  i = math.random(#paths)
end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
