# The studio's widgets: document, scenario editor, preview, charts, data views, jobs.
target_sources(pmis_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chart_widget.cpp ${CMAKE_CURRENT_LIST_DIR}/chart_widget.h
    ${CMAKE_CURRENT_LIST_DIR}/chart_axes.cpp ${CMAKE_CURRENT_LIST_DIR}/chart_axes.h
    ${CMAKE_CURRENT_LIST_DIR}/choice_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/choice_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/dataset_table_model.cpp ${CMAKE_CURRENT_LIST_DIR}/dataset_table_model.h
    ${CMAKE_CURRENT_LIST_DIR}/editor_pages.h
    ${CMAKE_CURRENT_LIST_DIR}/editor_pages_market.cpp
    ${CMAKE_CURRENT_LIST_DIR}/editor_pages_people.cpp
    ${CMAKE_CURRENT_LIST_DIR}/field_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/field_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/background_job.cpp ${CMAKE_CURRENT_LIST_DIR}/background_job.h
    ${CMAKE_CURRENT_LIST_DIR}/import_job.cpp ${CMAKE_CURRENT_LIST_DIR}/import_job.h
    ${CMAKE_CURRENT_LIST_DIR}/job_pools.cpp ${CMAKE_CURRENT_LIST_DIR}/job_pools.h
    ${CMAKE_CURRENT_LIST_DIR}/generate_job.cpp ${CMAKE_CURRENT_LIST_DIR}/generate_job.h
    ${CMAKE_CURRENT_LIST_DIR}/keyed_list_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/keyed_list_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/normal_spec_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/normal_spec_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/numbers_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/numbers_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/population_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/population_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/preview_service.cpp ${CMAKE_CURRENT_LIST_DIR}/preview_service.h
    ${CMAKE_CURRENT_LIST_DIR}/scenario_edit_command.cpp ${CMAKE_CURRENT_LIST_DIR}/scenario_edit_command.h
    ${CMAKE_CURRENT_LIST_DIR}/scenario_editor_dock.cpp ${CMAKE_CURRENT_LIST_DIR}/scenario_editor_dock.h
    ${CMAKE_CURRENT_LIST_DIR}/scenario_rule_texts.cpp ${CMAKE_CURRENT_LIST_DIR}/scenario_rule_texts.h
    ${CMAKE_CURRENT_LIST_DIR}/scenario_edits.h
    ${CMAKE_CURRENT_LIST_DIR}/qcustomplot_include.h
    ${CMAKE_CURRENT_LIST_DIR}/share_table_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/share_table_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/success_preview_chart.cpp ${CMAKE_CURRENT_LIST_DIR}/success_preview_chart.h
    ${CMAKE_CURRENT_LIST_DIR}/studio_document.cpp ${CMAKE_CURRENT_LIST_DIR}/studio_document.h
    ${CMAKE_CURRENT_LIST_DIR}/table_query.cpp ${CMAKE_CURRENT_LIST_DIR}/table_query.h
    ${CMAKE_CURRENT_LIST_DIR}/undo_key_router.cpp ${CMAKE_CURRENT_LIST_DIR}/undo_key_router.h
    ${CMAKE_CURRENT_LIST_DIR}/wheel_guard.cpp ${CMAKE_CURRENT_LIST_DIR}/wheel_guard.h
)
target_sources(pmis_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/column_stats_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/column_stats_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/column_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/column_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/column_texts.cpp ${CMAKE_CURRENT_LIST_DIR}/column_texts.h
    ${CMAKE_CURRENT_LIST_DIR}/data_tab.cpp ${CMAKE_CURRENT_LIST_DIR}/data_tab.h
    ${CMAKE_CURRENT_LIST_DIR}/data_tab_menu.cpp
    ${CMAKE_CURRENT_LIST_DIR}/export_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/export_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/export_job.cpp ${CMAKE_CURRENT_LIST_DIR}/export_job.h
    ${CMAKE_CURRENT_LIST_DIR}/filter_bar.cpp ${CMAKE_CURRENT_LIST_DIR}/filter_bar.h
    ${CMAKE_CURRENT_LIST_DIR}/job_status_widget.cpp ${CMAKE_CURRENT_LIST_DIR}/job_status_widget.h
    ${CMAKE_CURRENT_LIST_DIR}/overview_tab.cpp ${CMAKE_CURRENT_LIST_DIR}/overview_tab.h
    ${CMAKE_CURRENT_LIST_DIR}/column_chart_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/column_chart_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/phase_text.cpp ${CMAKE_CURRENT_LIST_DIR}/phase_text.h
    ${CMAKE_CURRENT_LIST_DIR}/ui_text.h
)
