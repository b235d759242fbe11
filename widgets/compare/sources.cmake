# The Compare tab: a baseline against the current dataset, or two named datasets side by side.
target_sources(pmis_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/compare_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/compare_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/compare_job.cpp ${CMAKE_CURRENT_LIST_DIR}/compare_job.h
    ${CMAKE_CURRENT_LIST_DIR}/compare_models.cpp ${CMAKE_CURRENT_LIST_DIR}/compare_models.h
    ${CMAKE_CURRENT_LIST_DIR}/compare_tab.cpp ${CMAKE_CURRENT_LIST_DIR}/compare_tab.h
)
