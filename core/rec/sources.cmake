# Recommender preview: content, collaborative, success model, hybrid, fairness, evaluation.
target_sources(pmis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/content_model.cpp ${CMAKE_CURRENT_LIST_DIR}/content_model.h
    ${CMAKE_CURRENT_LIST_DIR}/evaluation.cpp ${CMAKE_CURRENT_LIST_DIR}/evaluation.h
    ${CMAKE_CURRENT_LIST_DIR}/evaluation_split.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fairness.cpp ${CMAKE_CURRENT_LIST_DIR}/fairness.h
    ${CMAKE_CURRENT_LIST_DIR}/feedback.cpp ${CMAKE_CURRENT_LIST_DIR}/feedback.h
    ${CMAKE_CURRENT_LIST_DIR}/implicit_als.cpp ${CMAKE_CURRENT_LIST_DIR}/implicit_als.h
    ${CMAKE_CURRENT_LIST_DIR}/item_knn.cpp ${CMAKE_CURRENT_LIST_DIR}/item_knn.h
    ${CMAKE_CURRENT_LIST_DIR}/linalg.cpp ${CMAKE_CURRENT_LIST_DIR}/linalg.h
    ${CMAKE_CURRENT_LIST_DIR}/logistic.cpp ${CMAKE_CURRENT_LIST_DIR}/logistic.h
    ${CMAKE_CURRENT_LIST_DIR}/metrics.cpp ${CMAKE_CURRENT_LIST_DIR}/metrics.h
    ${CMAKE_CURRENT_LIST_DIR}/parallel_tasks.h
    ${CMAKE_CURRENT_LIST_DIR}/rec_data.cpp ${CMAKE_CURRENT_LIST_DIR}/rec_data.h
    ${CMAKE_CURRENT_LIST_DIR}/rec_json.cpp ${CMAKE_CURRENT_LIST_DIR}/rec_json.h
    ${CMAKE_CURRENT_LIST_DIR}/recommender.cpp ${CMAKE_CURRENT_LIST_DIR}/recommender.h
    ${CMAKE_CURRENT_LIST_DIR}/shortlist.cpp ${CMAKE_CURRENT_LIST_DIR}/shortlist.h
    ${CMAKE_CURRENT_LIST_DIR}/success_model.cpp ${CMAKE_CURRENT_LIST_DIR}/success_model.h
    ${CMAKE_CURRENT_LIST_DIR}/tie_break.h
)
