# The web page's files, embedded into the server with the schemas (api/embed.cmake)
# so `claimkb serve` needs no files at run time. cytoscape comes from npm
# (tools/package.json, installed by tools/setup); without it the page shows
# the graph's neighbours as a list.
set(CLAIMKB_WEB_DIR ${CMAKE_CURRENT_LIST_DIR})
set(CLAIMKB_WEB_FILES
  ${CLAIMKB_WEB_DIR}/index.html
  ${CLAIMKB_WEB_DIR}/style.css
  ${CLAIMKB_WEB_DIR}/app.js
  ${CLAIMKB_WEB_DIR}/lib.js
  ${CLAIMKB_WEB_DIR}/claim.js
  ${CLAIMKB_WEB_DIR}/check.js
  ${CLAIMKB_WEB_DIR}/read.js
  ${CLAIMKB_WEB_DIR}/actor.js
  ${CLAIMKB_WEB_DIR}/graph.js
  ${CLAIMKB_WEB_DIR}/claims.js
)
set(CLAIMKB_CYTOSCAPE ${CMAKE_SOURCE_DIR}/tools/node_modules/cytoscape/dist/cytoscape.min.js)
if(EXISTS ${CLAIMKB_CYTOSCAPE})
  list(APPEND CLAIMKB_WEB_FILES ${CLAIMKB_CYTOSCAPE})
else()
  message(STATUS "web page: ${CLAIMKB_CYTOSCAPE} is missing (run tools/setup); the graph will be a list")
endif()
list(APPEND CLAIMKB_SCHEMA_FILES ${CLAIMKB_WEB_FILES})
