# Binning and the Overview figures (core/stats).
pmis_add_test(test_overview_stats SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_overview_stats.cpp LIBS pmis_core)
set_target_properties(test_overview_stats PROPERTIES AUTOMOC ON)
# Comparison of two scenarios or datasets (core/stats/compare, core/io/dataset_source, pmis-gen
# compare).
pmis_add_test(test_compare SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_compare.cpp LIBS pmis_core)
set_target_properties(test_compare PROPERTIES AUTOMOC ON)
add_dependencies(test_compare pmis-gen)
