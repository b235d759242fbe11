# pmis-gen recommend | shortlist | evaluate (core/rec).
target_sources(pmis-gen PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cmd_evaluate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cmd_recommend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rec_source.cpp ${CMAKE_CURRENT_LIST_DIR}/rec_source.h
)
