# --where for pmis-gen generate (the filter language of core/query).
target_sources(pmis-gen PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/where_option.cpp ${CMAKE_CURRENT_LIST_DIR}/where_option.h
)
