# Recommender speed (success model, top-10, evaluation, item-kNN build).
add_executable(bench_rec ${CMAKE_CURRENT_LIST_DIR}/bench_rec.cpp)
target_link_libraries(bench_rec PRIVATE pmis_core)
