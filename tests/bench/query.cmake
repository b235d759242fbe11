# Filter, sort and column statistics speed on 10,000,000 interactions.
add_executable(bench_query bench_query.cpp)
target_link_libraries(bench_query PRIVATE pmis_core)
