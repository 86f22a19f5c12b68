# Actor recognition sources and the gazetteer/lexicon data, embedded at build time.
function(claimkb_embed_data name symbol)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${name}_data.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${CMAKE_SOURCE_DIR}/seeds/${name}.tsv -DOUTPUT=${out}
            -DSYMBOL=${symbol} -P ${CMAKE_CURRENT_SOURCE_DIR}/embed_data.cmake
    DEPENDS ${CMAKE_SOURCE_DIR}/seeds/${name}.tsv ${CMAKE_CURRENT_SOURCE_DIR}/embed_data.cmake
    COMMENT "Embedding seeds/${name}.tsv")
  target_sources(claimkb_extract PRIVATE ${out})
endfunction()
claimkb_embed_data(gazetteer kGazetteerTsv)
claimkb_embed_data(lexicon kLexiconTsv)
target_sources(claimkb_extract PRIVATE gazetteer.cpp names.cpp actor_scan.cpp actors_resolve.cpp)
