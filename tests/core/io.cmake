# Import, SQLite export, referential closure and safe writing.
pmis_add_test(test_csv_reader SOURCES test_csv_reader.cpp LIBS pmis_core)
pmis_add_test(test_import SOURCES test_import.cpp malformed_cases.cpp malformed_cases.h file_text.h LIBS pmis_core)
pmis_add_test(test_sqlite SOURCES test_sqlite.cpp LIBS pmis_core SQLite::SQLite3)
pmis_add_test(test_safe_write SOURCES test_safe_write.cpp LIBS pmis_core SQLite::SQLite3)
# The registry of export formats the command line and the studio read.
pmis_add_test(test_exporters SOURCES test_exporters.cpp LIBS pmis_core Threads::Threads)
