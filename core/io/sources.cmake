# Import, SQLite export and filtered export with referential closure.
target_sources(pmis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/closure.cpp ${CMAKE_CURRENT_LIST_DIR}/closure.h
    ${CMAKE_CURRENT_LIST_DIR}/column_builder.cpp ${CMAKE_CURRENT_LIST_DIR}/column_builder.h
    ${CMAKE_CURRENT_LIST_DIR}/csv_reader.cpp ${CMAKE_CURRENT_LIST_DIR}/csv_reader.h
    ${CMAKE_CURRENT_LIST_DIR}/dataset_import.cpp ${CMAKE_CURRENT_LIST_DIR}/dataset_import.h
    ${CMAKE_CURRENT_LIST_DIR}/import_internal.h
    ${CMAKE_CURRENT_LIST_DIR}/import_issues.cpp ${CMAKE_CURRENT_LIST_DIR}/import_issues.h
    ${CMAKE_CURRENT_LIST_DIR}/import_shared.cpp
    ${CMAKE_CURRENT_LIST_DIR}/key_index.cpp ${CMAKE_CURRENT_LIST_DIR}/key_index.h
    ${CMAKE_CURRENT_LIST_DIR}/schema_json.cpp ${CMAKE_CURRENT_LIST_DIR}/schema_json.h
    ${CMAKE_CURRENT_LIST_DIR}/sqlite_export.cpp ${CMAKE_CURRENT_LIST_DIR}/sqlite_export.h
    ${CMAKE_CURRENT_LIST_DIR}/sqlite_import.cpp
)
