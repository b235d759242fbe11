# Studio benchmarks: edit-to-replot latency of the live preview, and the Data tab at 10M rows.
foreach(name IN ITEMS bench_preview bench_table)
    add_executable(${name} ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp)
    target_link_libraries(${name} PRIVATE pmis_widgets pmis_core)
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
endforeach()
# Resident memory while the main window regenerates a large dataset over one of the same size.
add_executable(bench_regenerate_memory ${CMAKE_CURRENT_LIST_DIR}/bench_regenerate_memory.cpp)
target_link_libraries(bench_regenerate_memory PRIVATE pmis_studio_app)
set_target_properties(bench_regenerate_memory PROPERTIES AUTOMOC ON)
