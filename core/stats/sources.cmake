target_sources(pmis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/histogram.cpp ${CMAKE_CURRENT_LIST_DIR}/histogram.h
    ${CMAKE_CURRENT_LIST_DIR}/overview_stats.cpp ${CMAKE_CURRENT_LIST_DIR}/overview_stats.h
)
