# Recommender preview suites.
foreach(suite IN ITEMS test_rec_evaluation test_rec_fairness test_rec_metrics test_rec_models test_rec_pipeline)
    pmis_add_test(${suite} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${suite}.cpp LIBS pmis_core)
endforeach()
pmis_add_test(test_rec_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_rec_cli.cpp LIBS Qt6::Core)
add_dependencies(test_rec_cli pmis-gen)
