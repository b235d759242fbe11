# The Quality tab: the report's checks, status filters and target vs realized charts.
target_sources(pmis_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/quality_chart.cpp ${CMAKE_CURRENT_LIST_DIR}/quality_chart.h
    ${CMAKE_CURRENT_LIST_DIR}/quality_check_model.cpp ${CMAKE_CURRENT_LIST_DIR}/quality_check_model.h
    ${CMAKE_CURRENT_LIST_DIR}/quality_tab.cpp ${CMAKE_CURRENT_LIST_DIR}/quality_tab.h
    ${CMAKE_CURRENT_LIST_DIR}/quality_texts.cpp ${CMAKE_CURRENT_LIST_DIR}/quality_texts.h
    ${CMAKE_CURRENT_LIST_DIR}/quality_view.cpp ${CMAKE_CURRENT_LIST_DIR}/quality_view.h
)
