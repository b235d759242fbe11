# The filter language, sorting and column statistics (core/query).
pmis_add_test(test_filter SOURCES test_filter.cpp LIBS pmis_core)
add_dependencies(test_filter pmis-gen)
pmis_add_test(test_sort_stats SOURCES test_sort_stats.cpp LIBS pmis_core)
