# Presentation mode: full-screen pages for a projector.
target_sources(pmis_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/presentation_pages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/presentation_texts.h
    ${CMAKE_CURRENT_LIST_DIR}/presentation_window.cpp ${CMAKE_CURRENT_LIST_DIR}/presentation_window.h
    ${CMAKE_CURRENT_LIST_DIR}/projector_style.cpp ${CMAKE_CURRENT_LIST_DIR}/projector_style.h
)
