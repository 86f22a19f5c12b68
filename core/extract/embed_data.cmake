# cmake -DINPUT=a.tsv -DOUTPUT=a.cpp -DSYMBOL=kName -P embed_data.cmake
# Writes a C++ source defining `extern const char SYMBOL[]` with the file's bytes,
# so the binary never reads data files at run time.
file(READ "${INPUT}" content)
string(FIND "${content}" ")CKBDATA\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by embed_data.cmake. Do not edit.\n"
  "namespace claimkb::extract::data {\n"
  "extern const char ${SYMBOL}[];\n"
  "const char ${SYMBOL}[] = R\"CKBDATA(${content})CKBDATA\";\n"
  "}  // namespace claimkb::extract::data\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
