# The filter language, sorting and column statistics (pmis::query).
target_sources(pmis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/column_stats.cpp ${CMAKE_CURRENT_LIST_DIR}/column_stats.h
    ${CMAKE_CURRENT_LIST_DIR}/filter.h
    ${CMAKE_CURRENT_LIST_DIR}/filter_builder.cpp ${CMAKE_CURRENT_LIST_DIR}/filter_builder.h
    ${CMAKE_CURRENT_LIST_DIR}/filter_eval.cpp
    ${CMAKE_CURRENT_LIST_DIR}/filter_node.h
    ${CMAKE_CURRENT_LIST_DIR}/filter_parser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lexer.cpp ${CMAKE_CURRENT_LIST_DIR}/lexer.h
    ${CMAKE_CURRENT_LIST_DIR}/sort.cpp ${CMAKE_CURRENT_LIST_DIR}/sort.h
    ${CMAKE_CURRENT_LIST_DIR}/suggest.cpp ${CMAKE_CURRENT_LIST_DIR}/suggest.h
)
