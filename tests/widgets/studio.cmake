# Studio widgets: table model, document and undo, jobs, data tab.
foreach(name IN ITEMS test_dataset_table_model test_studio_document test_background_job
                      test_generate_job test_export_job
                      test_data_tab test_chart_widget test_scenario_editor test_import_job
                      test_overview_tab test_column_stats_panel
                      test_export_dialog test_compare_tab)
    pmis_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp LIBS pmis_widgets pmis_core)
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
endforeach()
# The scenario rules' sentences (pmis_studio_app for the Hindi catalogue in its resources).
pmis_add_test(test_scenario_rule_texts SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_scenario_rule_texts.cpp
    LIBS pmis_widgets pmis_studio_app)
set_target_properties(test_scenario_rule_texts PROPERTIES AUTOMOC ON)
# The dataset report (pmis_studio_app for the Hindi catalogue; pmis-gen for its report command).
# The PDF is read back with poppler-utils (pdftotext, pdfinfo, pdftoppm).
pmis_add_test(test_report SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_report.cpp
    LIBS pmis_widgets pmis_studio_app)
set_target_properties(test_report PROPERTIES AUTOMOC ON)
add_dependencies(test_report pmis-gen)
# Presentation mode (pmis_studio_app for the Hindi catalogue).
pmis_add_test(test_presentation SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_presentation.cpp
    LIBS pmis_widgets pmis_studio_app)
set_target_properties(test_presentation PROPERTIES AUTOMOC ON)
