# The dataset report: its figures (computed off the GUI thread), the PDF document, and its entry
# in the export registry.
target_sources(pmis_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/report_document.cpp ${CMAKE_CURRENT_LIST_DIR}/report_document.h
    ${CMAKE_CURRENT_LIST_DIR}/report_figures.cpp ${CMAKE_CURRENT_LIST_DIR}/report_figures.h
    ${CMAKE_CURRENT_LIST_DIR}/report_exporter.cpp ${CMAKE_CURRENT_LIST_DIR}/report_exporter.h
    ${CMAKE_CURRENT_LIST_DIR}/report_layout.h
)
