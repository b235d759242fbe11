# The Recommender tab, offscreen (pmis_studio_app: the main window and the Hindi catalogue).
pmis_add_test(test_rec_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_rec_view.cpp LIBS pmis_widgets pmis_studio_app)
