# The quality report and its noise bands.
pmis_add_test(test_quality SOURCES test_quality.cpp LIBS pmis_core)
pmis_add_test(test_noise_band SOURCES test_noise_band.cpp LIBS pmis_core)
pmis_add_test(test_quality_cli SOURCES test_quality_cli.cpp LIBS Qt6::Core)
add_dependencies(test_quality_cli pmis-gen)
pmis_add_test(test_consistency SOURCES test_consistency.cpp LIBS pmis_core)
