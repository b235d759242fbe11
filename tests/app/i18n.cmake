# Translations: the committed catalogues cover every source string (lupdate on a temporary copy),
# and a running main window switches between English and Hindi.
pmis_add_test(test_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_translations.cpp LIBS Qt6::Core)
list(JOIN PMIS_TS_FILES "|" ts_files)
target_compile_definitions(test_translations PRIVATE
    PMIS_LUPDATE_EXE="$<TARGET_FILE:Qt6::lupdate>"
    PMIS_TS_FILES="${ts_files}"
    PMIS_I18N_SOURCE_LIST="${PMIS_I18N_SOURCE_LIST}")
pmis_add_test(test_i18n SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_i18n.cpp LIBS pmis_studio_app)
