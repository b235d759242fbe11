# SQLite export speed (target: 500,000 rows/s) and quality report time.
add_executable(bench_sqlite ${CMAKE_CURRENT_LIST_DIR}/bench_sqlite.cpp)
target_link_libraries(bench_sqlite PRIVATE pmis_core)
