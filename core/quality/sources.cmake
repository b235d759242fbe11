# The quality report (namespace pmis::quality).
target_sources(pmis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/checks_consistency.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checks_distributions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checks_groups.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checks_integrity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checks_internal.h
    ${CMAKE_CURRENT_LIST_DIR}/checks_shapes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/noise_band.cpp ${CMAKE_CURRENT_LIST_DIR}/noise_band.h
    ${CMAKE_CURRENT_LIST_DIR}/quality_report.cpp ${CMAKE_CURRENT_LIST_DIR}/quality_report.h
)
