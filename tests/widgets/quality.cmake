# The Quality tab (pmis_studio_app for the Hindi catalogue in its resources).
pmis_add_test(test_quality_view SOURCES test_quality_view.cpp LIBS pmis_widgets pmis_studio_app)
