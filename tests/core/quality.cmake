# The quality report and its noise bands.
pmis_add_test(test_quality SOURCES test_quality.cpp LIBS pmis_core)
pmis_add_test(test_published SOURCES test_published.cpp LIBS pmis_core)
pmis_add_test(test_noise_band SOURCES test_noise_band.cpp LIBS pmis_core)
pmis_add_test(test_quality_cli SOURCES test_quality_cli.cpp LIBS Qt6::Core)
add_dependencies(test_quality_cli pmis-gen)
pmis_add_test(test_consistency SOURCES test_consistency.cpp LIBS pmis_core)
# pmis-pilot-r1 at full size against its published figures; a Release run takes seconds, so the
# sanitizer build (tens of times slower) leaves it to the scaled tests of the same code.
pmis_add_test(test_pilot_preset SOURCES test_pilot_preset.cpp LIBS pmis_core Qt6::Core)
add_dependencies(test_pilot_preset pmis-gen)
set_tests_properties(test_pilot_preset PROPERTIES LABELS full_size TIMEOUT 600)
