# The studio's main window.
pmis_add_test(test_main_window SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_main_window.cpp LIBS pmis_studio_app)
set_target_properties(test_main_window PROPERTIES AUTOMOC ON)
# Its views at 1280×720 in each language, and the comparison it drives.
pmis_add_test(test_main_window_views SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_main_window_views.cpp
              LIBS pmis_studio_app)
set_target_properties(test_main_window_views PROPERTIES AUTOMOC ON)
# No non-ASCII text through QLatin1String/QLatin1StringView/QLatin1Char/_L1 in app/, widgets/, core/.
pmis_add_test(test_latin1_literals SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_latin1_literals.cpp LIBS Qt6::Core)
