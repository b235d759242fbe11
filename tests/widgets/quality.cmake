# The Quality tab.
pmis_add_test(test_quality_view SOURCES test_quality_view.cpp LIBS pmis_widgets)
