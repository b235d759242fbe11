# The dataset report: its figures (computed off the GUI thread) and the PDF document.
target_sources(pmis_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/report_document.cpp ${CMAKE_CURRENT_LIST_DIR}/report_document.h
    ${CMAKE_CURRENT_LIST_DIR}/report_figures.cpp ${CMAKE_CURRENT_LIST_DIR}/report_figures.h
    ${CMAKE_CURRENT_LIST_DIR}/report_job.cpp ${CMAKE_CURRENT_LIST_DIR}/report_job.h
    ${CMAKE_CURRENT_LIST_DIR}/report_layout.h
)
