# The studio's main window.
pmis_add_test(test_main_window SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_main_window.cpp LIBS pmis_studio_app)
set_target_properties(test_main_window PROPERTIES AUTOMOC ON)
