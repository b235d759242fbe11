# The Recommender tab: student view, employer view with fair re-ranking, evaluation panel.
target_sources(pmis_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/rec_chart.cpp ${CMAKE_CURRENT_LIST_DIR}/rec_chart.h
    ${CMAKE_CURRENT_LIST_DIR}/rec_employer_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/rec_employer_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/rec_evaluation_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/rec_evaluation_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/rec_job.h
    ${CMAKE_CURRENT_LIST_DIR}/rec_texts.cpp ${CMAKE_CURRENT_LIST_DIR}/rec_texts.h
    ${CMAKE_CURRENT_LIST_DIR}/rec_student_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/rec_student_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/recommender_view.cpp ${CMAKE_CURRENT_LIST_DIR}/recommender_view.h
)
