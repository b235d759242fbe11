# pmis-gen validate and import, and --format for the commands that write datasets.
target_sources(pmis-gen PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cmd_quality.cpp
    ${CMAKE_CURRENT_LIST_DIR}/export_formats.cpp ${CMAKE_CURRENT_LIST_DIR}/export_formats.h
)
