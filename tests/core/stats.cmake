# Binning and the Overview figures (core/stats).
pmis_add_test(test_overview_stats SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_overview_stats.cpp LIBS pmis_core)
set_target_properties(test_overview_stats PROPERTIES AUTOMOC ON)
